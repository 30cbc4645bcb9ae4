// A confirmed result of the demo edition with Top N lines and awards, for tests of what follows the results
// (KIPP nominations, follow-ups, statistics, open data). The results feature owns how results are made; this
// writes the rows directly, as a confirmed result leaves them.
import { randomBytes } from "node:crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { DEMO_EDITION } from "@/prisma/seed-data";

export async function confirmedResult(
  prisma: PrismaClient,
  entries: { proposalId: string; awards?: string[]; tier?: "TOP_N" | "FINALIST" | "PARTICIPANT" }[],
  options: { editionId?: string; confirmedAt?: Date; version?: number; supersedesId?: string } = {},
) {
  const editionId = options.editionId ?? DEMO_EDITION.id;
  const result = await prisma.result.create({
    data: {
      editionId,
      version: options.version ?? 1,
      confirmedAt: options.confirmedAt ?? new Date(),
      supersedesId: options.supersedesId ?? null,
      lines: {
        create: entries.map((e, i) => ({
          proposalId: e.proposalId,
          finalScore: 90 - i,
          rank: i + 1,
          tier: e.tier ?? "TOP_N",
          certificateCode: e.tier === "PARTICIPANT" ? null : randomBytes(6).toString("hex"),
        })),
      },
    },
  });
  let order = 0;
  for (const e of entries)
    for (const name of e.awards ?? [])
      await prisma.award.create({
        data: {
          editionId,
          resultId: result.id,
          name,
          order: order++,
          proposalId: e.proposalId,
          certificateCode: randomBytes(6).toString("hex"),
        },
      });
  return result;
}

/** Publishes the edition's finalists, winners and statistics as of `at`. */
export async function publish(
  prisma: PrismaClient,
  at: Date,
  what: { finalists?: boolean; winners?: boolean; statistics?: boolean } = {
    finalists: true,
    winners: true,
    statistics: true,
  },
  editionId = DEMO_EDITION.id,
) {
  const data = {
    finalistsPublishedAt: what.finalists ? at : null,
    winnersPublishedAt: what.winners ? at : null,
    statisticsPublished: !!what.statistics,
  };
  await prisma.publication.upsert({ where: { editionId }, create: { editionId, ...data }, update: data });
}
