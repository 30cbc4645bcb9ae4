import "server-only";
import { after } from "next/server";
import { getPrisma } from "@/lib/db";
import { deliverPending } from "./outbox";

/** Sends pending mail after the response has gone out; what fails stays in the outbox for the next try. */
export function deliverSoon(): void {
  try {
    after(async () => {
      await deliverPending(getPrisma()).catch((e: unknown) => console.error("[outbox]", e));
    });
  } catch {
    // Outside a request (tests, scripts) there is no `after`: the message waits in the outbox.
  }
}
