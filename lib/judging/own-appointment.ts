import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { prisma, type Prisma } from "@/lib/db";

// A judge's own appointment to a round, with the round as the judge's screens show it. Looked up by the
// judge's own id, never an id the browser sent: the one way the declaration page and the desk find it.

/** A judge's appointment with its round, as the judge's screens (the list of rounds, one round) show it. */
export const ownAppointmentSelect = {
  id: true,
  declarationSignedAt: true,
  round: {
    select: {
      id: true,
      name: true,
      kind: true,
      state: true,
      opensAt: true,
      closesAt: true,
      anonymised: true,
      editionId: true,
      edition: { select: { year: true } },
    },
  },
} satisfies Prisma.JudgeAppointmentSelect;

export async function ownAppointment(
  actor: Pick<Actor, "id">,
  roundId: string,
  db: Prisma.TransactionClient | typeof prisma = prisma,
) {
  return db.judgeAppointment.findUnique({
    where: { roundId_userId: { roundId, userId: actor.id } },
    select: ownAppointmentSelect,
  });
}
