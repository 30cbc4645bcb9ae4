// The proposal lifecycle: the one place that says which transitions exist, from where, and who may make
// them. Services call `planTransition` and then write the new status and a ProposalEvent in one transaction.
import type { UnitRole } from "@/lib/auth/permissions";
import { DomainError } from "@/lib/errors";

export type ProposalStatus =
  | "DRAFT"
  | "WITH_UNIT_ADMIN"
  | "RETURNED_TO_UNIT"
  | "SUBMITTED"
  | "PASSED"
  | "FAILED"
  | "RETURNED_FOR_CORRECTION"
  | "RESUBMITTED"
  | "WITHDRAWN";

/** The role in which the actor acts on this proposal (resolved by `rolesOnUnit` against its real unit). */
export type ProposalRole = UnitRole;

export type TransitionName =
  | "sendToUnitAdmin"
  | "returnToUnit"
  | "submitToProvince"
  | "pass"
  | "fail"
  | "returnForCorrection"
  | "resubmit"
  | "withdraw";

type Rule = {
  from: ProposalStatus[];
  to: ProposalStatus;
  by: ProposalRole[];
  /** Must the actor write a comment (a reason the unit will read)? */
  comment?: "required";
  /** Which deadline governs it: registration (or a per-proposal extension), or the correction window. */
  deadline?: "registration" | "correction";
};

export const TRANSITIONS: Record<TransitionName, Rule> = {
  sendToUnitAdmin: {
    from: ["DRAFT", "RETURNED_TO_UNIT"],
    to: "WITH_UNIT_ADMIN",
    by: ["OPERATOR", "UNIT_ADMIN"],
    deadline: "registration",
  },
  returnToUnit: { from: ["WITH_UNIT_ADMIN"], to: "RETURNED_TO_UNIT", by: ["UNIT_ADMIN"], comment: "required" },
  submitToProvince: { from: ["WITH_UNIT_ADMIN"], to: "SUBMITTED", by: ["UNIT_ADMIN"], deadline: "registration" },
  pass: { from: ["SUBMITTED", "RESUBMITTED"], to: "PASSED", by: ["ADMIN"] },
  fail: { from: ["SUBMITTED", "RESUBMITTED"], to: "FAILED", by: ["ADMIN"], comment: "required" },
  returnForCorrection: {
    from: ["SUBMITTED", "RESUBMITTED"],
    to: "RETURNED_FOR_CORRECTION",
    by: ["ADMIN"],
    comment: "required",
  },
  resubmit: {
    from: ["RETURNED_FOR_CORRECTION"],
    to: "RESUBMITTED",
    by: ["OPERATOR", "UNIT_ADMIN"],
    deadline: "correction",
  },
  withdraw: {
    from: ["DRAFT", "RETURNED_TO_UNIT", "WITH_UNIT_ADMIN"],
    to: "WITHDRAWN",
    by: ["UNIT_ADMIN"],
    comment: "required",
  },
};

export const STATUS_LABEL: Record<ProposalStatus, string> = {
  DRAFT: "Draf",
  WITH_UNIT_ADMIN: "Di admin lokal",
  RETURNED_TO_UNIT: "Dikembalikan ke unit",
  SUBMITTED: "Dikirim ke provinsi",
  PASSED: "Lolos seleksi administrasi",
  FAILED: "Tidak lolos seleksi administrasi",
  RETURNED_FOR_CORRECTION: "Dikembalikan untuk perbaikan",
  RESUBMITTED: "Dikirim ulang setelah perbaikan",
  WITHDRAWN: "Ditarik",
};

/**
 * Why a proposal the actor may read is not open for changes, as the state of the proposal (the page says this
 * above a read-only editor; a refused save still says "tidak berwenang", which is what it is).
 */
export const READ_ONLY_REASON: Partial<Record<ProposalStatus, string>> = {
  WITH_UNIT_ADMIN:
    "Usulan ini sedang diperiksa admin lokal instansi Anda, jadi isinya tidak dapat diubah unit untuk sementara. Admin lokal akan mengirimnya ke provinsi atau mengembalikannya dengan catatan.",
  SUBMITTED: "Usulan ini sudah dikirim ke provinsi dan menunggu seleksi administrasi; isinya tidak dapat diubah lagi.",
  RESUBMITTED:
    "Perbaikan usulan ini sudah dikirim ulang ke provinsi dan menunggu pemeriksaan; isinya tidak dapat diubah lagi.",
  PASSED: "Usulan ini lolos seleksi administrasi dan masuk tahap penilaian; isinya tidak dapat diubah lagi.",
  FAILED: "Usulan ini tidak lolos seleksi administrasi; alasannya ada pada riwayat di bawah.",
  WITHDRAWN: "Usulan ini sudah ditarik dari edisi ini oleh admin lokal; alasannya ada pada riwayat di bawah.",
};

/** Statuses that count against the institution's quota: submitted to the province, whatever came after. */
export const COUNTS_AGAINST_QUOTA: ProposalStatus[] = [
  "SUBMITTED",
  "PASSED",
  "FAILED",
  "RETURNED_FOR_CORRECTION",
  "RESUBMITTED",
];

export type DeadlineFacts = {
  registrationClosesAt: Date | null;
  extensionUntil: Date | null;
  correctionDeadline: Date | null;
};

/** The deadline facts of a proposal loaded with its edition's registration close. */
export function deadlineFactsOf(p: {
  extensionUntil: Date | null;
  correctionDeadline: Date | null;
  edition: { registrationClosesAt: Date | null };
}): DeadlineFacts {
  return {
    registrationClosesAt: p.edition.registrationClosesAt,
    extensionUntil: p.extensionUntil,
    correctionDeadline: p.correctionDeadline,
  };
}

/**
 * The moment this proposal's registration window closes: the edition's deadline, or the proposal's own
 * extension when that is later (an extension earlier than a since-moved edition deadline no longer counts).
 * Null while the edition has no deadline. Screens, mails and the server check all read it from here.
 */
export function registrationDeadline(
  facts: Pick<DeadlineFacts, "registrationClosesAt" | "extensionUntil">,
): Date | null {
  const closes = facts.registrationClosesAt;
  if (!closes) return null;
  const ext = facts.extensionUntil;
  return ext && ext > closes ? ext : closes;
}

/** Is the window that governs this kind of change open at `now`? */
export function windowOpen(kind: "registration" | "correction", facts: DeadlineFacts, now: Date): boolean {
  if (kind === "correction") return !!facts.correctionDeadline && now <= facts.correctionDeadline;
  const deadline = registrationDeadline(facts);
  return !deadline || now <= deadline;
}

/** Who may edit the content of a proposal in this status, and under which deadline. */
export function editRule(
  status: ProposalStatus,
): { by: ProposalRole[]; deadline: "registration" | "correction" } | null {
  switch (status) {
    case "DRAFT":
    case "RETURNED_TO_UNIT":
      return { by: ["OPERATOR", "UNIT_ADMIN"], deadline: "registration" };
    case "WITH_UNIT_ADMIN":
      return { by: ["UNIT_ADMIN"], deadline: "registration" };
    case "RETURNED_FOR_CORRECTION":
      return { by: ["OPERATOR", "UNIT_ADMIN"], deadline: "correction" };
    default:
      return null;
  }
}

export function assertCanEdit(status: ProposalStatus, roles: ProposalRole[], facts: DeadlineFacts, now: Date): void {
  const rule = editRule(status);
  if (!rule) throw new DomainError("CONFLICT", `Usulan berstatus "${STATUS_LABEL[status]}" tidak dapat diubah.`);
  if (!roles.some((r) => rule.by.includes(r))) {
    // Seen by the operator right after sending: it must read as the state of the proposal, not as an error.
    throw new DomainError(
      "FORBIDDEN",
      status === "WITH_UNIT_ADMIN"
        ? "Anda tidak berwenang mengubah usulan pada tahap ini: usulan sedang diperiksa admin lokal dan tidak dapat diubah oleh unit sampai dikembalikan."
        : "Anda tidak berwenang mengubah usulan pada tahap ini.",
    );
  }
  if (!windowOpen(rule.deadline, facts, now)) {
    throw new DomainError(
      "DEADLINE",
      rule.deadline === "correction"
        ? "Batas waktu perbaikan telah lewat. Usulan tidak dapat diubah lagi."
        : "Batas waktu pendaftaran telah lewat. Usulan tidak dapat diubah kecuali admin memberi perpanjangan.",
    );
  }
}

export function planTransition(
  name: TransitionName,
  current: ProposalStatus,
  roles: ProposalRole[],
  facts: DeadlineFacts,
  now: Date,
  comment?: string | null,
): { from: ProposalStatus; to: ProposalStatus } {
  const rule = TRANSITIONS[name];
  if (!roles.some((r) => rule.by.includes(r))) {
    throw new DomainError("FORBIDDEN", "Anda tidak berwenang melakukan langkah ini pada usulan.");
  }
  if (!rule.from.includes(current)) {
    throw new DomainError("CONFLICT", `Langkah ini tidak berlaku untuk usulan berstatus "${STATUS_LABEL[current]}".`);
  }
  if (rule.comment === "required" && !comment?.trim()) {
    throw new DomainError("INVALID", "Tuliskan alasan atau catatan untuk unit.", { comment: ["Catatan wajib diisi."] });
  }
  if (rule.deadline && !windowOpen(rule.deadline, facts, now)) {
    throw new DomainError(
      "DEADLINE",
      rule.deadline === "correction"
        ? "Batas waktu perbaikan telah lewat."
        : "Batas waktu pengiriman usulan telah lewat. Hanya perpanjangan dari admin yang dapat membukanya kembali.",
    );
  }
  return { from: current, to: rule.to };
}
