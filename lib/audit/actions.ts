"use server";

import { z } from "zod";
import { defineAction, okWith } from "@/lib/actions/action";
import { prisma } from "@/lib/db";
import { verifyAuditChain } from "./audit";

export type ChainCheck = { intact: true; entries: number } | { intact: false; entries: number; brokenAtSeq: string };

/** Recomputes every entry's hash from the first to the last; reading only, so it records nothing itself. */
export const verifyChain = defineAction({
  name: "audit.verify-chain",
  schema: z.object({}),
  permission: "audit:read",
  handler: async () => {
    const result = await verifyAuditChain(prisma);
    if (result.ok) {
      return okWith<ChainCheck>({ intact: true, entries: result.entries }, `Rantai utuh: ${result.entries} entri.`);
    }
    const seq = result.brokenAtSeq.toString();
    return okWith<ChainCheck>(
      { intact: false, entries: result.entries, brokenAtSeq: seq },
      `Rantai terputus pada entri nomor ${seq}: entri itu atau yang sebelumnya telah diubah di luar aplikasi.`,
    );
  },
});
