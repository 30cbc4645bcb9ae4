// A stand-in for the server in the results crash test (tests/integration/crash-safety-results.test.ts): once
// loaded it says "ready", reads a line of result ids on stdin, confirms them one after another through the same
// service the route handler calls (a minutes PDF streamed in chunks), and says when each begins and commits.
// The test kills it with SIGKILL at a random moment. Run with `node --import tsx --conditions=react-server`.
import { once } from "node:events";
import readline from "node:readline";
import { loadActor } from "@/lib/auth/session";
import { DomainError } from "@/lib/errors";
import { confirmResult } from "@/lib/results/confirmation";

/** A minutes PDF of about 256 KB, sent in 16 KB chunks like a browser upload. */
async function* minutesPdf(): AsyncGenerator<Uint8Array> {
  yield Buffer.from("%PDF-1.4\n");
  for (let i = 0; i < 16; i++) yield Buffer.alloc(16 * 1024, 0x20);
  yield Buffer.from("\n%%EOF\n");
}

async function main() {
  const actor = await loadActor(process.argv[2]!);
  if (!actor) throw new Error(`no actor ${process.argv[2]}`);
  const input = readline.createInterface({ input: process.stdin });
  process.stdout.write("ready\n");
  const [line] = (await once(input, "line")) as [string];
  input.close();
  for (const resultId of line.split(" ").filter(Boolean)) {
    process.stdout.write(`begin ${resultId}\n`);
    try {
      await confirmResult(actor, { resultId, fileName: "berita-acara.pdf", body: minutesPdf() });
      process.stdout.write(`done ${resultId}\n`);
    } catch (e) {
      if (!(e instanceof DomainError)) throw e;
      process.stdout.write(`refused ${resultId} ${e.code}\n`);
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
