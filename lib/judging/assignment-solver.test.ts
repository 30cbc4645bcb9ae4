// Property tests of the automatic assignment on random editions. The generator is seeded: a failure prints
// its seed, and `SOLVER_SEED=<seed>` reruns exactly that case.
import { describe, expect, it } from "vitest";
import { solveAssignment, type SolverInput, type SolverResult } from "./assignment-solver";

function mulberry32(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Case = SolverInput & { seed: number };

function randomEdition(seed: number): Case {
  const rnd = mulberry32(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const E = int(20, 500);
  const J = int(3, 40);
  const N = int(1, Math.min(5, J));
  const density = [0, 0.02, 0.05, 0.15, 0.4][int(0, 4)]!;
  const blocked = new Uint8Array(E * J);
  for (let i = 0; i < blocked.length; i++) blocked[i] = rnd() < density ? 1 : 0;
  // Unit-tree conflicts block a judge from a whole block of entries (an institution's subtree).
  for (let k = int(0, 3); k > 0; k--) {
    const j = int(0, J - 1);
    const from = int(0, E - 1);
    for (let e = from; e < Math.min(E, from + int(1, 40)); e++) blocked[e * J + j] = 1;
  }
  const categories = int(1, 6);
  const entryCategory = Array.from({ length: E }, () => int(0, categories - 1));
  const judgeExpertise = Array.from(
    { length: J },
    () => new Set(Array.from({ length: int(0, 2) }, () => int(0, categories - 1))),
  );
  const expert = new Uint8Array(E * J);
  for (let e = 0; e < E; e++)
    for (let j = 0; j < J; j++) expert[e * J + j] = judgeExpertise[j]!.has(entryCategory[e]!) ? 1 : 0;
  const fair = Math.ceil((E * N) / J);
  const caps = Array.from({ length: J }, () => (rnd() < 0.2 ? int(0, fair + 5) : null));
  const existing: [number, number][] = [];
  if (rnd() < 0.3) {
    for (let k = int(1, E); k > 0; k--) {
      const e = int(0, E - 1);
      const j = int(0, J - 1);
      if (!blocked[e * J + j] && !existing.some(([x, y]) => x === e && y === j)) existing.push([e, j]);
    }
  }
  return { seed, entryCount: E, judgeCount: J, perEntry: N, caps, blocked, expert, existing };
}

/** The most judge-slots any assignment can fill (plain augmenting paths, independent of the solver). */
function maxSlots(c: SolverInput): number {
  const { entryCount: E, judgeCount: J, perEntry: N } = c;
  const on = new Uint8Array(E * J);
  const fixed = new Uint8Array(E * J);
  const deg = new Int32Array(E);
  const load = new Int32Array(J);
  for (const [e, j] of c.existing) {
    on[e * J + j] = fixed[e * J + j] = 1;
    deg[e]!++;
    load[j]!++;
  }
  const cap = (j: number) => c.caps[j] ?? Infinity;
  let total = Array.from(deg).reduce((s, d) => s + Math.min(d, N), 0);
  for (;;) {
    const prevJudge = new Int32Array(J).fill(-1); // the entry that reached the judge
    const prevEntry = new Int32Array(E).fill(-2); // the judge the entry came from; -1 the source
    const queue: number[] = [];
    for (let e = 0; e < E; e++)
      if (deg[e]! < N) {
        prevEntry[e] = -1;
        queue.push(e);
      }
    let end = -1;
    for (let qi = 0; qi < queue.length && end < 0; qi++) {
      const e = queue[qi]!;
      for (let j = 0; j < J && end < 0; j++) {
        if (on[e * J + j]! || c.blocked[e * J + j] || prevJudge[j]! !== -1) continue;
        prevJudge[j] = e;
        if (load[j]! < cap(j)) end = j;
        else {
          for (let e2 = 0; e2 < E; e2++) {
            if (on[e2 * J + j]! && !fixed[e2 * J + j]! && prevEntry[e2]! === -2) {
              prevEntry[e2] = j;
              queue.push(e2);
            }
          }
        }
      }
    }
    if (end < 0) return total;
    load[end]!++;
    for (let j = end; ;) {
      const e = prevJudge[j]!;
      on[e * J + j] = 1;
      const from = prevEntry[e]!;
      if (from === -1) {
        deg[e]!++;
        break;
      }
      on[e * J + from] = 0;
      j = from;
    }
    total++;
  }
}

function transferReaches(c: SolverInput, pairs: Uint8Array, fixed: Uint8Array, from: number): Uint8Array {
  const { entryCount: E, judgeCount: J } = c;
  const seen = new Uint8Array(J);
  seen[from] = 1;
  const queue = [from];
  while (queue.length) {
    const a = queue.shift()!;
    for (let e = 0; e < E; e++) {
      if (!pairs[e * J + a]! || fixed[e * J + a]!) continue;
      for (let b = 0; b < J; b++) {
        if (seen[b] || pairs[e * J + b]! || c.blocked[e * J + b]) continue;
        seen[b] = 1;
        queue.push(b);
      }
    }
  }
  return seen;
}

function check(c: Case, r: SolverResult) {
  const { entryCount: E, judgeCount: J, perEntry: N } = c;
  const pairs = new Uint8Array(E * J);
  const fixed = new Uint8Array(E * J);
  for (const [e, j] of c.existing) pairs[e * J + j] = fixed[e * J + j] = 1;
  for (const [e, j] of r.added) {
    expect(c.blocked[e * J + j], `conflicted pair ${e}/${j}`).toBe(0);
    expect(pairs[e * J + j]!, `duplicate pair ${e}/${j}`).toBe(0);
    pairs[e * J + j] = 1;
  }
  const load = new Array<number>(J).fill(0);
  const deg = new Array<number>(E).fill(0);
  for (let e = 0; e < E; e++)
    for (let j = 0; j < J; j++)
      if (pairs[e * J + j]!) {
        load[j]!++;
        deg[e]!++;
      }
  expect(r.loads).toEqual(load);
  for (let j = 0; j < J; j++)
    if (c.caps[j] !== null)
      expect(load[j]!).toBeLessThanOrEqual(Math.max(c.caps[j]!, c.existing.filter(([, x]) => x === j).length));
  // N whenever feasible: the solver fills as many slots as any assignment can.
  const filled = deg.reduce((s, d) => s + Math.min(d, N), 0);
  expect(filled).toBe(maxSlots(c));
  const short = deg.flatMap((d, e) => (d < N ? [e] : []));
  expect(r.uncovered.map((u) => u.entry)).toEqual(short);
  for (const u of r.uncovered) {
    const allowed = Array.from({ length: J }, (_, j) => j).filter(
      (j) => !c.blocked[u.entry * J + j] || fixed[u.entry * J + j]!,
    ).length;
    if (J >= N && allowed > 0 && allowed < N) expect(u.reason).toBe(`hanya ${allowed} juri tanpa konflik`);
    expect(u.reason.length).toBeGreaterThan(10);
  }
  // Within one among uncapped judges, unless no chain of moves could shift an entry from the heavier one.
  const uncapped = Array.from({ length: J }, (_, j) => j).filter((j) => c.caps[j] === null);
  for (const a of uncapped) {
    const heavier = uncapped.filter((b) => load[a]! >= load[b]! + 2);
    if (!heavier.length) continue;
    const reach = transferReaches(c, pairs, fixed, a);
    for (const b of heavier)
      expect(reach[b]!, `judge ${a} (${load[a]!}) could pass an entry to judge ${b} (${load[b]!})`).toBe(0);
  }
  return {
    short: short.length,
    spread: uncapped.length
      ? Math.max(...uncapped.map((j) => load[j]!)) - Math.min(...uncapped.map((j) => load[j]!))
      : 0,
  };
}

describe("automatic assignment (property tests, seeded)", () => {
  const only = process.env.SOLVER_SEED
    ? [Number(process.env.SOLVER_SEED)]
    : Array.from({ length: 60 }, (_, i) => 1000 + i * 7919);
  it.each(only)("random edition, seed %i", (seed) => {
    const c = randomEdition(seed);
    const r = solveAssignment(c);
    check(c, r);
    // Connected when feasible: every entry has its N ≥ 2 judges and the conflicts are not dense.
    if (c.perEntry >= 2 && r.uncovered.length === 0 && c.existing.length === 0)
      expect(r.components, `seed ${seed}`).toBe(1);
  });

  it("is balanced to within one and connected with no conflicts or caps", () => {
    const E = 97;
    const J = 13;
    const r = solveAssignment({
      entryCount: E,
      judgeCount: J,
      perEntry: 3,
      caps: Array(J).fill(null),
      blocked: new Uint8Array(E * J),
      expert: new Uint8Array(E * J),
      existing: [],
    });
    expect(Math.max(...r.loads) - Math.min(...r.loads)).toBeLessThanOrEqual(1);
    expect(r.uncovered).toEqual([]);
    expect(r.components).toBe(1);
  });

  it("says how many judges are left when conflicts leave too few", () => {
    const J = 4;
    const blocked = new Uint8Array(2 * J);
    blocked[0] = blocked[1] = 1; // entry 0 conflicts with judges 0 and 1
    const r = solveAssignment({
      entryCount: 2,
      judgeCount: J,
      perEntry: 3,
      caps: Array(J).fill(null),
      blocked,
      expert: new Uint8Array(2 * J),
      existing: [],
    });
    expect(r.uncovered).toEqual([{ entry: 0, assigned: 2, reason: "hanya 2 juri tanpa konflik" }]);
  });

  it("prefers judges with the entry's category when loads allow", () => {
    const E = 6;
    const J = 4;
    const expert = new Uint8Array(E * J);
    for (let e = 0; e < E; e++) expert[e * J + (e % 2 === 0 ? 0 : 2)] = expert[e * J + (e % 2 === 0 ? 1 : 3)] = 1;
    const r = solveAssignment({
      entryCount: E,
      judgeCount: J,
      perEntry: 2,
      caps: Array(J).fill(null),
      blocked: new Uint8Array(E * J),
      expert,
      existing: [],
    });
    // Perfect expertise would split the graph into two panels; one swap joins them (connectivity comes first).
    expect(r.expertMatches).toBe(10);
    expect(r.components).toBe(1);
    expect(r.loads).toEqual([3, 3, 3, 3]);
    const single = new Uint8Array(6 * 3);
    for (let e = 0; e < 6; e++) single[e * 3 + Math.floor(e / 2)] = 1;
    const one = solveAssignment({
      entryCount: 6,
      judgeCount: 3,
      perEntry: 1,
      caps: [null, null, null],
      blocked: new Uint8Array(18),
      expert: single,
      existing: [],
    });
    expect(one.expertMatches).toBe(6);
  });

  it("keeps existing pairs and respects caps", () => {
    const E = 10;
    const J = 3;
    const r = solveAssignment({
      entryCount: E,
      judgeCount: J,
      perEntry: 2,
      caps: [2, null, null],
      blocked: new Uint8Array(E * J),
      expert: new Uint8Array(E * J),
      existing: [[0, 0]],
    });
    expect(r.loads[0]).toBe(2);
    expect(r.loads[1]! + r.loads[2]!).toBe(18);
    expect(r.added.some(([e, j]) => e === 0 && j === 0)).toBe(false);
  });
});
