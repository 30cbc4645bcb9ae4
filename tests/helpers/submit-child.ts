// A stand-in for the server process in the crash test (tests/integration/crash-safety.test.ts): once loaded it
// says "ready", reads a line of ids on stdin, submits them one after another through the same service the
// server action calls, and says on stdout when each submission begins and when it has committed. The test
// kills it with SIGKILL at a random moment. Run with `tsx --conditions=react-server` and DATABASE_URL set
// (node --import tsx: the test must kill this very process). Arguments: what to submit and as whom —
//   proposal <actorId>               ids are proposals, sent to the province (`transition`)
//   score-sheet <actorId> <roundId>  ids are proposals whose version-1 score sheet the judge submits
//   result <actorId>                 ids are draft result versions the admin confirms (minutes PDF streamed)
import { once } from "node:events";
import readline from "node:readline";
import { loadActor } from "@/lib/auth/session";
import type { Actor } from "@/lib/auth/permissions";
import { DomainError } from "@/lib/errors";
import { submitSheet } from "@/lib/judging/scores";
import { transition } from "@/lib/proposals/workflow";
import { confirmResult } from "@/lib/results/confirmation";

/** A minutes PDF of about 256 KB, sent in 16 KB chunks like a browser upload. */
async function* minutesPdf(): AsyncGenerator<Uint8Array> {
  yield Buffer.from("%PDF-1.4\n");
  for (let i = 0; i < 16; i++) yield Buffer.alloc(16 * 1024, 0x20);
  yield Buffer.from("\n%%EOF\n");
}

const submitters: Record<string, (actor: Actor, id: string, extra: string[]) => Promise<unknown>> = {
  proposal: (actor, proposalId) => transition(actor, { proposalId }, "submitToProvince"),
  "score-sheet": (actor, proposalId, [roundId]) => submitSheet(actor, { roundId: roundId!, proposalId, version: 1 }),
  result: (actor, resultId) => confirmResult(actor, { resultId, fileName: "berita-acara.pdf", body: minutesPdf() }),
};

async function main() {
  const [kind, actorId, ...extra] = process.argv.slice(2);
  const submit = submitters[kind!];
  if (!submit) throw new Error(`unknown kind ${kind}`);
  const actor = await loadActor(actorId!);
  if (!actor) throw new Error(`no actor ${actorId}`);
  const input = readline.createInterface({ input: process.stdin });
  process.stdout.write("ready\n");
  const [line] = (await once(input, "line")) as [string];
  input.close();
  for (const id of line.split(" ").filter(Boolean)) {
    process.stdout.write(`begin ${id}\n`);
    try {
      await submit(actor, id, extra);
      process.stdout.write(`done ${id}\n`);
    } catch (e) {
      if (!(e instanceof DomainError)) throw e;
      process.stdout.write(`refused ${id} ${e.code}\n`);
    }
  }
  process.stdout.write("finished\n");
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
