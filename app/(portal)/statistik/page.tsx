import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { InfoPage } from "@/components/site/info-page";
import { BarList, ChartFigure, ColumnChart } from "@/components/statistics/charts";
import { RegionCartogram } from "@/components/statistics/region-cartogram";
import { buttonStyles } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { cartogramCells } from "@/lib/statistics/cartogram";
import { publicStatistics } from "@/lib/statistics/statistics";

export const metadata: Metadata = {
  title: "Statistik",
  description:
    "Statistik KOVABLIK: jumlah usulan per tahun, per kabupaten/kota dan per kategori, serta berapa yang lolos setiap tahap hingga KIPP nasional.",
  alternates: { canonical: "/statistik" },
};

export default async function StatisticsPage({ searchParams }: { searchParams: Promise<{ tahun?: string }> }) {
  await connection(); // only what is published now
  const { tahun } = await searchParams;
  const stats = await publicStatistics(Number(tahun) || undefined);
  if (!stats)
    return (
      <InfoPage eyebrow="Statistik" title="Statistik KOVABLIK" lead={<p>Angka kompetisi yang sudah dipublikasikan.</p>}>
        <EmptyState
          title="Statistik belum dipublikasikan"
          description="Statistik tampil setelah sekretariat mempublikasikannya."
        />
      </InfoPage>
    );
  const regionValues = new Map(stats.regions.map((r) => [r.code, r.value]));
  const cells = cartogramCells(regionValues);
  const regionTotal = stats.regions.reduce((s, r) => s + r.value, 0);
  return (
    <InfoPage
      eyebrow="Statistik"
      title={`Statistik KOVABLIK ${stats.year}`}
      lead={
        <p>
          Angka usulan yang dikirim ke provinsi dan berapa yang lolos setiap tahap, termasuk hasil di KIPP nasional.
          Data hasil lengkap tersedia sebagai{" "}
          <Link href="/data" className="font-semibold text-white underline">
            data terbuka
          </Link>
          .
        </p>
      }
    >
      {stats.years.length > 1 && (
        <nav aria-label="Tahun" className="flex flex-wrap gap-2">
          {stats.years.map((y) => (
            <Link
              key={y}
              href={`/statistik?tahun=${y}`}
              aria-current={y === stats.year ? "page" : undefined}
              className={buttonStyles({ variant: y === stats.year ? "primary" : "secondary", size: "sm" })}
            >
              {y}
            </Link>
          ))}
        </nav>
      )}
      <ChartFigure
        id="per-tahun"
        title="Usulan per tahun"
        description="Usulan yang dikirim admin lokal ke provinsi, tiap edisi yang statistiknya dipublikasikan."
        table={{ head: ["Tahun", "Usulan"], rows: stats.entriesPerYear }}
      >
        <ColumnChart bars={stats.entriesPerYear} label="Grafik kolom jumlah usulan per tahun" />
      </ChartFigure>
      <ChartFigure
        id="tahapan"
        title="Yang lolos setiap tahap"
        description="Dari pengiriman ke provinsi sampai KIPP nasional; tahap yang hasilnya belum diumumkan belum ditampilkan."
        table={{ head: ["Tahap", "Usulan"], rows: stats.stages }}
      >
        <BarList bars={stats.stages} tone="gold" />
      </ChartFigure>
      <ChartFigure
        id="wilayah"
        title="Usulan per kabupaten/kota"
        description={`${regionTotal} usulan dari kabupaten/kota, ${stats.provincial} dari perangkat daerah provinsi, ${stats.bumd} dari BUMD.`}
        table={{
          head: ["Kabupaten/kota", "Usulan"],
          rows: [
            ...stats.regions.map((r) => ({ key: r.code, label: r.name, value: r.value })),
            { key: "prov", label: "Perangkat daerah provinsi", value: stats.provincial },
            { key: "bumd", label: "BUMD", value: stats.bumd },
          ],
        }}
      >
        <RegionCartogram cells={cells} max={Math.max(0, ...regionValues.values())} />
      </ChartFigure>
      <ChartFigure
        id="kategori"
        title="Usulan per kategori"
        table={{ head: ["Kategori", "Usulan"], rows: stats.perCategory }}
      >
        <BarList bars={stats.perCategory} />
      </ChartFigure>
    </InfoPage>
  );
}
