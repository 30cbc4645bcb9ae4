import Link from "next/link";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardContent, CardFooter } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { EmptyState } from "@/components/ui/empty-state";
import { getHomeEdition, type HomeEdition } from "@/lib/editions/queries";
import { formatDateWIB, formatDeadlineWIB, formatTimeWIB, toDateTimeAttribute } from "@/lib/format/date";

type Edition = NonNullable<HomeEdition>;
type Phase = "upcoming" | "open" | "closed" | "unscheduled";

const DAY_MS = 24 * 60 * 60 * 1000;
const numberFormat = new Intl.NumberFormat("id-ID");

function registrationPhase(edition: Edition, now: Date): Phase {
  const { registrationOpensAt: opens, registrationClosesAt: closes } = edition;
  if (closes && now > closes) return "closed";
  if (!opens) return "unscheduled";
  if (now < opens) return "upcoming";
  return "open";
}

const phaseBadge: Record<Phase, { label: string; tone: BadgeTone }> = {
  open: { label: "Pendaftaran dibuka", tone: "success" },
  upcoming: { label: "Pendaftaran segera dibuka", tone: "info" },
  closed: { label: "Pendaftaran ditutup", tone: "neutral" },
  unscheduled: { label: "Jadwal menyusul", tone: "neutral" },
};

function windowState(start: Date | null, end: Date | null, now: Date): "done" | "current" | "upcoming" | "unknown" {
  if (end && now > end) return "done";
  if (start && now >= start) return "current";
  if (start || end) return "upcoming";
  return "unknown";
}

function Time({ value, children }: { value: Date | null; children: ReactNode }) {
  const dateTime = toDateTimeAttribute(value);
  return dateTime ? <time dateTime={dateTime}>{children}</time> : <>{children}</>;
}

/** "31 Maret 2026 pukul 23.59 WIB" as a <time>; the hour part never wraps away from "pukul". */
function DateTimeText({ value, fallback = "—" }: { value: Date | null; fallback?: string }) {
  if (!toDateTimeAttribute(value)) return <>{fallback}</>;
  return (
    <Time value={value}>
      {formatDateWIB(value)} <span className="whitespace-nowrap">pukul {formatTimeWIB(value)}</span>
    </Time>
  );
}

export default async function HomePage() {
  await connection(); // rendered per request: the build never reads the database
  const edition = await getHomeEdition();
  const now = new Date();

  return (
    <>
      <Hero edition={edition} now={now} />
      <RolesSection />
      <ScheduleSection edition={edition} now={now} />
      <FlowSection />
    </>
  );
}

/* ------------------------------------------------------------------------------------------------ */

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

function Hero({ edition, now }: { edition: HomeEdition; now: Date }) {
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
            Portal resmi untuk mengusulkan, menilai, dan mengumumkan inovasi pelayanan publik terbaik di
            Jawa Timur. KOVABLIK diselenggarakan setiap tahun sejak 2016 oleh Biro Organisasi Setdaprov
            Jatim dan menjadi jalan inovasi daerah menuju Kompetisi Inovasi Pelayanan Publik (KIPP)
            Kementerian PANRB.
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
  const daysLeft = phase === "open" && closes ? Math.ceil((closes.getTime() - now.getTime()) / DAY_MS) : null;

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
              {daysLeft <= 1 ? "Pendaftaran ditutup dalam 24 jam." : `Sisa waktu ${daysLeft} hari.`}
            </strong>{" "}
            Kirim usulan lebih awal, jangan menunggu menit-menit terakhir.
          </p>
        )}
      </CardContent>
      <CardFooter className="sm:px-7">
        <ButtonLink href="/masuk" variant="primary">
          {phase === "open" ? "Masuk untuk mengusulkan" : "Masuk ke portal"}
        </ButtonLink>
        <Link href="/#jadwal" className="rounded px-1 text-sm font-semibold text-brand-800 underline-offset-4 hover:underline">
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
            Tema, jadwal pendaftaran, dan kategori KOVABLIK tahun ini akan tampil di sini setelah
            ditetapkan oleh Biro Organisasi Setdaprov Jatim. Silakan kembali lagi nanti.
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

/* ------------------------------------------------------------------------------------------------ */

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

function RolesSection() {
  return (
    <section id="tentang" aria-labelledby="judul-tentang" className="scroll-mt-4 bg-white py-16 sm:py-20">
      <div className="mx-auto max-w-6xl px-4 sm:px-6">
        <div className="max-w-3xl">
          <p className="text-sm font-semibold uppercase tracking-widest text-brand-700">Tentang portal</p>
          <h2 id="judul-tentang" className="mt-2 text-2xl font-extrabold tracking-tight text-brand-950 sm:text-3xl">
            Satu portal untuk seluruh tahapan kompetisi
          </h2>
          <p className="mt-4 text-base leading-relaxed text-slate-700 sm:text-lg">
            Dari penyusunan usulan di unit pelayanan hingga pengumuman pemenang, semua tahapan KOVABLIK
            berjalan di satu tempat. Pemenang KOVABLIK disiapkan sebagai nominasi Jawa Timur untuk KIPP.
          </p>
        </div>
        <ul className="mt-10 grid gap-6 md:grid-cols-3">
          {roles.map((role) => (
            <Card as="li" key={role.title} className="flex flex-col">
              <CardContent className="flex flex-1 flex-col">
                <div aria-hidden="true" className="flex size-12 items-center justify-center rounded-xl bg-brand-50 text-brand-800 ring-1 ring-brand-100">
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

/* ------------------------------------------------------------------------------------------------ */

type TimelineEntry = { label: string; start: Date | null; end: Date | null; single?: boolean };

function timelineOf(edition: Edition): TimelineEntry[] {
  return [
    { label: "Pendaftaran dan pengiriman usulan", start: edition.registrationOpensAt, end: edition.registrationClosesAt },
    ...edition.rounds.map((round) => ({ label: round.name, start: round.opensAt, end: round.closesAt })),
    { label: "Pengumuman pemenang", start: edition.announcementAt, end: edition.announcementAt, single: true },
  ];
}

/** "1 Maret 2026 pukul 08.00 WIB – 31 Maret 2026 pukul 23.59 WIB", each end a <time>. */
function DateRange({ start, end, single = false }: { start: Date | null; end: Date | null; single?: boolean }) {
  const fallback = "Jadwal belum ditetapkan";
  if (single || (start && end && start.getTime() === end.getTime())) {
    return <DateTimeText value={start} fallback={fallback} />;
  }
  if (start && end) {
    return (
      <>
        <DateTimeText value={start} /> – <DateTimeText value={end} />
      </>
    );
  }
  if (start) return <>Mulai <DateTimeText value={start} /></>;
  if (end) return <>Sampai <DateTimeText value={end} /></>;
  return <>{fallback}</>;
}

const stateLabel = {
  done: { text: "Selesai", tone: "neutral" },
  current: { text: "Berlangsung", tone: "success" },
  upcoming: { text: "Akan datang", tone: "info" },
  unknown: { text: "Menyusul", tone: "neutral" },
} as const satisfies Record<string, { text: string; tone: BadgeTone }>;

function ScheduleSection({ edition, now }: { edition: HomeEdition; now: Date }) {
  return (
    <section id="jadwal" aria-labelledby="judul-jadwal" className="scroll-mt-4 border-y border-slate-200 bg-slate-50 py-16 sm:py-20">
      <div className="mx-auto max-w-6xl px-4 sm:px-6">
        <p className="text-sm font-semibold uppercase tracking-widest text-brand-700">Jadwal</p>
        <h2 id="judul-jadwal" className="mt-2 text-2xl font-extrabold tracking-tight text-brand-950 sm:text-3xl">
          {edition ? `Tahapan kompetisi ${edition.year}` : "Tahapan edisi berikutnya"}
        </h2>
        {edition ? (
          <div className="mt-10 grid gap-8 lg:grid-cols-[1.6fr_1fr]">
            <Card>
              <CardContent>
                <p className="text-sm text-slate-600">Semua waktu dalam Waktu Indonesia Barat (WIB).</p>
                <ol className="mt-6">
                  {timelineOf(edition).map((entry, index, all) => {
                    const state = windowState(entry.start, entry.end, now);
                    const last = index === all.length - 1;
                    return (
                      <li key={`${index}-${entry.label}`} className="relative flex gap-4 pb-7 last:pb-0">
                        {!last && <span aria-hidden="true" className="absolute top-7 bottom-0 left-[0.9375rem] w-0.5 bg-slate-200" />}
                        <span
                          aria-hidden="true"
                          className={cn(
                            "relative z-10 flex size-8 shrink-0 items-center justify-center rounded-full text-sm font-bold ring-4 ring-white",
                            state === "current" && "bg-gold-400 text-brand-950",
                            state === "done" && "bg-brand-800 text-white",
                            (state === "upcoming" || state === "unknown") && "border-2 border-brand-300 bg-white text-brand-800",
                          )}
                        >
                          {index + 1}
                        </span>
                        <div className="min-w-0 pt-0.5">
                          <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
                            <h3 className="font-bold text-brand-950">{entry.label}</h3>
                            <Badge tone={stateLabel[state].tone}>{stateLabel[state].text}</Badge>
                          </div>
                          <p className="mt-1 text-sm leading-relaxed text-slate-700">
                            <DateRange start={entry.start} end={entry.end} single={entry.single} />
                          </p>
                        </div>
                      </li>
                    );
                  })}
                </ol>
              </CardContent>
            </Card>
            <div className="flex flex-col gap-6">
              <TagList title="Kelompok" items={edition.groups} tone="brand" />
              <TagList title="Kategori" items={edition.categories} tone="accent" />
            </div>
          </div>
        ) : (
          <EmptyState
            className="mt-8 bg-white"
            headingLevel={3}
            title="Jadwal belum tersedia"
            description={
              <p>
                Tahapan pendaftaran, seleksi administrasi, penilaian, dan pengumuman akan ditampilkan di sini
                bersama waktu resminya (WIB) setelah edisi baru diumumkan.
              </p>
            }
            icon={<CalendarIcon />}
          />
        )}
      </div>
    </section>
  );
}

function TagList({ title, items, tone }: { title: string; items: { name: string }[]; tone: BadgeTone }) {
  return (
    <Card>
      <CardContent>
        <h3 className="font-bold text-brand-950">{title}</h3>
        {items.length > 0 ? (
          <ul className="mt-3 flex flex-wrap gap-2">
            {items.map((item) => (
              <li key={item.name}>
                <Badge tone={tone} className="px-3 py-1 text-sm font-medium">
                  {item.name}
                </Badge>
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-2 text-sm text-slate-600">Belum ditetapkan.</p>
        )}
      </CardContent>
    </Card>
  );
}

/* ------------------------------------------------------------------------------------------------ */

const steps: { title: string; text: string }[] = [
  {
    title: "Pendaftaran & usulan",
    text: "Unit pelayanan menyusun usulan; admin lokal meninjau dan mengirimkannya sebelum batas waktu.",
  },
  {
    title: "Seleksi administrasi",
    text: "Sekretariat memeriksa kelengkapan, usia inovasi, SK, video, dan judul ganda. Usulan dapat dikembalikan untuk perbaikan.",
  },
  {
    title: "Evaluasi usulan",
    text: "Tim evaluasi menilai kebaruan, efektivitas, kemanfaatan, kemudahan replikasi, dan keberlanjutan.",
  },
  {
    title: "Presentasi & wawancara",
    text: "Usulan terpilih dipaparkan di hadapan panel independen, dilengkapi visitasi bila diperlukan.",
  },
  {
    title: "Penetapan & pengumuman",
    text: "Panel menetapkan Top inovasi dan peringkat terbaik; hasilnya diumumkan kepada publik.",
  },
  {
    title: "Nominasi KIPP",
    text: "Inovasi terbaik didampingi menuju Kompetisi Inovasi Pelayanan Publik tingkat nasional.",
  },
];

function FlowSection() {
  return (
    <section id="alur" aria-labelledby="judul-alur" className="scroll-mt-4 bg-white py-16 sm:py-20">
      <div className="mx-auto max-w-6xl px-4 sm:px-6">
        <p className="text-sm font-semibold uppercase tracking-widest text-brand-700">Alur kompetisi</p>
        <h2 id="judul-alur" className="mt-2 text-2xl font-extrabold tracking-tight text-brand-950 sm:text-3xl">
          Dari usulan hingga panggung nasional
        </h2>
        <ol className="mt-10 grid gap-5 sm:grid-cols-2 lg:grid-cols-3">
          {steps.map((step, index) => (
            <li key={step.title} className="flex gap-4 rounded-xl border border-slate-200 bg-white p-5">
              <span aria-hidden="true" className="flex size-10 shrink-0 items-center justify-center rounded-full bg-brand-950 text-base font-bold text-gold-300">
                {index + 1}
              </span>
              <div>
                <h3 className="font-bold text-brand-950">
                  <span className="sr-only">Tahap {index + 1}: </span>
                  {step.title}
                </h3>
                <p className="mt-1.5 text-sm leading-relaxed text-slate-700">{step.text}</p>
              </div>
            </li>
          ))}
        </ol>
      </div>
    </section>
  );
}

/* ------------------------------------------------------------------------------------------------ */

function iconProps() {
  return {
    viewBox: "0 0 24 24",
    fill: "none",
    stroke: "currentColor",
    strokeWidth: 1.75,
    strokeLinecap: "round" as const,
    strokeLinejoin: "round" as const,
    className: "size-6",
  };
}

function DocumentIcon() {
  return (
    <svg {...iconProps()}>
      <path d="M14 3H7a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2V8Z" />
      <path d="M14 3v5h5M9 13h6M9 17h4" />
    </svg>
  );
}

function ClipboardIcon() {
  return (
    <svg {...iconProps()}>
      <rect x="5" y="4.5" width="14" height="17" rx="2" />
      <path d="M9 4.5V3.5h6v1M8.5 13l2.5 2.5 4.5-5" />
    </svg>
  );
}

function PeopleIcon() {
  return (
    <svg {...iconProps()}>
      <circle cx="9" cy="8" r="3.25" />
      <path d="M3 20c0-3.3 2.7-6 6-6s6 2.7 6 6" />
      <path d="M15.5 4.9a3.25 3.25 0 0 1 0 6.2M17.5 14.4c2 .8 3.5 3 3.5 5.6" />
    </svg>
  );
}

function CalendarIcon() {
  return (
    <svg {...iconProps()}>
      <rect x="3.5" y="5" width="17" height="15.5" rx="2" />
      <path d="M3.5 10h17M8 3v4M16 3v4" />
    </svg>
  );
}
