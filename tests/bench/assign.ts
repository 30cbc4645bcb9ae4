// npm run bench:assign — the automatic assignment at the size of a large edition: 5,000 entries, 50 judges,
// 3 judges per entry, 5 % of judge–entry pairs conflicted, load caps on a fifth of the judges. Measures the
// solver alone, the preview (database read + solver) and the commit (re-read, re-solve, 15,000 rows, one mail
// per judge, audit) on a PostgreSQL server (a throwaway database on BENCH_DATABASE_URL or TEST_DATABASE_URL),
// beside a greedy round-robin baseline on the same data. Target: solver under 2 s, every entry covered, load
// spread ≤ 1 among uncapped judges.
//
// Options: --entries 5000 --judges 50 --per-entry 3 --conflicts 0.05 --seed 7
import pg from "pg";
import type { Actor } from "@/lib/auth/permissions";
import type { PrismaClient } from "@/lib/db/client";
import { solveAssignment, type SolverInput } from "@/lib/judging/assignment-solver";
import { benchDatabase, mulberry32, printBenchResult } from "./shared";

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};
const ENTRIES = Number(opt("entries", "5000"));
const JUDGES = Number(opt("judges", "50"));
const PER_ENTRY = Number(opt("per-entry", "3"));
const CONFLICT_SHARE = Number(opt("conflicts", "0.05"));
const SEED = Number(opt("seed", "7"));

/** The usual hand method: entries in order, each takes the next judges round the table who are free to. */
export function greedyRoundRobin(input: SolverInput): { loads: number[]; short: number } {
  const { entryCount: E, judgeCount: J, perEntry: N, caps, blocked } = input;
  const loads = new Array<number>(J).fill(0);
  let next = 0;
  let short = 0;
  for (let e = 0; e < E; e++) {
    let got = 0;
    for (let k = 0; k < J && got < N; k++) {
      const j = (next + k) % J;
      if (blocked[e * J + j] || loads[j]! >= (caps[j] ?? Infinity)) continue;
      loads[j]!++;
      got++;
      next = (j + 1) % J;
    }
    if (got < N) short++;
  }
  return { loads, short };
}

const spreadOf = (loads: number[], caps: (number | null)[]) => {
  const free = loads.filter((_, j) => caps[j] === null);
  return Math.max(...free) - Math.min(...free);
};

/** Entries, judges (a fifth capped below the fair share), expertise and 5 % conflicted pairs, in bulk. */
async function prepare(db: PrismaClient, url: string) {
  const rnd = mulberry32(SEED);
  const edition = await db.edition.findFirstOrThrow({
    orderBy: { year: "desc" },
    select: { id: true, categories: { select: { id: true } } },
  });
  const round = await db.round.create({
    data: {
      editionId: edition.id,
      order: 90,
      kind: "DESK_EVALUATION",
      name: "Babak uji beban penugasan",
      judgesPerEntry: PER_ENTRY,
      weight: "0.5",
    },
  });
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    await c.query("BEGIN");
    const cats = edition.categories.map((x) => x.id);
    const ids = Array.from({ length: ENTRIES }, (_, i) => `bench-p-${i}`);
    await c.query(
      `INSERT INTO "Innovation" (id, "unitId", name) SELECT 'bench-i-' || g, 'unit-3507-pkm-kepanjen', 'Inovasi uji ' || g FROM generate_series(0, $1::int - 1) g`,
      [ENTRIES],
    );
    await c.query(
      `INSERT INTO "Proposal" (id, "editionId", "innovationId", "unitId", "institutionId", title, status, "categoryId", sdgs, "updatedAt")
       SELECT 'bench-p-' || g, $2, 'bench-i-' || g, 'unit-3507-pkm-kepanjen', 'unit-35-07', 'Usulan uji ' || g, 'PASSED',
              ($3::text[])[1 + (g % array_length($3::text[], 1))], '{}', now()
       FROM generate_series(0, $1::int - 1) g`,
      [ENTRIES, edition.id, cats],
    );
    await c.query(`INSERT INTO "RoundEntry" ("roundId", "proposalId") SELECT $1, unnest($2::text[])`, [round.id, ids]);
    const judgeIds = Array.from({ length: JUDGES }, (_, j) => `bench-j-${j}`);
    await c.query(
      `INSERT INTO "User" (id, email, name, status, "updatedAt") SELECT id, id || '@juri.test', 'Juri ' || id, 'ACTIVE', now() FROM unnest($1::text[]) id`,
      [judgeIds],
    );
    const fair = Math.floor((ENTRIES * PER_ENTRY) / JUDGES);
    const caps = judgeIds.map((_, j) => (j % 5 === 0 ? Math.floor(fair * 0.8) : null));
    await c.query(
      `INSERT INTO "JudgeAppointment" (id, "roundId", "userId", "loadCap") SELECT 'bench-a-' || u, $1, u, cap FROM unnest($2::text[], $3::int[]) AS t(u, cap)`,
      [round.id, judgeIds, caps],
    );
    const conflictJudge: string[] = [];
    const conflictProposal: string[] = [];
    for (let e = 0; e < ENTRIES; e++) {
      for (let j = 0; j < JUDGES; j++) {
        if (rnd() < CONFLICT_SHARE) {
          conflictJudge.push(judgeIds[j]!);
          conflictProposal.push(ids[e]!);
        }
      }
    }
    await c.query(
      `INSERT INTO "Conflict" (id, "editionId", "judgeId", "proposalId", source, reason)
       SELECT 'bench-c-' || ord, $1, j, p, 'ADMIN', 'Konflik uji beban' FROM unnest($2::text[], $3::text[]) WITH ORDINALITY AS t(j, p, ord)`,
      [edition.id, conflictJudge, conflictProposal],
    );
    await c.query("COMMIT");
    // Expertise: one or two categories per judge.
    for (const [j, id] of judgeIds.entries()) {
      const mine = [cats[j % cats.length]!, ...(rnd() < 0.5 ? [cats[(j + 1) % cats.length]!] : [])];
      await db.judgeAppointment.update({
        where: { id: `bench-a-${id}` },
        data: { expertise: { connect: mine.map((x) => ({ id: x })) } },
      });
    }
    return { roundId: round.id, conflicts: conflictJudge.length, caps };
  } finally {
    await c.end();
  }
}

async function main() {
  const { db, url, fsync, close } = await benchDatabase("assign");
  try {
    const setup = await prepare(db, url);
    console.log(
      `${ENTRIES} usulan, ${JUDGES} juri (batas beban pada ${setup.caps.filter((x) => x !== null).length}), N = ${PER_ENTRY}, ${setup.conflicts} pasangan berkonflik (${((100 * setup.conflicts) / (ENTRIES * JUDGES)).toFixed(1)} %)`,
    );

    const { previewAssignment, commitAssignment } = await import("@/lib/judging/assignments");
    const actor: Actor = {
      id: "user-admin",
      email: "admin@kovablik.test",
      name: "Admin",
      isAdmin: true,
      roles: ["ADMIN"],
      memberships: [],
    };

    const t0 = performance.now();
    const preview = await previewAssignment(actor, setup.roundId);
    const previewMs = performance.now() - t0;

    // The solver alone on the same input, and the baseline, from the matrix the service builds.
    const input = await problemInput(db, setup.roundId);
    const t1 = performance.now();
    const solved = solveAssignment(input);
    const solveMs = performance.now() - t1;
    const t2 = performance.now();
    const greedy = greedyRoundRobin(input);
    const greedyMs = performance.now() - t2;

    const t3 = performance.now();
    const committed = await commitAssignment(actor, { roundId: setup.roundId, basis: preview.basis });
    const commitMs = performance.now() - t3;

    const violations = await db.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM "Assignment" a JOIN "Conflict" c ON c."judgeId" = a."judgeId" AND c."proposalId" = a."proposalId" AND c."liftedAt" IS NULL
      WHERE a."roundId" = ${setup.roundId} AND a.state = 'ASSIGNED'`;
    const rows = await db.assignment.count({ where: { roundId: setup.roundId, state: "ASSIGNED" } });

    const flowSpread = spreadOf(solved.loads, input.caps);
    const greedySpread = spreadOf(greedy.loads, input.caps);
    console.table([
      {
        metode: "min-cost flow (portal)",
        "hitung (ms)": Math.round(solveMs),
        "pratinjau DB+hitung (ms)": Math.round(previewMs),
        "simpan (ms)": Math.round(commitMs),
        "usulan lengkap": ENTRIES - solved.uncovered.length,
        "selisih beban": flowSpread,
        "beban min–maks": `${Math.min(...solved.loads.filter((_, j) => input.caps[j] === null))}–${Math.max(...solved.loads)}`,
        komponen: solved.components,
        "sesuai keahlian": solved.expertMatches,
      },
      {
        metode: "greedy round-robin",
        "hitung (ms)": Math.round(greedyMs),
        "pratinjau DB+hitung (ms)": "-",
        "simpan (ms)": "-",
        "usulan lengkap": ENTRIES - greedy.short,
        "selisih beban": greedySpread,
        "beban min–maks": `${Math.min(...greedy.loads.filter((_, j) => input.caps[j] === null))}–${Math.max(...greedy.loads)}`,
        komponen: "-",
        "sesuai keahlian": "-",
      },
    ]);
    console.log(
      `Rasio selisih beban greedy/portal: ${flowSpread === 0 ? `${greedySpread} : 0` : (greedySpread / flowSpread).toFixed(1)}; rasio waktu hitung portal/greedy: ${(solveMs / Math.max(greedyMs, 0.01)).toFixed(0)}×`,
    );
    console.log(
      `Tersimpan ${rows} penugasan (${committed.newCount} baru), pasangan berkonflik: ${Number(violations[0]?.n ?? 0)}`,
    );
    const ok =
      solveMs < 2000 &&
      solved.uncovered.length === 0 &&
      flowSpread <= 1 &&
      Number(violations[0]?.n ?? 0) === 0 &&
      rows === ENTRIES * PER_ENTRY;
    console.log(
      `Target (hitung < 2 s, semua usulan lengkap, selisih beban ≤ 1, tanpa konflik): ${ok ? "TERCAPAI" : "BELUM"}`,
    );
    const conflicted = Number(violations[0]?.n ?? 0);
    const size = `${ENTRIES} entries, ${JUDGES} judges, ${PER_ENTRY} per entry`;
    printBenchResult([
      {
        what: `Assignment solver, ${size}`,
        figure: `${Math.round(solveMs)} ms`,
        target: "< 2,000 ms",
        pass: solveMs < 2000,
      },
      {
        what: `Assignment preview (DB read + solver) / commit, ${size} (fsync=${fsync})`,
        figure: `${Math.round(previewMs)} ms / ${Math.round(commitMs)} ms`,
        target: "— (reported)",
        pass: true,
      },
      {
        what: "Assignment quality: entries fully covered, load spread (uncapped), conflicted pairs, rows saved",
        figure: `${ENTRIES - solved.uncovered.length}/${ENTRIES}, spread ${flowSpread} (greedy ${greedySpread}), ${conflicted}, ${rows}`,
        target: `all covered, spread ≤ 1, 0 conflicted, ${ENTRIES * PER_ENTRY} rows`,
        pass: solved.uncovered.length === 0 && flowSpread <= 1 && conflicted === 0 && rows === ENTRIES * PER_ENTRY,
      },
    ]);
    process.exitCode = ok ? 0 : 1;
  } finally {
    await close();
  }
}

/** The solver's input for a round, built the way the service builds it (through the preview's own reader). */
async function problemInput(db: PrismaClient, roundId: string): Promise<SolverInput> {
  const { assignmentProblem } = await import("@/lib/judging/assignments");
  return db.$transaction((tx) => assignmentProblem(tx, roundId), { timeout: 60_000 });
}

void main();
