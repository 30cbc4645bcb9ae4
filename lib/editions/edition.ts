import "server-only";
import type { z } from "zod";
import { auditedWrite } from "@/lib/audit/audited-write";
import type { Actor } from "@/lib/auth/permissions";
import type { Prisma } from "@/lib/db";
import { DomainError, fieldError, found } from "@/lib/errors";
import { wibInputToDate } from "@/lib/format/wib-input";
import { copySetup, DEFAULT_PUBLIC_FIELDS, type CopiedSetup } from "./copy-setup";
import { DEFAULT_GROUP_NAME, GROUP_KINDS, type createEditionSchema, type updateEditionSchema } from "./schemas";
import { editionHeadSelect, editionRulesSelect } from "./selects";
import { invalidatePublicSite } from "@/lib/public-site/cache";

// The edition itself: creating one (empty or copied from an earlier year) and its general settings and
// schedule.

const editionSnapshotSelect = { ...editionHeadSelect, ...editionRulesSelect } satisfies Prisma.EditionSelect;

const withRounds = {
  ...editionSnapshotSelect,
  rounds: { select: { id: true, name: true, opensAt: true, closesAt: true }, orderBy: { order: "asc" } },
} satisfies Prisma.EditionSelect;

export async function createEdition(actor: Actor, input: z.infer<typeof createEditionSchema>) {
  const duplicate = () => fieldError("year", `Edisi tahun ${input.year} sudah ada.`, "CONFLICT");
  return auditedWrite(
    actor,
    async (tx, audit) => {
      if (await tx.edition.findUnique({ where: { year: input.year }, select: { id: true } })) throw duplicate();
      const edition = await tx.edition.create({
        data: { year: input.year, theme: input.theme, status: "DRAFT" },
        select: { id: true },
      });
      let copied: CopiedSetup | null = null;
      if (input.copyFromEditionId) {
        copied = await copySetup(tx, input.copyFromEditionId, edition.id);
      } else {
        await tx.group.createMany({
          data: GROUP_KINDS.map((kind) => ({ editionId: edition.id, kind, name: DEFAULT_GROUP_NAME[kind] })),
        });
      }
      await tx.publication.create({
        data: { editionId: edition.id, publicProposalFields: copied?.publicProposalFields ?? DEFAULT_PUBLIC_FIELDS },
      });
      const after = await tx.edition.findUniqueOrThrow({ where: { id: edition.id }, select: editionSnapshotSelect });
      await audit({
        action: "edition.create",
        entityType: "Edition",
        entityId: edition.id,
        after: { ...after, copiedFrom: copied ? { year: copied.year, ...copied.counts } : null },
      });
      return { id: edition.id, year: after.year };
    },
    // Copying a whole setup (form, rubrics, rounds…) is many statements: more than the default 5 s on a busy server.
    { onUniqueViolation: duplicate, timeout: 60_000 },
  );
}

export async function updateEdition(actor: Actor, input: z.infer<typeof updateEditionSchema>) {
  const saved = await auditedWrite(actor, async (tx, audit) => {
    const before = found(await tx.edition.findUnique({ where: { id: input.editionId }, select: withRounds }), "Edisi");
    const roundIds = new Set(before.rounds.map((r) => r.id));
    if (input.rounds.some((r) => !roundIds.has(r.id))) {
      throw new DomainError("CONFLICT", "Daftar babak telah berubah. Muat ulang halaman, lalu simpan kembali.");
    }
    await tx.edition.update({
      where: { id: input.editionId },
      data: {
        theme: input.theme,
        status: input.status,
        registrationOpensAt: wibInputToDate(input.registrationOpensAt),
        registrationClosesAt: wibInputToDate(input.registrationClosesAt),
        announcementAt: wibInputToDate(input.announcementAt),
        minImplementationMonths: input.minImplementationMonths,
        excludePreviousWinners: input.excludePreviousWinners,
        topN: input.topN,
        defaultQuota: input.defaultQuota,
      },
    });
    for (const r of input.rounds) {
      await tx.round.update({
        where: { id: r.id },
        data: { name: r.name, opensAt: wibInputToDate(r.opensAt), closesAt: wibInputToDate(r.closesAt) },
      });
    }
    const after = await tx.edition.findUniqueOrThrow({ where: { id: input.editionId }, select: withRounds });
    await audit({ action: "edition.update", entityType: "Edition", entityId: after.id, before, after });
    return { year: after.year };
  });
  await invalidatePublicSite(); // theme and timeline are on the public pages
  return saved;
}
