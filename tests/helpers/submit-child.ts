// A stand-in for the server process in the crash test (tests/integration/crash-safety.test.ts): once loaded it
// says "ready", reads a line of proposal ids on stdin, submits them to the province one after another through
// the same service the server action calls, and says on stdout when each submission begins and when it has
// committed. The test kills it with SIGKILL at a random moment. Run with `tsx --conditions=react-server` and
// DATABASE_URL set (node --import tsx: the test must kill this very process).
import { once } from "node:events";
import readline from "node:readline";
import { loadActor } from "@/lib/auth/session";
import { transition } from "@/lib/proposals/workflow";
import { DomainError } from "@/lib/errors";

async function main() {
  const actorId = process.argv[2]!;
  const actor = await loadActor(actorId);
  if (!actor) throw new Error(`no actor ${actorId}`);
  const input = readline.createInterface({ input: process.stdin });
  process.stdout.write("ready\n");
  const [line] = (await once(input, "line")) as [string];
  input.close();
  const proposalIds = line.split(" ").filter(Boolean);
  for (const proposalId of proposalIds) {
    process.stdout.write(`begin ${proposalId}\n`);
    try {
      await transition(actor, { proposalId }, "submitToProvince");
      process.stdout.write(`done ${proposalId}\n`);
    } catch (e) {
      if (!(e instanceof DomainError)) throw e;
      process.stdout.write(`refused ${proposalId} ${e.code}\n`);
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
