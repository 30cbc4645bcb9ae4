import fs from "node:fs";
import pg from "pg";

// Time passing, for the one wait a test cannot sit out. The objection window after the finalists' announcement
// lasts whole days (lib/results/objections.ts, announceFinalists), and what is under test is the server's own
// check of that window against its clock (windowOpen, confirmationBlockers): confirmation is refused while the
// window runs and allowed once it has passed. So instead of waiting days, this moves the edition's window into
// the past in the test database — the announcement, the opening and the closing by the same amount, as if the
// days had gone by — and leaves the server's clock and code alone. No route or setting of the portal can do this.

/** Written by scripts/e2e-server.ts: the URL of this run's throwaway database. */
export const E2E_DATABASE_URL_FILE = ".data/e2e-database-url";

/** The objection window of `year` ends a minute ago, as if its days had passed; refuses if none is running. */
export async function letObjectionWindowPass(year: number): Promise<void> {
  const client = new pg.Client({ connectionString: fs.readFileSync(E2E_DATABASE_URL_FILE, "utf8").trim() });
  await client.connect();
  try {
    // Prisma keeps DateTime as UTC in `timestamp without time zone`; `now() AT TIME ZONE 'UTC'` is the same clock.
    const moved = await client.query(
      `WITH shift AS (
         SELECT p."editionId", p."objectionClosesAt" - (now() AT TIME ZONE 'UTC') + interval '1 minute' AS by
         FROM "Publication" p JOIN "Edition" e ON e.id = p."editionId"
         WHERE e.year = $1 AND p."objectionClosesAt" > now() AT TIME ZONE 'UTC'
       )
       UPDATE "Publication" p SET
         "finalistsPublishedAt" = p."finalistsPublishedAt" - shift.by,
         "objectionOpensAt" = p."objectionOpensAt" - shift.by,
         "objectionClosesAt" = p."objectionClosesAt" - shift.by
       FROM shift WHERE p."editionId" = shift."editionId"`,
      [year],
    );
    if (moved.rowCount !== 1) throw new Error(`No running objection window in edition ${year} to let pass.`);
  } finally {
    await client.end();
  }
}
