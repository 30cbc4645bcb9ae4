import type { Metadata } from "next";
import { connection } from "next/server";
import { InfoPage, InfoSection } from "@/components/site/info-page";
import { EmptyState } from "@/components/ui/empty-state";
import {
  OPEN_DATA_FIELDS,
  OPEN_DATA_LICENSE,
  OPEN_DATA_PUBLISHER,
  openDataPath,
  openDataYears,
} from "@/lib/open-data/open-data";

export const metadata: Metadata = {
  title: "Data terbuka",
  description: "Hasil KOVABLIK yang sudah diumumkan sebagai CSV dan JSON, dengan lisensi CC BY 4.0.",
  alternates: { canonical: "/data" },
};

export default async function OpenDataPage() {
  await connection();
  const years = await openDataYears();
  return (
    <InfoPage
      eyebrow="Data terbuka"
      title="Data terbuka hasil KOVABLIK"
      lead={<p>Hasil yang sudah diumumkan, dalam format CSV dan JSON dengan alamat tetap, bebas dipakai ulang.</p>}
    >
      <InfoSection id="berkas" title="Berkas per tahun">
        {years.length ? (
          <ul>
            {years.map((y) => (
              <li key={y}>
                KOVABLIK {y}: <a href={openDataPath(y, "csv")}>CSV</a> · <a href={openDataPath(y, "json")}>JSON</a>
              </li>
            ))}
          </ul>
        ) : (
          <EmptyState
            title="Belum ada hasil yang diumumkan"
            description="Berkas muncul di sini setelah finalis atau pemenang diumumkan."
          />
        )}
        <p>
          Sebelum pemenang diumumkan, berkas hanya memuat finalis (tanpa peringkat dan nilai). Isi berkas mengikuti
          pengumuman resmi: bila hasil dikoreksi, berkas memuat versi terbaru yang sudah ditetapkan.
        </p>
      </InfoSection>
      <InfoSection id="lisensi" title="Lisensi">
        <p>
          Data ini diterbitkan oleh {OPEN_DATA_PUBLISHER} dengan lisensi{" "}
          <a href={OPEN_DATA_LICENSE.url} rel="license">
            {OPEN_DATA_LICENSE.name}
          </a>
          . Anda boleh menyalin, membagikan, dan mengolahnya untuk keperluan apa pun, dengan menyebut sumbernya:
          &ldquo;KOVABLIK, {OPEN_DATA_PUBLISHER}&rdquo;. Lisensi juga tercantum di dalam berkas JSON (kolom{" "}
          <code>license</code>) dan pada header <code>Link: rel=&quot;license&quot;</code> kedua berkas.
        </p>
      </InfoSection>
      <InfoSection id="kolom" title="Kolom">
        <ul>
          {OPEN_DATA_FIELDS.map(([name, description]) => (
            <li key={name}>
              <code>{name}</code>: {description}
            </li>
          ))}
        </ul>
      </InfoSection>
    </InfoPage>
  );
}
