// The presentation schedule as pure rules: which start times a round's days offer, and the automatic filling
// that puts every entry in a panel whose judges have no conflict with it, spreads entries evenly over the
// panels (rooms run in parallel, so they finish at about the same time), and uses each room's earliest free
// slots in the entries' order. Nothing here touches the database: lib/schedules/slots.ts feeds it.
import { wibInputToDate } from "@/lib/format/wib-input";
import type { ScheduleDay } from "./schemas";

export type SlotSettings = {
  presentationMinutes: number;
  interviewMinutes: number;
  breakMinutes: number;
  days: ScheduleDay[];
};

/** Minutes one entry takes: presentation plus interview. */
export const slotMinutes = (s: Pick<SlotSettings, "presentationMinutes" | "interviewMinutes">) =>
  s.presentationMinutes + s.interviewMinutes;

/**
 * The start instants (ms) every panel offers, ascending: per day from its start, one slot after another with the
 * break between, as long as a slot ends by the day's end.
 */
export function slotTimes(s: SlotSettings): number[] {
  const length = slotMinutes(s) * 60_000;
  const step = length + s.breakMinutes * 60_000;
  const out: number[] = [];
  for (const day of s.days) {
    const start = wibInputToDate(`${day.date}T${day.start}`)?.getTime();
    const end = wibInputToDate(`${day.date}T${day.end}`)?.getTime();
    if (start === undefined || end === undefined || length <= 0) continue;
    for (let t = start; t + length <= end; t += step) out.push(t);
  }
  return out.sort((a, b) => a - b);
}

export type FillPanel = { id: string; name: string; judgeIds: string[] };
export type FillEntry = { id: string; blockedJudgeIds: string[] };
export type Placement = { entryId: string; panelId: string; time: number };
export type FillInput = {
  times: number[];
  /** In display order; a tie in load goes to the earlier panel. */
  panels: FillPanel[];
  /** Entries still to place, in the order they should present (e.g. by category, then title). */
  entries: FillEntry[];
  /** Placements that stay where they are (earlier fills, manual moves). */
  fixed: Placement[];
  judgeNames?: Record<string, string>;
};
export type FillResult = { placements: Placement[]; unplaced: { entryId: string; reason: string }[] };

/** Judges of the panel who may not judge the entry. */
export function conflictedJudges(panel: FillPanel, entry: FillEntry): string[] {
  const blocked = new Set(entry.blockedJudgeIds);
  return panel.judgeIds.filter((j) => blocked.has(j));
}

export function fillSchedule(input: FillInput): FillResult {
  const { times, panels, entries, fixed } = input;
  const name = (j: string) => input.judgeNames?.[j] ?? "juri";
  const unplaced: FillResult["unplaced"] = [];
  if (!times.length) {
    const reason = "Belum ada hari dan jam presentasi; isi pengaturan slot dulu.";
    return { placements: [], unplaced: entries.map((e) => ({ entryId: e.id, reason })) };
  }
  const seated = panels.filter((p) => p.judgeIds.length > 0);
  if (!seated.length) {
    const reason = "Belum ada panel (ruang) yang memiliki juri.";
    return { placements: [], unplaced: entries.map((e) => ({ entryId: e.id, reason })) };
  }
  const index = new Map(seated.map((p, i) => [p.id, i]));
  const timeSet = new Set(times);
  const taken = seated.map(() => new Set<number>());
  for (const f of fixed) {
    const p = index.get(f.panelId);
    if (p !== undefined && timeSet.has(f.time)) taken[p]!.add(f.time);
  }
  const capacity = seated.map((_, p) => times.length - taken[p]!.size);
  const load = seated.map((_, p) => taken[p]!.size);
  const allowed = entries.map((e) =>
    seated.flatMap((panel, p) => (conflictedJudges(panel, e).length === 0 ? [p] : [])),
  );
  // Most constrained first, so an entry with one possible panel is not crowded out by one with several.
  const order = entries.map((_, i) => i).sort((a, b) => allowed[a]!.length - allowed[b]!.length || a - b);
  const panelOf = new Array<number>(entries.length).fill(-1);
  const members = seated.map(() => [] as number[]);
  const assign = (e: number, p: number) => {
    panelOf[e] = p;
    members[p]!.push(e);
    load[p]!++;
  };
  const unassign = (e: number, p: number) => {
    members[p] = members[p]!.filter((x) => x !== e);
    load[p]!--;
  };

  for (const e of order) {
    const mine = allowed[e]!;
    if (!mine.length) {
      const who = seated.map((panel) => `${panel.name}: ${conflictedJudges(panel, entries[e]!).map(name).join(", ")}`);
      unplaced.push({
        entryId: entries[e]!.id,
        reason: `Setiap panel memuat juri yang berkonflik dengan usulan ini (${who.join("; ")}).`,
      });
      continue;
    }
    const open = mine.filter((p) => members[p]!.length < capacity[p]!);
    if (open.length) {
      assign(
        e,
        open.reduce((best, p) => (load[p]! < load[best]! ? p : best)),
      );
      continue;
    }
    // Every allowed panel is full: look for a chain of moves that frees a seat (an entry of a full panel moves to
    // another panel it may go to, and so on until one has room), so no entry is left out that could be placed.
    const path = freeingPath(mine, allowed, members, capacity);
    if (!path) {
      unplaced.push({
        entryId: entries[e]!.id,
        reason: `Slot di panel yang boleh menilainya (${mine.map((p) => seated[p]!.name).join(", ")}) sudah penuh; tambah hari, jam, atau panel.`,
      });
      continue;
    }
    for (const { entry, from, to } of path) {
      unassign(entry, from);
      assign(entry, to);
    }
    assign(e, path[0]!.from);
  }

  // Times: each panel's entries in the given order, on its earliest free slots.
  const placements: Placement[] = [];
  seated.forEach((panel, p) => {
    const free = times.filter((t) => !taken[p]!.has(t));
    [...members[p]!]
      .sort((a, b) => a - b)
      .forEach((e, k) => {
        placements.push({ entryId: entries[e]!.id, panelId: panel.id, time: free[k]! });
      });
  });
  placements.sort((a, b) => a.time - b.time || index.get(a.panelId)! - index.get(b.panelId)!);
  const order2 = new Map(entries.map((e, i) => [e.id, i]));
  unplaced.sort((a, b) => order2.get(a.entryId)! - order2.get(b.entryId)!);
  return { placements, unplaced };
}

type Move = { entry: number; from: number; to: number };

/** Breadth-first over panels: from the entry's full panels to one with room, through entries placed this run. */
function freeingPath(starts: number[], allowed: number[][], members: number[][], capacity: number[]): Move[] | null {
  const via = new Map<number, Move | null>(starts.map((p) => [p, null]));
  const queue = [...starts];
  while (queue.length) {
    const from = queue.shift()!;
    for (const entry of members[from]!) {
      for (const to of allowed[entry]!) {
        if (via.has(to)) continue;
        via.set(to, { entry, from, to });
        if (members[to]!.length < capacity[to]!) {
          const moves: Move[] = [];
          for (let m = via.get(to); m; m = via.get(m.from)) moves.unshift(m);
          return moves;
        }
        queue.push(to);
      }
    }
  }
  return null;
}
