import Link from "next/link";
import type { ReactNode } from "react";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardContent, CardFooter } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import type { HomeEdition } from "@/lib/editions/queries";
import { formatDeadlineWIB } from "@/lib/format/date";
import { registrationDaysLeft, registrationPhase, type RegistrationPhase } from "@/lib/editions/phase";
import { DateTimeText, Time } from "./date-time";
import { CalendarIcon } from "./icons";

type Edition = NonNullable<HomeEdition>;

const numberFormat = new Intl.NumberFormat("id-ID");

const phaseBadge: Record<RegistrationPhase, { label: string; tone: BadgeTone }> = {
  open: { label: "Pendaftaran dibuka", tone: "success" },
  upcoming: { label: "Pendaftaran segera dibuka", tone: "info" },
  closed: { label: "Pendaftaran ditutup", tone: "neutral" },
  unscheduled: { label: "Jadwal menyusul", tone: "neutral" },
};

function KawungPattern() {
  // A light kawung-like lattice (a classic Javanese batik motif) drawn in SVG; purely decorative.
  return (
    <svg aria-hidden="true" className="absolute inset-0 h-full w-full" xmlns="http://www.w3.org/2000/svg">
      <defs>
        <pattern id="kawung" width="56" height="56" patternUnits="userSpaceOnUse">
          <g fill="none" stroke="#ffffff" strokeOpacity="0.07" strokeWidth="1.2">
            <ellipse cx="14" cy="14" rx="15" ry="7.5" transform="rotate(45 14 14)" />
            <ellipse cx="42" cy="14" rx="15" ry="7.5" transform="rotate(-45 42 14)" />
            <ellipse cx="14" cy="42" rx="15" ry="7.5" transform="rotate(-45 14 42)" />
            <ellipse cx="42" cy="42" rx="15" ry="7.5" transform="rotate(45 42 42)" />
            <circle cx="28" cy="28" r="2" />
          </g>
        </pattern>
        <linearGradient id="kawung-fade" x1="0" y1="0" x2="1" y2="0">
          <stop offset="0.2" stopColor="white" stopOpacity="0" />
          <stop offset="1" stopColor="white" stopOpacity="1" />
        </linearGradient>
        <mask id="kawung-mask">
          <rect width="100%" height="100%" fill="url(#kawung-fade)" />
        </mask>
      </defs>
      <rect width="100%" height="100%" fill="url(#kawung)" mask="url(#kawung-mask)" />
    </svg>
  );
}

export function Hero({ edition, now }: { edition: HomeEdition; now: Date }) {
  return (
    <section
      data-surface="dark"
      aria-labelledby="judul-beranda"
      className="relative overflow-hidden bg-linear-to-br from-brand-950 via-brand-900 to-brand-800 text-white"
    >
      <KawungPattern />
      <div className="relative mx-auto grid max-w-6xl gap-10 px-4 py-12 sm:px-6 sm:py-16 lg:grid-cols-[1.05fr_0.95fr] lg:items-start lg:gap-12 lg:py-20">
        <div>
          <p className="text-sm font-semibold uppercase tracking-widest text-gold-300">
            Pemerintah Provinsi Jawa Timur
          </p>
          <h1 id="judul-beranda" className="mt-3">
            <span className="block text-4xl font-extrabold tracking-wide sm:text-5xl lg:text-6xl">KOVABLIK</span>
            <span className="mt-3 block text-xl font-semibold text-balance text-brand-100 sm:text-2xl">
              Kompetisi Inovasi Pelayanan Publik Provinsi Jawa Timur
            </span>
          </h1>
          <p className="mt-6 max-w-xl text-base leading-relaxed text-brand-50 sm:text-lg">
            Portal resmi untuk mengusulkan, menilai, dan mengumumkan inovasi pelayanan publik terbaik di Jawa Timur.
            KOVABLIK diselenggarakan setiap tahun sejak 2016 oleh Biro Organisasi Setdaprov Jatim dan menjadi jalan
            inovasi daerah menuju Kompetisi Inovasi Pelayanan Publik (KIPP) Kementerian PANRB.
          </p>
          <div className="mt-8 flex flex-wrap gap-3">
            <ButtonLink href="/masuk" variant="accent" size="lg">
              Masuk ke portal
            </ButtonLink>
            <ButtonLink href="/#alur" variant="inverse" size="lg">
              Pelajari alur kompetisi
            </ButtonLink>
          </div>
        </div>
        {edition ? <EditionSummary edition={edition} now={now} /> : <NoEditionCard />}
      </div>
    </section>
  );
}

function EditionSummary({ edition, now }: { edition: Edition; now: Date }) {
  const phase = registrationPhase(edition, now);
  const badge = phaseBadge[phase];
  const closes = edition.registrationClosesAt;
  const daysLeft = registrationDaysLeft(edition, now);

  return (
    <Card as="section" aria-labelledby="judul-edisi" className="border-0 shadow-xl ring-1 ring-black/5">
      <CardContent className="sm:p-7">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <p className="text-sm font-semibold text-brand-700">Edisi berjalan</p>
          <Badge tone={badge.tone} dot>
            {badge.label}
          </Badge>
        </div>
        <h2 id="judul-edisi" className="mt-2 text-3xl font-extrabold tracking-tight text-brand-950">
          Edisi {edition.year}
        </h2>
        <p className="mt-4 text-xs font-semibold uppercase tracking-widest text-slate-600">Tema</p>
        <p className="mt-1 text-lg font-semibold leading-snug text-balance text-slate-900">{edition.theme}</p>

        <dl className="mt-6 grid gap-x-6 gap-y-4 border-t border-slate-200 pt-5 sm:grid-cols-2">
          <SummaryItem label="Pendaftaran dibuka">
            <DateTimeText value={edition.registrationOpensAt} fallback="Belum ditetapkan" />
          </SummaryItem>
          <SummaryItem label="Batas akhir pendaftaran">
            {/* A deadline to the second: it closes at 23.59.00, not at the end of that minute. */}
            {closes ? <Time value={closes}>{formatDeadlineWIB(closes)}</Time> : "Belum ditetapkan"}
          </SummaryItem>
          <SummaryItem label="Pengumuman pemenang">
            <DateTimeText value={edition.announcementAt} fallback="Belum ditetapkan" />
          </SummaryItem>
          <SummaryItem label="Usulan masuk">{numberFormat.format(edition.proposalCount)} usulan</SummaryItem>
        </dl>

        {daysLeft !== null && (
          <p className="mt-6 rounded-lg border border-gold-200 bg-gold-50 px-4 py-3 text-sm leading-relaxed text-gold-900">
            <strong className="font-semibold">
              {daysLeft === 0 ? "Pendaftaran ditutup hari ini." : `Sisa waktu ${daysLeft} hari.`}
            </strong>{" "}
            Kirim usulan lebih awal, jangan menunggu menit-menit terakhir.
          </p>
        )}
      </CardContent>
      <CardFooter className="sm:px-7">
        <ButtonLink href="/masuk" variant="primary">
          {phase === "open" ? "Masuk untuk mengusulkan" : "Masuk ke portal"}
        </ButtonLink>
        <Link
          href="/#jadwal"
          className="rounded px-1 text-sm font-semibold text-brand-800 underline-offset-4 hover:underline"
        >
          Lihat jadwal lengkap
        </Link>
      </CardFooter>
    </Card>
  );
}

function SummaryItem({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt className="text-sm text-slate-600">{label}</dt>
      <dd className="mt-0.5 font-semibold text-slate-900">{children}</dd>
    </div>
  );
}

function NoEditionCard() {
  return (
    <Card as="section" aria-label="Edisi berjalan" className="border-0 p-2 shadow-xl ring-1 ring-black/5">
      <EmptyState
        className="border-slate-200 bg-white"
        title="Belum ada edisi yang diumumkan"
        description={
          <p>
            Tema, jadwal pendaftaran, dan kategori KOVABLIK tahun ini akan tampil di sini setelah ditetapkan oleh Biro
            Organisasi Setdaprov Jatim. Silakan kembali lagi nanti.
          </p>
        }
        icon={<CalendarIcon />}
        action={
          <ButtonLink href="/masuk" variant="secondary">
            Masuk ke portal
          </ButtonLink>
        }
      />
    </Card>
  );
}
