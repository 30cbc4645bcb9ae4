import Link from "next/link";
import { formatDateTimeWIB, formatDeadlineWIB } from "@/lib/format/date";
import type { GuidebookInfo } from "@/lib/guidebooks/guidebooks";
import { formatMegabytes } from "@/lib/format/size";
import type { Helpdesk } from "@/lib/site/helpdesk";
import type { FaqEdition } from "@/lib/site/queries";
import { GuidebookDownload } from "./guidebook-download";
import { HelpdeskContacts } from "./helpdesk-contacts";
import { InfoSection, Question } from "./info-page";

const TYPE_LABEL: Record<string, string> = { "application/pdf": "PDF", "image/jpeg": "JPEG", "image/png": "PNG" };

/** The FAQ. Numbers and dates come from the current edition's setup, so the answers follow the secretariat's changes. */
export function Faq({
  edition,
  guidebook,
  helpdesk,
}: {
  edition: FaqEdition;
  guidebook: GuidebookInfo | null;
  helpdesk: Helpdesk | null;
}) {
  const months = edition?.minImplementationMonths ?? 12;
  return (
    <>
      <InfoSection id="peserta" title="Peserta dan pendaftaran">
        <Question q="Siapa yang boleh mengikuti KOVABLIK?">
          <p>
            Unit penyelenggara pelayanan publik di Jawa Timur: perangkat daerah Pemerintah Provinsi Jawa Timur beserta
            UPT, rumah sakit, dan cabang dinasnya; pemerintah kabupaten/kota beserta unit pelayanannya (dinas,
            puskesmas, kecamatan, kelurahan, dan sebagainya); serta BUMD Provinsi Jawa Timur.
          </p>
          <p>
            Inovasi yang diusulkan harus sudah diterapkan sekurang-kurangnya {months} bulan dan memberi manfaat yang
            dapat ditunjukkan dengan data.
            {edition?.excludePreviousWinners
              ? " Inovasi yang pernah menjadi pemenang KOVABLIK tidak dapat diusulkan kembali."
              : ""}
          </p>
          {edition?.groups.length ? (
            <ul>
              {edition.groups.map((g) => (
                <li key={g.name}>
                  <strong>{g.name}</strong>
                  {g.description ? `: ${g.description}` : ""}
                </li>
              ))}
            </ul>
          ) : null}
        </Question>
        <Question q="Bagaimana cara mendapatkan akun portal?">
          <p>
            Akun operator unit pelayanan dibuat oleh admin lokal instansinya (misalnya bagian organisasi setda
            kabupaten/kota). Akun admin lokal dan juri dibuat oleh sekretariat KOVABLIK di Biro Organisasi Setdaprov
            Jatim. Undangan dikirim ke e-mail dinas; tautannya dipakai untuk membuat kata sandi sendiri. Lupa kata
            sandi? Gunakan <Link href="/lupa-kata-sandi">Lupa kata sandi</Link> di halaman masuk.
          </p>
        </Question>
        <Question q="Berapa banyak usulan yang boleh dikirim setiap instansi?">
          <p>
            Setiap instansi (kabupaten/kota, perangkat daerah provinsi, atau BUMD) mendapat kuota
            {edition ? ` ${edition.defaultQuota} usulan` : " usulan"} per edisi, kecuali sekretariat menetapkan kuota
            lain untuk instansi tersebut. Kuota terpakai ketika admin lokal mengirim usulan ke provinsi, bukan ketika
            operator menyusun draf; usulan yang dikembalikan sebelum dikirim tidak mengurangi kuota.
          </p>
        </Question>
        <Question q="Kapan batas akhir pendaftaran?">
          {edition?.registrationClosesAt ? (
            <p>
              Pendaftaran edisi {edition.year}
              {edition.registrationOpensAt ? ` dibuka ${formatDateTimeWIB(edition.registrationOpensAt)} dan` : ""}{" "}
              ditutup <strong>{formatDeadlineWIB(edition.registrationClosesAt)}</strong>.
            </p>
          ) : (
            <p>Jadwal pendaftaran edisi berikutnya akan diumumkan di beranda portal ini.</p>
          )}
          <p>
            Semua waktu di portal memakai Waktu Indonesia Barat (WIB) dan diperiksa oleh server: tepat pada detik
            tersebut tombol kirim ditutup, berapa pun jam di komputer Anda. Operator sebaiknya mengirim ke admin lokal
            beberapa hari lebih awal agar admin lokal sempat meninjau sebelum batas waktu.
          </p>
        </Question>
      </InfoSection>

      <InfoSection id="pengiriman" title="Menyusun dan mengirim usulan">
        <Question q="Bagaimana alur pengiriman usulan?">
          <p>Pengiriman berlangsung dua tingkat:</p>
          <ul>
            <li>
              <strong>Operator unit pelayanan</strong> menyusun draf per bagian (tersimpan otomatis), melengkapi
              lampiran, lalu mengirimnya kepada admin lokal instansinya.
            </li>
            <li>
              <strong>Admin lokal</strong> meninjau usulan; bila perlu dikembalikan kepada operator dengan catatan
              perbaikan, atau dikirim ke provinsi sesuai kuota dan sebelum batas waktu.
            </li>
          </ul>
          <p>
            Setelah dikirim ke provinsi, usulan tidak dapat diubah lagi, kecuali sekretariat meminta perbaikan pada
            seleksi administrasi dengan batas waktu perbaikan tersendiri.
          </p>
        </Question>
        <Question q="Lampiran apa saja yang perlu disiapkan?">
          {edition?.attachmentRequirements.length ? (
            <ul>
              {edition.attachmentRequirements.map((r) => (
                <li key={r.label}>
                  <strong>{r.label}</strong> ({r.required ? "wajib" : "opsional"}):{" "}
                  {r.allowedContentTypes.map((t) => TYPE_LABEL[t] ?? t).join(" atau ")}, paling besar{" "}
                  {formatMegabytes(r.maxBytes)} per berkas.
                </li>
              ))}
            </ul>
          ) : (
            <p>Daftar lampiran ditetapkan setiap edisi dan tampil di halaman penyusunan usulan.</p>
          )}
          <p>
            Jenis berkas diperiksa dari isinya, dan nama berkas harus berakhiran sesuai jenisnya (.pdf, .jpg/.jpeg,
            .png). Pindaian SK harus terbaca jelas dan ditandatangani pejabat yang berwenang.
          </p>
        </Question>
      </InfoSection>

      <InfoSection id="penilaian" title="Penilaian, sanggahan, dan hasil">
        <Question q="Bagaimana usulan dinilai?">
          <p>
            Usulan yang masuk lebih dahulu melalui seleksi administrasi oleh sekretariat (kelengkapan, masa penerapan,
            keabsahan SK, dan kesesuaian isian). Usulan yang lolos dinilai juri independen dari kalangan akademisi dan
            praktisi dengan rubrik berbobot
            {edition?.rounds.length ? ` dalam tahap: ${edition.rounds.map((r) => r.name).join("; ")}` : ""}.
            {edition ? ` Sebanyak ${edition.topN} inovasi terbaik ditetapkan sebagai finalis.` : ""} Juri yang memiliki
            konflik kepentingan dengan suatu usulan tidak menilai usulan tersebut. Tidak ada pemungutan suara publik.
          </p>
        </Question>
        <Question q="Apakah ada masa sanggah?">
          <p>
            Ada. Setelah hasil seleksi diumumkan, instansi peserta dapat mengajukan sanggahan tertulis melalui admin
            lokal kepada sekretariat KOVABLIK dalam masa sanggah yang diumumkan bersama hasil. Lama masa sanggah,
            syarat, dan tata caranya diatur dalam petunjuk teknis edisi berjalan. Sanggahan di luar masa tersebut tidak
            diproses.
          </p>
        </Question>
        <Question q="Kapan hasilnya diumumkan?">
          <p>
            {edition?.announcementAt
              ? `Pengumuman edisi ${edition.year} dijadwalkan ${formatDateTimeWIB(edition.announcementAt)}. `
              : "Jadwal pengumuman tampil di beranda portal ini. "}
            Finalis dan pemenang diumumkan di portal ini dan dapat dilihat siapa pun tanpa masuk.
          </p>
        </Question>
        <Question q="Apa hubungan KOVABLIK dengan KIPP?">
          <p>
            Kompetisi Inovasi Pelayanan Publik (KIPP) diselenggarakan secara nasional oleh Kementerian PANRB. Pemenang
            KOVABLIK disiapkan dan dinominasikan oleh Pemerintah Provinsi Jawa Timur untuk KIPP, sehingga usulan yang
            disusun dengan baik di KOVABLIK sekaligus menjadi bekal menuju tingkat nasional.
          </p>
        </Question>
      </InfoSection>

      <InfoSection id="juknis" title="Petunjuk teknis">
        <GuidebookDownload guidebook={guidebook} />
      </InfoSection>

      <InfoSection id="bantuan" title="Layanan bantuan (helpdesk)">
        <p>
          Pertanyaan tentang persyaratan, akun, atau kendala teknis portal dapat disampaikan kepada helpdesk KOVABLIK:
        </p>
        <HelpdeskContacts helpdesk={helpdesk} />
        <p>
          Sebutkan nama instansi, peran Anda di portal, dan judul usulan (bila ada) agar pertanyaan cepat ditangani.
          Jangan pernah mengirim kata sandi Anda.
        </p>
      </InfoSection>
    </>
  );
}
