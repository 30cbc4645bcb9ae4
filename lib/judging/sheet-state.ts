// A judge's score sheet for one entry: not started, a saved draft, or submitted. One vocabulary for the judge's
// desk, the secretariat's assignment and progress screens, the progress export and the audit log.

export type SheetState = "NONE" | "DRAFT" | "SUBMITTED";

export const SHEET_STATE_LABEL: Record<SheetState, string> = {
  NONE: "Belum mulai",
  DRAFT: "Draf tersimpan",
  SUBMITTED: "Terkirim",
};

export const SHEET_STATE_TONE = {
  NONE: "neutral",
  DRAFT: "warning",
  SUBMITTED: "success",
} as const satisfies Record<SheetState, string>;
