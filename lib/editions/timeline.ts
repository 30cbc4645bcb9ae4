// The edition's timeline must read in one order: registration opens < registration closes ≤ round 1 starts <
// round 1 ends ≤ round 2 starts < … < announcement. Pure (dates already parsed), so the form's schema refinement
// — the same on the client and on the server — and its tests share it. Unset dates are skipped: a draft edition
// may be half planned, and each set date is compared with the latest set date before it.

export type TimelineInput = {
  registrationOpensAt: Date | null;
  registrationClosesAt: Date | null;
  rounds: { name: string; opensAt: Date | null; closesAt: Date | null }[];
  announcementAt: Date | null;
};

export type TimelineIssue = { path: (string | number)[]; message: string };

type Point = {
  path: (string | number)[];
  at: Date | null;
  /** What the field is, as the subject of the message. */
  label: string;
  /** What happens at this moment, as what a later field must follow. */
  event: string;
  /** Must be strictly after the previous point (a window's end after its start, the announcement after all). */
  strict: boolean;
};

function pointsOf(t: TimelineInput): Point[] {
  const points: Point[] = [
    {
      path: ["registrationOpensAt"],
      at: t.registrationOpensAt,
      label: "Pembukaan pendaftaran",
      event: "pendaftaran dibuka",
      strict: true,
    },
    {
      path: ["registrationClosesAt"],
      at: t.registrationClosesAt,
      label: "Penutupan pendaftaran",
      event: "pendaftaran ditutup",
      strict: true,
    },
  ];
  t.rounds.forEach((r, i) => {
    const name = r.name.trim() || `Babak ${i + 1}`;
    points.push(
      {
        path: ["rounds", i, "opensAt"],
        at: r.opensAt,
        label: `Mulai ${name}`,
        event: `${name} dimulai`,
        strict: false,
      },
      {
        path: ["rounds", i, "closesAt"],
        at: r.closesAt,
        label: `Akhir ${name}`,
        event: `${name} berakhir`,
        strict: true,
      },
    );
  });
  points.push({
    path: ["announcementAt"],
    at: t.announcementAt,
    label: "Pengumuman",
    event: "pengumuman",
    strict: true,
  });
  return points;
}

function messageFor(point: Point, floor: Point): string {
  // Kept word for word from the earlier per-window checks, which people and tests already know.
  if (point.path[0] === "registrationClosesAt" && floor.path[0] === "registrationOpensAt")
    return "Pendaftaran harus ditutup setelah dibuka.";
  if (point.path[2] === "closesAt" && floor.path[1] === point.path[1]) return "Waktu tutup harus setelah waktu buka.";
  if (point.path[0] === "announcementAt") return `Pengumuman harus setelah ${floor.event}.`;
  return point.strict
    ? `${point.label} harus setelah ${floor.event}.`
    : `${point.label} tidak boleh sebelum ${floor.event}.`;
}

/** Every date that breaks the order, on its own field, with the moment it must follow. */
export function timelineIssues(t: TimelineInput): TimelineIssue[] {
  const issues: TimelineIssue[] = [];
  let floor: Point | null = null;
  for (const point of pointsOf(t)) {
    if (!point.at) continue;
    if (floor?.at) {
      const ok = point.strict ? point.at > floor.at : point.at >= floor.at;
      if (!ok) {
        issues.push({ path: point.path, message: messageFor(point, floor) });
        // A wrong date does not move the floor: one early round is one error, not a cascade on every later field.
        continue;
      }
    }
    floor = point;
  }
  return issues;
}
