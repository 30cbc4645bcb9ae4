import "server-only";
import { prisma } from "@/lib/db";
import type { ProposalStatus } from "./lifecycle";

// The note that came back with a returned proposal, where the operator looks: the proposal, their list and the
// dashboard. Read from the proposal's own events (the hand-off wrote it there), so no mail has to arrive first.

export type ReturnNote = {
  /** The secretariat's correction request (after the administrative check), not the admin lokal's return. */
  bySecretariat: boolean;
  note: string | null;
  at: Date | null;
  by: string | null;
  correctionDeadline: Date | null;
};

const RETURNED: ProposalStatus[] = ["RETURNED_TO_UNIT", "RETURNED_FOR_CORRECTION"];

function isReturned(status: ProposalStatus): boolean {
  return RETURNED.includes(status);
}

type Returnable = { id: string; status: ProposalStatus; correctionDeadline: Date | null };

/** The latest return note of each returned proposal among `proposals` (one query), keyed by proposal id. */
export async function returnNotes(proposals: Returnable[]): Promise<Map<string, ReturnNote>> {
  const returned = proposals.filter((p) => isReturned(p.status));
  if (returned.length === 0) return new Map();
  const events = await prisma.proposalEvent.findMany({
    where: { OR: returned.map((p) => ({ proposalId: p.id, toStatus: p.status })) },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    distinct: ["proposalId"],
    select: { proposalId: true, comment: true, at: true, actor: { select: { name: true } } },
  });
  const byProposal = new Map(events.map((e) => [e.proposalId, e]));
  return new Map(
    returned.map((p) => {
      const e = byProposal.get(p.id);
      return [
        p.id,
        {
          bySecretariat: p.status === "RETURNED_FOR_CORRECTION",
          note: e?.comment ?? null,
          at: e?.at ?? null,
          by: e?.actor?.name ?? null,
          correctionDeadline: p.correctionDeadline,
        },
      ];
    }),
  );
}

/** The latest return note of one proposal the caller may already open; null when it is not returned. */
export async function latestReturnNote(proposalId: string): Promise<ReturnNote | null> {
  const p = await prisma.proposal.findUnique({
    where: { id: proposalId },
    select: { id: true, status: true, correctionDeadline: true },
  });
  if (!p) return null;
  return (await returnNotes([p])).get(p.id) ?? null;
}
