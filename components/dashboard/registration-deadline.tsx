import { Badge } from "@/components/ui/badge";
import { formatDateTimeWIB, formatDeadlineWIB, toDateTimeAttribute } from "@/lib/format/date";
import type { DashboardEdition } from "@/lib/dashboard/queries";
import { registrationState } from "@/lib/dashboard/deadline";

const EDITION_STATUS = {
  DRAFT: "Draf",
  OPEN: "Pendaftaran",
  JUDGING: "Penilaian",
  ANNOUNCED: "Diumumkan",
  ARCHIVED: "Arsip",
} as const;

/** The current edition and how long registration stays open, in WIB. */
export function RegistrationDeadline({ edition, now }: { edition: DashboardEdition | null; now: Date }) {
  const state = registrationState(edition, now);
  if (!edition || state.kind === "none") {
    return (
      <div className="rounded-xl border border-slate-200 bg-white p-4 text-sm text-slate-700 shadow-sm">
        <p className="font-semibold text-brand-950">Belum ada edisi yang dibuka</p>
        <p className="mt-1">Jadwal pendaftaran akan tampil di sini setelah sekretariat membuka edisi baru.</p>
      </div>
    );
  }
  return (
    <div className="rounded-xl border border-brand-100 bg-brand-50/60 p-4 shadow-sm">
      <div className="flex flex-wrap items-center gap-2">
        <p className="font-bold text-brand-950">KOVABLIK {edition.year}</p>
        <Badge tone="brand">{EDITION_STATUS[edition.status]}</Badge>
      </div>
      <p className="mt-1 text-sm text-slate-700">{edition.theme}</p>
      <p className="mt-3 text-sm text-slate-800">
        {state.kind === "open" && (
          <>
            Batas pendaftaran usulan:{" "}
            <time dateTime={toDateTimeAttribute(state.closesAt)} className="font-semibold">
              {formatDeadlineWIB(state.closesAt)}
            </time>{" "}
            <Badge tone={state.daysLeft <= 7 ? "warning" : "info"} className="ml-1 align-middle">
              {state.daysLeft === 0 ? "Ditutup hari ini" : `${state.daysLeft} hari lagi`}
            </Badge>
          </>
        )}
        {state.kind === "not-open" && (
          <>
            Pendaftaran dibuka{" "}
            <time dateTime={toDateTimeAttribute(state.opensAt)} className="font-semibold">
              {formatDateTimeWIB(state.opensAt)}
            </time>
            {edition.registrationClosesAt && (
              <>
                , ditutup <span className="font-semibold">{formatDeadlineWIB(edition.registrationClosesAt)}</span>
              </>
            )}
            .
          </>
        )}
        {state.kind === "closed" && (
          <>
            Pendaftaran telah ditutup pada{" "}
            <time dateTime={toDateTimeAttribute(state.closedAt)} className="font-semibold">
              {formatDeadlineWIB(state.closedAt)}
            </time>
            .
          </>
        )}
        {state.kind === "open-no-deadline" && <>Pendaftaran dibuka; batas waktunya belum ditetapkan.</>}
        {state.kind === "unscheduled" && <>Jadwal pendaftaran belum ditetapkan.</>}
      </p>
    </div>
  );
}
