import { Alert } from "@/components/ui/alert";
import { formatDateTimeWIB } from "@/lib/format/date";
import type { ProposalReview } from "@/lib/proposals/workflow-queries";

const OUTCOME = { PASS: "Lolos", FAIL: "Tidak lolos", RETURN_FOR_CORRECTION: "Dikembalikan untuk perbaikan" } as const;

/** The province's latest verdict, as the unit and admin lokal need to read it. */
export function LatestCheckNote({ p }: { p: ProposalReview }) {
  const check = p.checks[0];
  if (!check?.outcome) return null;
  const tone = check.outcome === "PASS" ? "success" : check.outcome === "FAIL" ? "error" : "warning";
  return (
    <Alert tone={tone} role="status">
      <p className="font-semibold">
        Seleksi administrasi (pemeriksaan ke-{check.attempt}): {OUTCOME[check.outcome]}
      </p>
      {check.reason && <p className="mt-1 whitespace-pre-wrap">{check.reason}</p>}
      {check.outcome === "RETURN_FOR_CORRECTION" && check.correctionDeadline && (
        <p className="mt-1">Batas perbaikan: {formatDateTimeWIB(check.correctionDeadline)}.</p>
      )}
      <p className="mt-1 text-xs opacity-80">
        {check.decidedBy?.name ?? "Sekretariat"} · {formatDateTimeWIB(check.decidedAt)}
      </p>
    </Alert>
  );
}
