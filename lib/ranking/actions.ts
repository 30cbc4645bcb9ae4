"use server";
import { defineAction, okWith } from "@/lib/actions/action";
import { decideAdvancement, previewAdvancement } from "./advancing";
import { consolidate, correctScore, sealRound, updateRankingSettings } from "./closing";
import {
  CONSOLIDATION_LABEL,
  advanceSchema,
  consolidateSchema,
  correctScoreSchema,
  sealRoundSchema,
  thresholdSchema,
} from "./schemas";

// The secretariat's ranking actions ("ranking:manage", admin-only, no unit scope): the role-level check is the
// whole check; each service then requires the round's state (closed to consolidate, sealed to advance).

export const updateRankingSettingsAction = defineAction({
  name: "ranking.update-settings",
  schema: thresholdSchema,
  permission: "ranking:manage",
  handler: async ({ actor, input }) =>
    okWith(await updateRankingSettings(actor, input), "Pengaturan peringkat disimpan."),
});

export const consolidateAction = defineAction({
  name: "ranking.consolidate",
  schema: consolidateSchema,
  permission: "ranking:manage",
  handler: async ({ actor, input }) => {
    const r = await consolidate(actor, input);
    return okWith(r, `Catatan konsolidasi disimpan: ${CONSOLIDATION_LABEL[r.outcome]}.`);
  },
});

export const correctScoreAction = defineAction({
  name: "ranking.correct-score",
  schema: correctScoreSchema,
  permission: "ranking:manage",
  handler: async ({ actor, input }) => {
    const r = await correctScore(actor, input);
    return okWith(r, "Nilai dikoreksi; alasannya tercatat di riwayat dan di penjelasan peringkat.");
  },
});

export const sealRoundAction = defineAction({
  name: "ranking.seal-round",
  schema: sealRoundSchema,
  permission: "ranking:manage",
  handler: async ({ actor, input }) => {
    const r = await sealRound(actor, input);
    return okWith(r, `${r.name} disegel. Berita acara siap diunduh.`);
  },
});

export const advanceAction = defineAction({
  name: "ranking.advance",
  schema: advanceSchema,
  permission: "ranking:manage",
  handler: async ({ actor, input }) => {
    const r = await decideAdvancement(actor, input);
    const moved = r.adjustments ? `; ${r.adjustments} usulan digeser aturan keseimbangan` : "";
    return okWith(r, `Keputusan dicatat: ${r.advanced} usulan lolos${moved}.`);
  },
});

/** Reads only: who would advance under the rules given, before "Tetapkan" records it. */
export const previewAdvanceAction = defineAction({
  name: "ranking.preview-advance",
  schema: advanceSchema,
  permission: "ranking:manage",
  handler: async ({ actor, input }) => previewAdvancement(actor, input),
});
