import { describe, expect, it } from "vitest";
import { timelineIssues, type TimelineInput } from "./timeline";

const d = (day: number) => new Date(Date.UTC(2027, 0, day, 3));
const round1 = { name: "Babak 1", opensAt: d(10), closesAt: d(15) };
const round2 = { name: "Babak 2", opensAt: d(16), closesAt: d(20) };
const good: TimelineInput = {
  registrationOpensAt: d(1),
  registrationClosesAt: d(10),
  rounds: [round1, round2],
  announcementAt: d(25),
};

describe("timelineIssues", () => {
  it("accepts a timeline in order, a round may start the moment the previous step ends", () => {
    expect(timelineIssues(good)).toEqual([]);
  });

  it("refuses a first round that starts before registration closes, on that field", () => {
    const t = { ...good, rounds: [{ ...round1, opensAt: d(5) }, round2] };
    expect(timelineIssues(t)).toEqual([
      { path: ["rounds", 0, "opensAt"], message: "Mulai Babak 1 tidak boleh sebelum pendaftaran ditutup." },
    ]);
  });

  it("refuses overlapping rounds and an announcement before the last round ends", () => {
    const t = { ...good, rounds: [round1, { ...round2, opensAt: d(14) }], announcementAt: d(18) };
    expect(timelineIssues(t)).toEqual([
      { path: ["rounds", 1, "opensAt"], message: "Mulai Babak 2 tidak boleh sebelum Babak 1 berakhir." },
      { path: ["announcementAt"], message: "Pengumuman harus setelah Babak 2 berakhir." },
    ]);
  });

  it("keeps the known messages for a window that ends before it starts", () => {
    const t = {
      ...good,
      registrationClosesAt: d(1),
      rounds: [{ name: "Babak 1", opensAt: d(12), closesAt: d(11) }],
      announcementAt: null,
    };
    expect(timelineIssues(t)).toEqual([
      { path: ["registrationClosesAt"], message: "Pendaftaran harus ditutup setelah dibuka." },
      { path: ["rounds", 0, "closesAt"], message: "Waktu tutup harus setelah waktu buka." },
    ]);
  });

  it("skips unset dates and compares with the latest set one", () => {
    const t = {
      registrationOpensAt: null,
      registrationClosesAt: d(10),
      rounds: [{ name: "Final", opensAt: null, closesAt: d(9) }],
      announcementAt: null,
    };
    expect(timelineIssues(t)).toEqual([
      { path: ["rounds", 0, "closesAt"], message: "Akhir Final harus setelah pendaftaran ditutup." },
    ]);
  });
});
