import type { ReactNode } from "react";
import { Card, CardContent } from "@/components/ui/card";
import { ClipboardIcon, DocumentIcon, PeopleIcon } from "./icons";

const roles: { title: string; intro: string; points: string[]; icon: ReactNode }[] = [
  {
    title: "Unit pelayanan & admin lokal",
    intro: "Perangkat daerah provinsi, kabupaten/kota, dan BUMD mengusulkan inovasinya.",
    points: [
      "Unit pelayanan menyusun draf usulan per bagian, lengkap dengan SK inovator, video, dan dokumen pendukung.",
      "Admin lokal instansi meninjau, meminta perbaikan, lalu mengirim usulan ke provinsi sesuai kuota.",
      "Status setiap draf terlihat jelas sehingga tidak ada usulan yang tertahan menjelang batas waktu.",
    ],
    icon: <DocumentIcon />,
  },
  {
    title: "Juri",
    intro: "Akademisi dan praktisi menilai usulan yang lolos seleksi administrasi.",
    points: [
      "Tim evaluasi menilai usulan secara daring dengan rubrik berbobot.",
      "Panel independen menilai presentasi dan wawancara, serta visitasi bila diperlukan.",
      "Setiap nilai tercatat, sehingga hasil akhir dapat dijelaskan.",
    ],
    icon: <ClipboardIcon />,
  },
  {
    title: "Masyarakat",
    intro: "Siapa pun dapat mengikuti hasil kompetisi secara terbuka.",
    points: [
      "Melihat finalis dan pemenang setiap edisi.",
      "Membaca ringkasan publik tiap inovasi dan statistik kompetisi.",
      "Penilaian dilakukan oleh juri; tidak ada pemungutan suara publik.",
    ],
    icon: <PeopleIcon />,
  },
];

export function RolesSection() {
  return (
    <section id="tentang" aria-labelledby="judul-tentang" className="scroll-mt-4 bg-white py-16 sm:py-20">
      <div className="mx-auto max-w-6xl px-4 sm:px-6">
        <div className="max-w-3xl">
          <p className="text-sm font-semibold uppercase tracking-widest text-brand-700">Tentang portal</p>
          <h2 id="judul-tentang" className="mt-2 text-2xl font-extrabold tracking-tight text-brand-950 sm:text-3xl">
            Satu portal untuk seluruh tahapan kompetisi
          </h2>
          <p className="mt-4 text-base leading-relaxed text-slate-700 sm:text-lg">
            Dari penyusunan usulan di unit pelayanan hingga pengumuman pemenang, semua tahapan KOVABLIK berjalan di satu
            tempat. Pemenang KOVABLIK disiapkan sebagai nominasi Jawa Timur untuk KIPP.
          </p>
        </div>
        <ul className="mt-10 grid gap-6 md:grid-cols-3">
          {roles.map((role) => (
            <Card as="li" key={role.title} className="flex flex-col">
              <CardContent className="flex flex-1 flex-col">
                <div
                  aria-hidden="true"
                  className="flex size-12 items-center justify-center rounded-xl bg-brand-50 text-brand-800 ring-1 ring-brand-100"
                >
                  {role.icon}
                </div>
                <h3 className="mt-4 text-lg font-bold text-brand-950">{role.title}</h3>
                <p className="mt-2 text-sm leading-relaxed text-slate-700">{role.intro}</p>
                <ul className="mt-4 space-y-2.5 text-sm leading-relaxed text-slate-700">
                  {role.points.map((point) => (
                    <li key={point} className="flex gap-2.5">
                      <span aria-hidden="true" className="mt-2 size-1.5 shrink-0 rounded-full bg-gold-500" />
                      <span>{point}</span>
                    </li>
                  ))}
                </ul>
              </CardContent>
            </Card>
          ))}
        </ul>
      </div>
    </section>
  );
}
