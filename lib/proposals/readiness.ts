import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { loadForRead } from "./access";
import { monthsBetween } from "./eligibility";
import { handOffGapsOf, handOffSelect } from "./workflow";

export type HandOffReadiness = {
  /** What the edition requires and the proposal lacks: the server refuses the hand-off until it is empty. */
  gaps: string[];
  /** What the administrative check will likely flag; the proposal may still be sent. */
  warnings: string[];
};

/**
 * What the send and submit dialogs list before a proposal leaves the unit. The gaps are the very rule the
 * server applies in `applyTransition`, read fresh when the dialog opens so an edit saved a second ago counts.
 */
export async function handOffReadiness(actor: Actor, proposalId: string): Promise<HandOffReadiness> {
  const access = await loadForRead(actor, proposalId);
  const p = await prisma.proposal.findUniqueOrThrow({
    where: { id: access.id },
    select: { ...handOffSelect, edition: { select: { minImplementationMonths: true, registrationClosesAt: true } } },
  });
  const gaps = await handOffGapsOf(prisma, p);
  const warnings: string[] = [];
  const { minImplementationMonths: min, registrationClosesAt: closes } = p.edition;
  if (p.implementationStartedOn && closes) {
    const months = monthsBetween(p.implementationStartedOn, closes);
    if (months < min) {
      warnings.push(
        `Inovasi baru berjalan ${Math.max(0, months)} bulan saat pendaftaran ditutup; juknis meminta minimal ${min} bulan. Sekretariat dapat menyatakannya tidak lolos seleksi administrasi.`,
      );
    }
  }
  return { gaps, warnings };
}
