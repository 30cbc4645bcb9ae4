import type { ReactNode } from "react";
import { formatDateWIB, formatTimeWIB, toDateTimeAttribute } from "@/lib/format/date";

export function Time({ value, children }: { value: Date | null; children: ReactNode }) {
  const dateTime = toDateTimeAttribute(value);
  return dateTime ? <time dateTime={dateTime}>{children}</time> : <>{children}</>;
}

/** "31 Maret 2026 pukul 23.59 WIB" as a <time>; the hour part never wraps away from "pukul". */
export function DateTimeText({ value, fallback = "—" }: { value: Date | null; fallback?: string }) {
  if (!toDateTimeAttribute(value)) return <>{fallback}</>;
  return (
    <Time value={value}>
      {formatDateWIB(value)} <span className="whitespace-nowrap">pukul {formatTimeWIB(value)}</span>
    </Time>
  );
}

/** "1 Maret 2026 pukul 08.00 WIB – 31 Maret 2026 pukul 23.59 WIB", each end a <time>. */
export function DateRange({ start, end, single = false }: { start: Date | null; end: Date | null; single?: boolean }) {
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
  if (start)
    return (
      <>
        Mulai <DateTimeText value={start} />
      </>
    );
  if (end)
    return (
      <>
        Sampai <DateTimeText value={end} />
      </>
    );
  return <>{fallback}</>;
}
