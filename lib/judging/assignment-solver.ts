// Automatic assignment of judges to entries: pure, deterministic, no I/O (docs/decisions/011-assignment.md).
//
// Exact min-cost max-flow: source → entry (N − already assigned) → judge (allowed pairs, cost 0 with the
// judge's expertise, 1 without) → sink, where a judge's k-th unit costs W·(2k − 1) (convex: the sum of costs
// is W·load²). W exceeds every possible expertise total, so the order of priorities is exact: as many
// judge-slots filled as possible, then the most even loads, then the most expertise. Successive shortest
// paths on a contracted graph: a residual path always alternates entry and judge, so shortest paths only need
// the judges (tens) as nodes, with the entry between two judges kept as counters per (judge, judge, cost).
// Afterwards, load-preserving swaps join the judge–entry graph into one component where one exists.

export type SolverInput = {
  entryCount: number;
  judgeCount: number;
  /** Judges wanted per entry (the round's N). */
  perEntry: number;
  /** Per judge: the most entries in total (existing ones included), or null for no cap. */
  caps: (number | null)[];
  /** entryCount × judgeCount, row-major: 1 where the pair may never be assigned (a conflict, or removed before). */
  blocked: Uint8Array;
  /** Same shape: 1 where the judge's expertise covers the entry's category. */
  expert: Uint8Array;
  /** Pairs assigned already (kept as they are; they count for coverage and load). */
  existing: [entry: number, judge: number][];
};

export type Uncovered = { entry: number; assigned: number; reason: string };

export type SolverResult = {
  /** New pairs only. */
  added: [entry: number, judge: number][];
  /** Per judge: existing + added. */
  loads: number[];
  uncovered: Uncovered[];
  /** Components of the judge–entry graph (entries and judges with at least one pair). */
  components: number;
  expertMatches: number;
};

const idx = (e: number, j: number, J: number) => e * J + j;

export function solveAssignment(input: SolverInput): SolverResult {
  const { entryCount: E, judgeCount: J, perEntry: N, caps, blocked, expert } = input;
  const assigned = new Uint8Array(E * J); // 1 existing (fixed), 2 added by the flow
  const deg = new Int32Array(E);
  const load = new Int32Array(J);
  const entriesOf: number[][] = Array.from({ length: J }, () => []); // flow (movable) entries per judge
  for (const [e, j] of input.existing) {
    if (assigned[idx(e, j, J)]) continue;
    assigned[idx(e, j, J)] = 1;
    deg[e]!++;
    load[j]!++;
  }
  const cap = (j: number) => caps[j] ?? Number.MAX_SAFE_INTEGER;
  const cost = (e: number, j: number) => (expert[idx(e, j, J)]! ? 0 : 1);
  const free = (e: number, j: number) => !blocked[idx(e, j, J)] && !assigned[idx(e, j, J)];
  // W above any expertise total keeps balance strictly ahead of expertise.
  const W = E * Math.max(N, 1) + 1;

  // cross[(a·J + b)·3 + d + 1]: entries movable from judge a to judge b whose expertise cost changes by d.
  // fromSource[b·2 + c]: entries short of N that judge b could take, at expertise cost c.
  const cross = new Int32Array(J * J * 3);
  const fromSource = new Int32Array(J * 2);
  const mine: number[] = [];
  const touchEntry = (e: number, sign: 1 | -1) => {
    const short = deg[e]! < N;
    mine.length = 0;
    for (let a = 0; a < J; a++) if (assigned[idx(e, a, J)] === 2) mine.push(a);
    for (let b = 0; b < J; b++) {
      if (!free(e, b)) continue;
      const cb = cost(e, b);
      if (short) fromSource[b * 2 + cb]! += sign;
      for (const a of mine) cross[(a * J + b) * 3 + cb - cost(e, a) + 1]! += sign;
    }
  };
  for (let e = 0; e < E; e++) touchEntry(e, 1);

  let firstShort = 0; // entries never fall short again, so the scan for one can start past the full ones
  const INF = Number.POSITIVE_INFINITY;
  const pot = new Float64Array(J); // potentials of judges; source and sink implied
  let potSink = 0;
  const dist = new Float64Array(J);
  const prev = new Int32Array(J); // -1: from the source
  const prevDelta = new Int8Array(J);
  const done = new Uint8Array(J);
  let target = 0;
  for (let e = 0; e < E; e++) target += Math.max(0, N - deg[e]!);

  for (let flow = 0; flow < target;) {
    // Dijkstra with potentials over judges (dense, O(J²)).
    dist.fill(INF);
    done.fill(0);
    for (let b = 0; b < J; b++) {
      const c = fromSource[b * 2]! > 0 ? 0 : fromSource[b * 2 + 1]! > 0 ? 1 : -1;
      if (c >= 0) {
        dist[b] = c - pot[b]!;
        prev[b] = -1;
        prevDelta[b] = c;
      }
    }
    let best = INF;
    let bestJudge = -1;
    for (;;) {
      let a = -1;
      for (let j = 0; j < J; j++) if (!done[j] && dist[j]! < INF && (a < 0 || dist[j]! < dist[a]!)) a = j;
      // Reduced costs are never negative, so nothing popped later can reach the sink for less.
      if (a < 0 || dist[a]! >= best) break;
      done[a] = 1;
      if (load[a]! < cap(a)) {
        const viaSink = dist[a]! + pot[a]! + W * (2 * load[a]! + 1) - potSink;
        if (viaSink < best) {
          best = viaSink;
          bestJudge = a;
        }
      }
      for (let b = 0; b < J; b++) {
        if (done[b] || b === a) continue;
        const base = (a * J + b) * 3;
        const d = cross[base]! > 0 ? -1 : cross[base + 1]! > 0 ? 0 : cross[base + 2]! > 0 ? 1 : 2;
        if (d === 2) continue;
        const nd = dist[a]! + pot[a]! + d - pot[b]!;
        if (nd < dist[b]!) {
          dist[b] = nd;
          prev[b] = a;
          prevDelta[b] = d;
        }
      }
    }
    if (bestJudge < 0) break; // no augmenting path: the flow is maximum
    for (let j = 0; j < J; j++) pot[j]! += Math.min(dist[j]!, best);
    potSink += best;
    augment(bestJudge);
    flow++;
    // Every other source → judge → sink path that is still tight (reduced cost 0) is a shortest path too:
    // take them all before paying for the next search.
    for (let b = 0; b < J && flow < target; b++) {
      if (load[b]! >= cap(b) || W * (2 * load[b]! + 1) + pot[b]! - potSink !== 0) continue;
      const c = fromSource[b * 2]! > 0 && pot[b]! === 0 ? 0 : fromSource[b * 2 + 1]! > 0 && pot[b]! === 1 ? 1 : -1;
      if (c < 0) continue;
      const e = findShortEntry(b, c);
      touchEntry(e, -1);
      deg[e]!++;
      setPair(e, b, 2);
      touchEntry(e, 1);
      load[b]!++;
      flow++;
    }
  }

  function augment(last: number) {
    // Walk back from the judge that takes a unit to the source, moving one entry per hop.
    let b = last;
    load[last]!++;
    for (;;) {
      const a = prev[b]!;
      if (a < 0) {
        const c = prevDelta[b]!;
        const e = findShortEntry(b, c);
        touchEntry(e, -1);
        deg[e]!++;
        setPair(e, b, 2);
        touchEntry(e, 1);
        return;
      }
      const d = prevDelta[b]!;
      const e = findMovable(a, b, d);
      touchEntry(e, -1);
      setPair(e, a, 0);
      setPair(e, b, 2);
      touchEntry(e, 1);
      b = a;
    }
  }
  function setPair(e: number, j: number, v: 0 | 2) {
    assigned[idx(e, j, J)] = v;
    if (v === 2) entriesOf[j]!.push(e);
    else {
      const list = entriesOf[j]!;
      list.splice(list.indexOf(e), 1);
    }
  }
  function findShortEntry(b: number, c: number): number {
    while (firstShort < E && deg[firstShort]! >= N) firstShort++;
    for (let e = firstShort; e < E; e++) if (deg[e]! < N && free(e, b) && cost(e, b) === c) return e;
    throw new Error("solver: counters out of step (source)");
  }
  function findMovable(a: number, b: number, d: number): number {
    for (const e of entriesOf[a]!) if (free(e, b) && cost(e, b) - cost(e, a) === d) return e;
    throw new Error("solver: counters out of step (move)");
  }
  const components = connect(E, J, N, assigned, blocked, expert);

  const added: [number, number][] = [];
  let expertMatches = 0;
  for (let e = 0; e < E; e++) {
    for (let j = 0; j < J; j++) {
      const v = assigned[idx(e, j, J)];
      if (!v) continue;
      if (expert[idx(e, j, J)]!) expertMatches++;
      if (v === 2) added.push([e, j]);
    }
  }
  const uncovered: Uncovered[] = [];
  for (let e = 0; e < E; e++) {
    let have = 0;
    let allowed = 0;
    for (let j = 0; j < J; j++) {
      if (assigned[idx(e, j, J)]) have++;
      if (!blocked[idx(e, j, J)] || assigned[idx(e, j, J)] === 1) allowed++;
    }
    if (have < N) uncovered.push({ entry: e, assigned: have, reason: shortReason(allowed, N, J) });
  }
  return { added, loads: Array.from(load), uncovered, components, expertMatches };
}

/** Why an entry stays short of N judges. At a maximum flow, an entry with enough allowed judges is short
 * only because every allowed judge it lacks is at their cap. */
export function shortReason(allowed: number, perEntry: number, judges: number): string {
  if (judges < perEntry) return `babak ini hanya memiliki ${judges} juri untuk ${perEntry} penilai per usulan`;
  if (allowed === 0) return "semua juri berkonflik dengan usulan ini";
  if (allowed < perEntry) return `hanya ${allowed} juri tanpa konflik`;
  return "juri tanpa konflik yang tersisa sudah mencapai batas beban";
}

/**
 * Joins the components of the judge–entry graph by swapping two flow pairs across components: (e1, a) and
 * (e2, b) become (e1, b) and (e2, a). Loads and coverage stay the same, so the optimum above holds. Returns
 * the number of components left.
 */
const MAX_TRIES = 200;

function connect(
  E: number,
  J: number,
  N: number,
  assigned: Uint8Array,
  blocked: Uint8Array,
  expert: Uint8Array,
): number {
  let comp = components(E, J, assigned);
  if (N < 2) return comp.count; // one judge per entry: the graph is a set of stars by construction
  for (let guard = 0; comp.count > 1 && guard < E + J; guard++) {
    if (!joinOnce(comp.of)) break;
    comp = components(E, J, assigned);
  }
  return comp.count;

  function joinOnce(of: Int32Array): boolean {
    // Join the component of the first entry with any other, preferring swaps that keep expertise.
    const main = firstComponent(of);
    let fallback: [number, number, number, number] | null = null;
    let tries = 0; // each try recounts components; past this many, take the best found
    for (let e1 = 0; e1 < E && tries < MAX_TRIES; e1++) {
      if (of[e1]! !== main) continue;
      for (let a = 0; a < J; a++) {
        if (assigned[e1 * J + a] !== 2) continue;
        for (let e2 = 0; e2 < E; e2++) {
          if (of[e2]! === main || of[e2]! < 0) continue;
          if (blocked[e2 * J + a] || assigned[e2 * J + a]) continue;
          for (let b = 0; b < J; b++) {
            if (assigned[e2 * J + b] !== 2 || blocked[e1 * J + b] || assigned[e1 * J + b]) continue;
            const loss = expert[e1 * J + a]! + expert[e2 * J + b]! - expert[e1 * J + b]! - expert[e2 * J + a]!;
            if (loss > 0 && fallback) continue;
            if (++tries > MAX_TRIES) break;
            if (!safeSwap(e1, a, e2, b)) continue;
            if (loss <= 0) return swap(e1, a, e2, b);
            fallback = [e1, a, e2, b];
          }
        }
      }
    }
    return fallback ? swap(...fallback) : false;
  }
  function swap(e1: number, a: number, e2: number, b: number): true {
    assigned[e1 * J + a] = 0;
    assigned[e2 * J + b] = 0;
    assigned[e1 * J + b] = 2;
    assigned[e2 * J + a] = 2;
    return true;
  }
  /** The swap must not split what it joins: try it, count, undo if it does not reduce the count. */
  function safeSwap(e1: number, a: number, e2: number, b: number): boolean {
    const before = components(E, J, assigned).count;
    swap(e1, a, e2, b);
    const after = components(E, J, assigned).count;
    assigned[e1 * J + b] = 0;
    assigned[e2 * J + a] = 0;
    assigned[e1 * J + a] = 2;
    assigned[e2 * J + b] = 2;
    return after < before;
  }
  function firstComponent(of: Int32Array): number {
    for (let e = 0; e < E; e++) if (of[e]! >= 0) return of[e]!;
    return -1;
  }
}

/** Connected components over entries and judges that have a pair (union–find). `of[e]!` is -1 for an entry with none. */
export function components(E: number, J: number, assigned: Uint8Array): { count: number; of: Int32Array } {
  const parent = new Int32Array(E + J);
  for (let i = 0; i < parent.length; i++) parent[i] = i;
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]!]!;
      x = parent[x]!;
    }
    return x;
  };
  const used = new Uint8Array(E + J);
  for (let e = 0; e < E; e++) {
    for (let j = 0; j < J; j++) {
      if (!assigned[e * J + j]) continue;
      used[e] = 1;
      used[E + j] = 1;
      const r1 = find(e);
      const r2 = find(E + j);
      if (r1 !== r2) parent[r1] = r2;
    }
  }
  const of = new Int32Array(E).fill(-1);
  const roots = new Set<number>();
  for (let i = 0; i < E + J; i++) {
    if (!used[i]) continue;
    const r = find(i);
    roots.add(r);
    if (i < E) of[i] = r;
  }
  return { count: roots.size, of };
}
