// Authorisation samples of KIPP nominations (lib/nominations, admins only) and follow-up reports
// (lib/follow-ups: a unit user of the innovation's own unit tree): a nomination of the Kabupaten Malang entry,
// and a follow-up of each Malang's entry (due in a year, so an allowed report stops at the reporting window).
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { ActionCase, Principal } from "./authz-matrix";

const ADMIN_ONLY: readonly Principal[] = ["admin"];
const UNIT_USERS: readonly Principal[] = ["adminLokal", "operator"];

export type NominationFixtures = { nominationId: string; kabFollowUpId: string; kotaFollowUpId: string };

export async function prepareNominationFixtures(
  db: PrismaClient,
  kabEntry: string,
  kotaEntry: string,
): Promise<NominationFixtures> {
  const nomination = await db.nomination.create({ data: { proposalId: kabEntry, sinovikRef: "MATRIKS-1" } });
  const due = new Date(`${new Date().getUTCFullYear() + 1}-06-15T00:00:00Z`);
  const followUp = async (proposalId: string) => {
    const p = await db.proposal.findUniqueOrThrow({ where: { id: proposalId }, select: { innovationId: true } });
    return (await db.followUp.create({ data: { innovationId: p.innovationId, monthsAfter: 6, dueOn: due } })).id;
  };
  return {
    nominationId: nomination.id,
    kabFollowUpId: await followUp(kabEntry),
    kotaFollowUpId: await followUp(kotaEntry),
  };
}

type Fixtures = { nominations: NominationFixtures; proposals: { kab: { submitted: string } } };

export const NOMINATION_ACTIONS: Record<string, ActionCase> = {
  // Not a winner of a confirmed result: the admin's call reaches the national rules and is refused there.
  "nominations.nominate": {
    allowed: ADMIN_ONLY,
    input: (f: Fixtures) => ({ proposalId: f.proposals.kab.submitted, sinovikRef: "", notes: "" }),
  },
  "nominations.withdraw": {
    allowed: ADMIN_ONLY,
    input: (f: Fixtures) => ({ nominationId: f.nominations.nominationId, reason: "Instansi mengundurkan diri." }),
  },
  "nominations.record-outcome": {
    allowed: ADMIN_ONLY,
    input: (f: Fixtures) => ({
      nominationId: f.nominations.nominationId,
      stage: "SUBMITTED",
      at: "2027-07-01",
      note: "",
    }),
  },
  "follow-ups.report": {
    allowed: UNIT_USERS,
    input: (f: Fixtures) => ({
      followUpId: f.nominations.kabFollowUpId,
      stillRunning: "ya",
      beneficiaries: "100",
      budgetRupiah: "",
      notes: "",
    }),
    outOfScope: [
      {
        principals: UNIT_USERS,
        what: "the Kota Malang innovation's follow-up",
        input: (f: Fixtures) => ({
          followUpId: f.nominations.kotaFollowUpId,
          stillRunning: "ya",
          beneficiaries: "100",
          budgetRupiah: "",
          notes: "",
        }),
      },
    ],
  },
};
