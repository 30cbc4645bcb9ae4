// Conflicts of interest, as pure rules shared by the conflict screens, the assignment and its tests.
//
// A judge who is, or in the last CONFLICT_LOOKBACK_YEARS years was, a member of a unit conflicts with every
// entry of that unit's institution subtree: a puskesmas employee never judges an entry of their kabupaten.
// A conflict names either one proposal or a unit; a unit conflict covers every proposal whose unit lies in
// that unit's subtree (materialised paths "/root/…/self/", so a prefix test).

/** How long a past membership still counts. Membership rows keep validFrom/validTo, so no extra column. */
export const CONFLICT_LOOKBACK_YEARS = 3;

export const CONFLICT_SOURCE_LABEL = {
  UNIT_TREE: "Keanggotaan unit",
  DECLARED: "Dinyatakan juri",
  ADMIN: "Ditetapkan admin",
} as const;

/** The ids of a materialised path, root first. */
export function idsOfPath(path: string): string[] {
  return path.split("/").filter(Boolean);
}

/** A membership still counts if it has not ended, or ended within the look-back. */
export function membershipCounts(m: { validTo: Date | null }, now: Date, years = CONFLICT_LOOKBACK_YEARS): boolean {
  if (!m.validTo) return true;
  const since = new Date(now);
  since.setUTCFullYear(since.getUTCFullYear() - years);
  return m.validTo > since;
}

/**
 * The unit a membership puts off limits: the nearest institution at or above the member's unit (the
 * kabupaten above a puskesmas, the provincial agency above a hospital), or the unit itself when none is.
 */
export function conflictUnitOf(unitPath: string, isInstitution: (unitId: string) => boolean): string {
  const ids = idsOfPath(unitPath);
  for (let i = ids.length - 1; i >= 0; i--) if (isInstitution(ids[i]!)) return ids[i]!;
  return ids[ids.length - 1]!;
}

export type ConflictScope = { judgeId: string; proposalId: string | null; unitPath: string | null };
export type EntryScope = { proposalId: string; unitPath: string };

export function covers(conflict: Pick<ConflictScope, "proposalId" | "unitPath">, entry: EntryScope): boolean {
  if (conflict.proposalId) return conflict.proposalId === entry.proposalId;
  return !!conflict.unitPath && entry.unitPath.startsWith(conflict.unitPath);
}

/** entries × judges, row-major: 1 where a (not lifted) conflict covers the pair. */
export function conflictMatrix(entries: EntryScope[], judgeIds: string[], conflicts: ConflictScope[]): Uint8Array {
  const J = judgeIds.length;
  const col = new Map(judgeIds.map((id, j) => [id, j]));
  const row = new Map(entries.map((e, i) => [e.proposalId, i]));
  const out = new Uint8Array(entries.length * J);
  for (const c of conflicts) {
    const j = col.get(c.judgeId);
    if (j === undefined) continue;
    if (c.proposalId) {
      const e = row.get(c.proposalId);
      if (e !== undefined) out[e * J + j] = 1;
      continue;
    }
    entries.forEach((entry, e) => {
      if (covers(c, entry)) out[e * J + j] = 1;
    });
  }
  return out;
}
