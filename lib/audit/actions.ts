"use server";

import { z } from "zod";
import { defineAction, okWith } from "@/lib/actions/action";
import { prisma } from "@/lib/db";
import { verifyAuditLog, writeCheckpoint } from "./checkpoint";

export type ChainCheck =
  | { intact: true; entries: number; checkpoints: number; lastCheckpointAt: string | null }
  | { intact: false; entries: number; brokenAtSeq: string; problem: "chain" | "truncated" | "rewritten" };

const PROBLEM_TEXT = {
  chain: (seq: string) =>
    `Rantai terputus pada entri nomor ${seq}: entri itu atau yang sebelumnya telah diubah di luar aplikasi.`,
  truncated: (seq: string) =>
    `Entri terbaru hilang: titik periksa di luar basis data mencatat entri mulai nomor ${seq}, tetapi entri itu tidak ada lagi.`,
  rewritten: (seq: string) =>
    `Rantai berbeda dari titik periksa pada entri nomor ${seq}: log telah ditulis ulang di luar aplikasi.`,
};

/**
 * Recomputes every entry's keyed hash and compares the chain with the checkpoints kept outside the database.
 * It records nothing in the log; an intact chain is checkpointed.
 */
export const verifyChain = defineAction({
  name: "audit.verify-chain",
  schema: z.object({}),
  permission: "audit:read",
  handler: async () => {
    const result = await verifyAuditLog(prisma);
    if (result.ok) {
      await writeCheckpoint(prisma).catch((e: unknown) => console.error("[audit checkpoint]", e));
      return okWith<ChainCheck>(
        {
          intact: true,
          entries: result.entries,
          checkpoints: result.checkpoints,
          lastCheckpointAt: result.lastCheckpoint?.at ?? null,
        },
        `Rantai utuh: ${result.entries} entri.`,
      );
    }
    const seq = result.brokenAtSeq.toString();
    return okWith<ChainCheck>(
      { intact: false, entries: result.entries, brokenAtSeq: seq, problem: result.problem },
      PROBLEM_TEXT[result.problem](seq),
    );
  },
});
