// npm run bench:ranking — a round's ranking at the size of a large edition: 5,000 entries × 3 judges × 6
// criteria (15,000 submitted sheets, 90,000 scores), one judge of 30 two points harsher than the rest. Measures
// the portal's ranking (sheets read, per-judge normalisation with its guard, tie-break, divergence) side by side
// with the floor: a hand-written SQL aggregate of the raw weighted mean on the same data, on the same server.
// Target: the portal within 1.5× the floor and under 300 ms (median of the runs, after a warm-up).
//
// Options: --entries 5000 --judges 30 --runs 15 --seed 11
import pg from "pg";
import type { PrismaClient } from "@/lib/db/client";
import { benchDatabase, median, mulberry32, printBenchResult } from "./shared";

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};
const ENTRIES = Number(opt("entries", "5000"));
const JUDGES = Number(opt("judges", "30"));
const RUNS = Number(opt("runs", "21"));
const SEED = Number(opt("seed", "11"));
const PER_ENTRY = 3;
const WEIGHTS = [25, 20, 20, 15, 10, 10];

/** A round with its rubric, entries, assignments (judge rotation: a connected design) and submitted sheets. */
async function prepare(db: PrismaClient, url: string) {
  const rnd = mulberry32(SEED);
  const edition = await db.edition.findFirstOrThrow({ orderBy: { year: "desc" }, select: { id: true } });
  const round = await db.round.create({
    data: {
      editionId: edition.id,
      order: 91,
      kind: "DESK_EVALUATION",
      name: "Babak uji beban peringkat",
      weight: "0.5",
      normalisation: "Z_SCORE",
      criteria: {
        create: WEIGHTS.map((w, i) => ({
          order: i + 1,
          name: `Kriteria ${i + 1}`,
          weight: w,
          scaleMin: 1,
          scaleMax: 10,
        })),
      },
    },
    include: { criteria: { orderBy: { order: "asc" } } },
  });
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    await c.query("BEGIN");
    await c.query(
      `INSERT INTO "Innovation" (id, "unitId", name) SELECT 'rb-i-' || g, 'unit-3507-pkm-kepanjen', 'Inovasi uji ' || g FROM generate_series(0, $1::int - 1) g`,
      [ENTRIES],
    );
    await c.query(
      `INSERT INTO "Proposal" (id, "editionId", "innovationId", "unitId", "institutionId", title, status, sdgs, "submittedAt", "updatedAt")
       SELECT 'rb-p-' || g, $2, 'rb-i-' || g, 'unit-3507-pkm-kepanjen', 'unit-35-07', 'Usulan uji ' || g, 'PASSED', '{}',
              now() - g * interval '1 minute', now()
       FROM generate_series(0, $1::int - 1) g`,
      [ENTRIES, edition.id],
    );
    await c.query(
      `INSERT INTO "RoundEntry" ("roundId", "proposalId") SELECT $1, 'rb-p-' || g FROM generate_series(0, $2::int - 1) g`,
      [round.id, ENTRIES],
    );
    const judgeIds = Array.from({ length: JUDGES }, (_, j) => `rb-j-${j}`);
    await c.query(
      `INSERT INTO "User" (id, email, name, status, "updatedAt") SELECT id, id || '@juri.test', 'Juri ' || id, 'ACTIVE', now() FROM unnest($1::text[]) id`,
      [judgeIds],
    );
    await c.query(
      `INSERT INTO "JudgeAppointment" (id, "roundId", "userId", "declarationSignedAt") SELECT 'rb-a-' || u, $1, u, now() FROM unnest($2::text[]) u`,
      [round.id, judgeIds],
    );
    // Entry e is scored by judges e, e+1, e+2 (mod J): every judge shares entries with the next, so connected.
    const aId: string[] = [];
    const aProposal: string[] = [];
    const aJudge: string[] = [];
    const sTotal: number[] = [];
    const scProposal: string[] = [];
    const scJudge: string[] = [];
    const scCriterion: string[] = [];
    const scValue: number[] = [];
    for (let e = 0; e < ENTRIES; e++) {
      const quality = 3 + rnd() * 6;
      for (let k = 0; k < PER_ENTRY; k++) {
        const j = (e + k) % JUDGES;
        aId.push(`rb-s-${e}-${j}`);
        aProposal.push(`rb-p-${e}`);
        aJudge.push(judgeIds[j]!);
        let total = 0;
        round.criteria.forEach((cr, i) => {
          const harsh = j === 0 ? 2 : 0;
          const v = Math.max(1, Math.min(10, Math.round(quality + rnd() * 2 - 1 - harsh)));
          scProposal.push(`rb-p-${e}`);
          scJudge.push(judgeIds[j]!);
          scCriterion.push(cr.id);
          scValue.push(v);
          total += ((v - 1) / 9) * WEIGHTS[i]!;
        });
        sTotal.push(Math.round(total * 10_000) / 10_000);
      }
    }
    await c.query(
      `INSERT INTO "Assignment" (id, "roundId", "proposalId", "judgeId") SELECT id, $1, p, j FROM unnest($2::text[], $3::text[], $4::text[]) AS t(id, p, j)`,
      [round.id, aId, aProposal, aJudge],
    );
    await c.query(
      `INSERT INTO "ScoreSheet" (id, "assignmentId", state, "weightedTotal", "submittedAt", "updatedAt")
       SELECT id, id, 'SUBMITTED', t, now(), now() FROM unnest($1::text[], $2::numeric[]) AS x(id, t)`,
      [aId, sTotal],
    );
    await c.query(
      `INSERT INTO "Score" ("sheetId", "criterionId", value)
       SELECT 'rb-s-' || substr(p, 6) || '-' || substr(j, 6), cr, v FROM unnest($1::text[], $2::text[], $3::text[], $4::numeric[]) AS x(p, j, cr, v)`,
      [scProposal, scJudge, scCriterion, scValue],
    );
    await c.query("COMMIT");
    await c.query("ANALYZE");
    return round.id;
  } finally {
    await c.end();
  }
}

async function main() {
  const { db, url, fsync, close } = await benchDatabase("ranking");
  const floorClient = new pg.Client({ connectionString: url });
  try {
    const roundId = await prepare(db, url);
    await floorClient.connect();
    console.log(`${ENTRIES} usulan × ${PER_ENTRY} juri × ${WEIGHTS.length} kriteria, ${JUDGES} juri, ${RUNS} putaran`);

    const { computeRoundRanking } = await import("@/lib/ranking/round-ranking");
    // The floor: the raw weighted mean per entry, ranked, in one SQL statement through a bare pg client.
    const floor = () =>
      floorClient.query(
        `SELECT a."proposalId", avg(s."weightedTotal") AS mean, count(*) AS sheets,
                rank() OVER (ORDER BY avg(s."weightedTotal") DESC) AS rank
         FROM "ScoreSheet" s JOIN "Assignment" a ON a."id" = s."assignmentId"
         WHERE a."roundId" = $1 AND a."state" = 'ASSIGNED' AND s."state" = 'SUBMITTED'
         GROUP BY a."proposalId" ORDER BY mean DESC`,
        [roundId],
      );
    const portal = () => computeRoundRanking(db, roundId);

    await floor();
    await portal();
    const floorMs: number[] = [];
    const portalMs: number[] = [];
    let last: Awaited<ReturnType<typeof portal>> | null = null;
    for (let i = 0; i < RUNS; i++) {
      let t = performance.now();
      const f = await floor();
      floorMs.push(performance.now() - t);
      if (f.rowCount !== ENTRIES) throw new Error(`floor returned ${f.rowCount} rows`);
      t = performance.now();
      last = await portal();
      portalMs.push(performance.now() - t);
    }
    const ranked = last!.entries.filter((e) => e.rank !== null).length;
    const harsh = last!.judges.find((j) => j.judgeId === "rb-j-0");
    const p = median(portalMs);
    const f = median(floorMs);
    console.table([
      {
        apa: "SQL: rata-rata mentah berbobot (lantai)",
        "median (ms)": +f.toFixed(1),
        "min (ms)": +Math.min(...floorMs).toFixed(1),
      },
      {
        apa: "Portal: peringkat + normalisasi",
        "median (ms)": +p.toFixed(1),
        "min (ms)": +Math.min(...portalMs).toFixed(1),
      },
    ]);
    console.log(
      `Metode: ${last!.method}${last!.warning ? ` (${last!.warning})` : ""}; ${ranked} usulan berperingkat; juri keras rb-j-0: selisih ${harsh?.harshness?.toFixed(2)} poin`,
    );
    // Each run times the floor and the portal back to back: their ratio is the fairest figure on a shared machine.
    const pairRatio = median(portalMs.map((x, i) => x / floorMs[i]!));
    const ratio = p / f;
    const complete = ranked === ENTRIES && last!.method === "Z_SCORE";
    const ok = ratio <= 1.5 && p < 300 && complete;
    console.log(
      `Rasio portal/lantai: ${ratio.toFixed(2)}× (median per putaran ${pairRatio.toFixed(2)}×) — target ≤ 1,5× dan < 300 ms: ${ok ? "TERCAPAI" : "BELUM"}`,
    );
    process.exitCode = ok ? 0 : 1;
    printBenchResult([
      {
        what: `bench:ranking — peringkat babak ${ENTRIES} × ${PER_ENTRY} juri × ${WEIGHTS.length} kriteria dengan normalisasi (median, fsync=${fsync})`,
        figure: `${p.toFixed(1)} ms`,
        target: "< 300 ms",
        pass: p < 300 && complete,
      },
      {
        what: "bench:ranking — portal / lantai SQL rata-rata mentah, putaran yang sama",
        figure: `${ratio.toFixed(2)}× (${p.toFixed(1)} / ${f.toFixed(1)} ms)`,
        target: "≤ 1.5×",
        pass: ratio <= 1.5 && complete,
      },
    ]);
  } finally {
    await floorClient.end().catch(() => {});
    await close();
  }
}

void main();
