// Pure: who advances from a sealed round — the top N, everyone at or above a passing grade, or a hand-picked
// set — then the balance rules (at least / at most so many per kind of institution or per region), with the
// reason for every entry a balance rule moved in or out. Tested in advancement.test.ts.

export type AdvanceCandidate = {
  proposalId: string;
  rank: number;
  score: number;
  /** The balance groups this entry belongs to, e.g. { kind: "KAB_KOTA", region: "Kabupaten Malang" }. */
  groups: Record<BalanceBy, string>;
};

export type BalanceBy = "kind" | "region";
export type BalanceRule = { by: BalanceBy; group: string; min?: number; max?: number };

export type AdvanceRuleInput =
  | { rule: "TOP_N"; topN: number }
  | { rule: "PASSING_GRADE"; passingGrade: number }
  | { rule: "HAND_PICKED"; picked: string[] };

export type Adjustment = { proposalId: string; moved: "in" | "out"; reason: string };

export type AdvanceOutcome = { advanced: string[]; adjustments: Adjustment[]; unmet: string[] };

/** Kinds of institution as the balance rules name them (the three families). */
export const BALANCE_KIND_LABEL: Record<string, string> = {
  PROVINCIAL_AGENCY: "Perangkat daerah provinsi",
  KAB_KOTA: "Pemerintah kabupaten/kota",
  BUMD: "BUMD",
  OTHER: "Lainnya",
};

export const balanceGroupLabel = (r: Pick<BalanceRule, "by" | "group">) =>
  r.by === "kind" ? (BALANCE_KIND_LABEL[r.group] ?? r.group) : r.group;

const fmt = (n: number) => n.toLocaleString("id-ID", { maximumFractionDigits: 2 });

export function selectAdvancing(candidates: AdvanceCandidate[], input: AdvanceRuleInput, balance: BalanceRule[] = []) {
  const byRank = [...candidates].sort((a, b) => a.rank - b.rank || a.proposalId.localeCompare(b.proposalId));
  const base =
    input.rule === "TOP_N"
      ? byRank.slice(0, input.topN)
      : input.rule === "PASSING_GRADE"
        ? byRank.filter((c) => c.score >= input.passingGrade - 1e-9)
        : byRank.filter((c) => input.picked.includes(c.proposalId));
  const chosen = new Set(base.map((c) => c.proposalId));
  const adjustments: Adjustment[] = [];
  const unmet: string[] = [];
  const inGroup = (c: AdvanceCandidate, r: BalanceRule) => c.groups[r.by] === r.group;
  const count = (r: BalanceRule) => byRank.filter((c) => chosen.has(c.proposalId) && inGroup(c, r)).length;
  const keepsN = input.rule === "TOP_N";
  // A place given up by one rule may only go to an entry that no other maximum forbids.
  const allowedIn = (c: AdvanceCandidate) =>
    balance.every((r) => r.max === undefined || !inGroup(c, r) || count(r) < r.max);
  const removable = (c: AdvanceCandidate) =>
    balance.every((r) => r.min === undefined || !inGroup(c, r) || count(r) > r.min);
  const move = (c: AdvanceCandidate, moved: "in" | "out", reason: string) => {
    if (moved === "in") chosen.add(c.proposalId);
    else chosen.delete(c.proposalId);
    // An entry moved back to where it started is no adjustment at all.
    const i = adjustments.findIndex((a) => a.proposalId === c.proposalId);
    if (i >= 0 && adjustments[i]!.moved !== moved) adjustments.splice(i, 1);
    else adjustments.push({ proposalId: c.proposalId, moved, reason });
  };

  for (const r of balance.filter((b) => b.max !== undefined)) {
    const label = balanceGroupLabel(r);
    while (count(r) > r.max!) {
      const last = [...byRank].reverse().find((c) => chosen.has(c.proposalId) && inGroup(c, r))!;
      move(
        last,
        "out",
        `Batas paling banyak ${r.max} untuk ${label} sudah terpenuhi oleh usulan berperingkat lebih tinggi.`,
      );
      if (!keepsN) continue;
      const next = byRank.find((c) => !chosen.has(c.proposalId) && !inGroup(c, r) && allowedIn(c));
      if (next) move(next, "in", `Mengisi tempat yang dilepas karena batas paling banyak ${r.max} untuk ${label}.`);
    }
  }
  for (const r of balance.filter((b) => b.min !== undefined)) {
    const label = balanceGroupLabel(r);
    while (count(r) < r.min!) {
      const next = byRank.find((c) => !chosen.has(c.proposalId) && inGroup(c, r));
      if (!next) {
        unmet.push(`${label}: hanya ${count(r)} usulan yang tersedia, kurang dari batas paling sedikit ${r.min}.`);
        break;
      }
      move(
        next,
        "in",
        `Memenuhi batas paling sedikit ${r.min} untuk ${label} (peringkat ${next.rank}, nilai ${fmt(next.score)}).`,
      );
      if (!keepsN) continue;
      const out = [...byRank].reverse().find((c) => chosen.has(c.proposalId) && !inGroup(c, r) && removable(c));
      if (out) move(out, "out", `Tempatnya diberikan kepada ${label} untuk memenuhi batas paling sedikit ${r.min}.`);
      else
        unmet.push(
          `Tidak ada tempat yang dapat dilepas tanpa melanggar batas paling sedikit lainnya: ${label} menambah jumlah yang lolos.`,
        );
    }
  }
  const advanced = byRank.filter((c) => chosen.has(c.proposalId)).map((c) => c.proposalId);
  return { advanced, adjustments, unmet } satisfies AdvanceOutcome;
}
