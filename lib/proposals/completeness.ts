// What a proposal still lacks before it may leave the unit (operator → admin lokal, admin lokal → province).
// One rule for the dialogs and the server, so a proposal that spends the institution's quota is complete.
import { countWords } from "./text";

export type CompletenessInput = {
  title: string;
  implementationStartedOn: Date | null;
  sections: { title: string; required: boolean; text: string }[];
  requiredAttachments: { kind: string; label: string }[];
  attachmentKinds: string[];
};

/** The gaps, in the words the operator sees on the form; empty when the proposal may be sent. */
export function missingForHandOff(input: CompletenessInput): string[] {
  const gaps: string[] = [];
  if (!input.title.trim()) gaps.push("Judul inovasi belum diisi");
  if (!input.implementationStartedOn) gaps.push("Tanggal mulai diterapkan belum diisi");
  for (const s of input.sections)
    if (s.required && countWords(s.text) === 0) gaps.push(`Bagian "${s.title}" masih kosong`);
  for (const r of input.requiredAttachments) {
    if (!input.attachmentKinds.includes(r.kind)) gaps.push(`Lampiran wajib "${r.label}" belum diunggah`);
  }
  return gaps;
}

export function incompleteMessage(gaps: string[]): string {
  return `Usulan belum lengkap dan belum dapat dikirim. Lengkapi dulu: ${gaps.join("; ")}.`;
}
