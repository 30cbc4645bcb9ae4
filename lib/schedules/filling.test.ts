import { describe, expect, it } from "vitest";
import { fillSchedule, slotTimes, type FillEntry, type FillPanel } from "./filling";

const at = (hhmm: string, date = "2027-04-19") => new Date(`${date}T${hhmm}:00+07:00`).getTime();
const hhmm = (t: number) => new Date(t + 7 * 3_600_000).toISOString().slice(11, 16);

describe("slotTimes", () => {
  it("cuts each day into presentation + interview slots with the break between, ending by the day's end", () => {
    // 7 + 13 = 20 minutes, 5 minutes break: 08:00, 08:25, 08:50, 09:15 (ends 09:35 ≤ 09:40); 09:40 would end 10:00.
    const times = slotTimes({
      presentationMinutes: 7,
      interviewMinutes: 13,
      breakMinutes: 5,
      days: [
        { date: "2027-04-20", start: "13:00", end: "13:20" },
        { date: "2027-04-19", start: "08:00", end: "09:40" },
      ],
    });
    expect(times.map(hhmm)).toEqual(["08:00", "08:25", "08:50", "09:15", "13:00"]);
    expect(times[0]).toBe(at("08:00"));
    expect(times[4]).toBe(at("13:00", "2027-04-20"));
  });

  it("offers nothing on a day shorter than one slot", () => {
    const s = { presentationMinutes: 7, interviewMinutes: 13, breakMinutes: 0 };
    expect(slotTimes({ ...s, days: [{ date: "2027-04-19", start: "08:00", end: "08:19" }] })).toEqual([]);
  });
});

const panels: FillPanel[] = [
  { id: "A", name: "Ruang A", judgeIds: ["j1", "j2"] },
  { id: "B", name: "Ruang B", judgeIds: ["j3"] },
];
const free = (id: string): FillEntry => ({ id, blockedJudgeIds: [] });
const times = [at("08:00"), at("08:20"), at("08:40")];

describe("fillSchedule", () => {
  it("sends an entry whose judge conflicts to the other panel, balances the rest and keeps time order", () => {
    // e1 conflicts with j2 (Ruang A) → Ruang B. Then e2, e3, e4 go to the emptier room, ties to Ruang A:
    // e2 → A (A 0, B 1), e3 → A? no: A 1, B 1 → A (tie), e4 → B (A 2, B 1). Times in entry order per room.
    const r = fillSchedule({
      times,
      panels,
      entries: [{ id: "e1", blockedJudgeIds: ["j2"] }, free("e2"), free("e3"), free("e4")],
      fixed: [],
    });
    expect(r.unplaced).toEqual([]);
    const where = Object.fromEntries(r.placements.map((p) => [p.entryId, `${p.panelId} ${hhmm(p.time)}`]));
    expect(where).toEqual({ e1: "B 08:00", e2: "A 08:00", e3: "A 08:20", e4: "B 08:20" });
  });

  it("lists the leftover with the reason when there are too few slots", () => {
    const r = fillSchedule({
      times: [at("08:00")],
      panels,
      entries: [free("e1"), free("e2"), free("e3")],
      fixed: [],
    });
    expect(r.placements.map((p) => p.entryId).sort()).toEqual(["e1", "e2"]);
    expect(r.unplaced).toEqual([
      {
        entryId: "e3",
        reason: "Slot di panel yang boleh menilainya (Ruang A, Ruang B) sudah penuh; tambah hari, jam, atau panel.",
      },
    ]);
  });

  it("names the conflicted judges of every panel when no panel may judge an entry", () => {
    const r = fillSchedule({
      times,
      panels,
      entries: [{ id: "e1", blockedJudgeIds: ["j1", "j3"] }],
      fixed: [],
      judgeNames: { j1: "Dr. Ratna", j3: "Prof. Bambang" },
    });
    expect(r.placements).toEqual([]);
    expect(r.unplaced[0]!.reason).toBe(
      "Setiap panel memuat juri yang berkonflik dengan usulan ini (Ruang A: Dr. Ratna; Ruang B: Prof. Bambang).",
    );
  });

  it("keeps fixed placements and fills the earliest free slots around them", () => {
    const r = fillSchedule({
      times,
      panels,
      entries: [free("e2"), free("e3")],
      fixed: [{ entryId: "e1", panelId: "A", time: at("08:00") }],
    });
    // Ruang A already holds one, so e2 goes to Ruang B; then a tie (1–1) goes to Ruang A at its first free time.
    const where = Object.fromEntries(r.placements.map((p) => [p.entryId, `${p.panelId} ${hhmm(p.time)}`]));
    expect(where).toEqual({ e2: "B 08:00", e3: "A 08:20" });
  });

  it("ignores panels without judges and says so when none has any", () => {
    const r = fillSchedule({
      times,
      panels: [{ id: "A", name: "Ruang A", judgeIds: [] }],
      entries: [free("e1")],
      fixed: [],
    });
    expect(r.unplaced[0]!.reason).toBe("Belum ada panel (ruang) yang memiliki juri.");
    const none = fillSchedule({ times: [], panels, entries: [free("e1")], fixed: [] });
    expect(none.unplaced[0]!.reason).toMatch(/Belum ada hari dan jam presentasi/);
  });

  it("places as many entries as any assignment could (brute force on small seeded cases), never on a conflicted panel", () => {
    let seed = 7;
    const rand = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    for (let run = 0; run < 200; run++) {
      const P = 2 + Math.floor(rand() * 2);
      const T = 1 + Math.floor(rand() * 2);
      const E = 2 + Math.floor(rand() * 5);
      const ps: FillPanel[] = Array.from({ length: P }, (_, p) => ({
        id: `P${p}`,
        name: `P${p}`,
        judgeIds: [`j${p}`],
      }));
      const es: FillEntry[] = Array.from({ length: E }, (_, e) => ({
        id: `e${e}`,
        blockedJudgeIds: ps.flatMap((p) => (rand() < 0.4 ? p.judgeIds : [])),
      }));
      const ts = Array.from({ length: T }, (_, t) => at("08:00") + t * 1_200_000);
      const r = fillSchedule({ times: ts, panels: ps, entries: es, fixed: [] });
      // Brute force: each entry to a panel it may use or nowhere, panels holding at most T.
      let best = 0;
      const counts = new Array<number>(P).fill(0);
      const go = (e: number, placed: number) => {
        if (e === E) return void (best = Math.max(best, placed));
        go(e + 1, placed);
        for (let p = 0; p < P; p++) {
          if (es[e]!.blockedJudgeIds.includes(`j${p}`) || counts[p]! >= T) continue;
          counts[p]!++;
          go(e + 1, placed + 1);
          counts[p]!--;
        }
      };
      go(0, 0);
      expect(r.placements.length).toBe(best);
      expect(r.placements.length + r.unplaced.length).toBe(E);
      for (const pl of r.placements) {
        expect(es.find((e) => e.id === pl.entryId)!.blockedJudgeIds).not.toContain(`j${pl.panelId.slice(1)}`);
      }
      const slots = new Set(r.placements.map((pl) => `${pl.panelId}@${pl.time}`));
      expect(slots.size).toBe(r.placements.length);
    }
  });
});
