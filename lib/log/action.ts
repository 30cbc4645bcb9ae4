// One log line per server action call: its name, the outcome (ok, or the refusal code, or error) and the
// duration, under the request id proxy.ts put on the request (it overwrites whatever the browser sent) and
// the actor getActor found.
import { headers } from "next/headers";
import { log } from "./index";
import { currentRequest, requestIdFrom, runWithRequest } from "./context";

type Outcome = { ok: boolean; code?: string };

async function incomingRequestId(): Promise<string | null> {
  try {
    return (await headers()).get("x-request-id");
  } catch {
    return null; // outside a request: tests, scripts
  }
}

export async function withActionLog<R extends Outcome>(name: string, run: () => Promise<R>): Promise<R> {
  const outer = currentRequest();
  const ctx = outer ?? { requestId: requestIdFrom(await incomingRequestId(), true) };
  const started = performance.now();
  return runWithRequest(ctx, async () => {
    const result = await run();
    const outcome = result.ok ? "ok" : (result.code?.toLowerCase() ?? "error");
    log(outcome === "error" ? "error" : "info", "action", {
      serverAction: name,
      outcome,
      ms: Math.round(performance.now() - started),
    });
    return result;
  });
}
