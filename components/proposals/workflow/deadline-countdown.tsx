import { Badge } from "@/components/ui/badge";
import { registrationState } from "@/lib/dashboard/deadline";
import { formatDateTimeWIB, formatDeadlineWIB, toDateTimeAttribute } from "@/lib/format/date";
import { calendarDaysLeft } from "@/lib/format/days-left";

/** Days before the deadline from which unsent drafts are highlighted. */
export const NEAR_DEADLINE_DAYS = 7;

/** "Pendaftaran ditutup 26 Februari 2027 pukul 23.59.00 WIB · 91 hari lagi". */
export function DeadlineCountdown({
  edition,
  now,
}: {
  edition: { year: number; registrationOpensAt: Date | null; registrationClosesAt: Date | null };
  now: Date;
}) {
  const s = registrationState(edition, now);
  return (
    <p className="text-sm leading-7 text-slate-700">
      <span className="font-semibold text-brand-950">KOVABLIK {edition.year}</span>{" "}
      {s.kind === "open" && (
        <>
          <span>
            — pendaftaran ditutup{" "}
            <time dateTime={toDateTimeAttribute(s.closesAt)}>{formatDeadlineWIB(s.closesAt)}</time>
          </span>{" "}
          <Badge tone={s.daysLeft <= NEAR_DEADLINE_DAYS ? "warning" : "info"} className="align-middle">
            {s.daysLeft === 0 ? "Ditutup hari ini" : `${s.daysLeft} hari lagi`}
          </Badge>
        </>
      )}
      {s.kind === "closed" && (
        <>
          <span>— pendaftaran ditutup {formatDeadlineWIB(s.closedAt)}</span>{" "}
          <Badge tone="danger" className="align-middle">
            Sudah ditutup
          </Badge>
        </>
      )}
      {s.kind === "not-open" && <span>— pendaftaran dibuka {formatDateTimeWIB(s.opensAt)}</span>}
      {(s.kind === "unscheduled" || s.kind === "open-no-deadline") && <span>— batas pendaftaran belum ditetapkan</span>}
    </p>
  );
}

export function daysLeft(closesAt: Date | null, now: Date): number | null {
  if (!closesAt) return null;
  return calendarDaysLeft(closesAt, now);
}
