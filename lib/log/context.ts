// Who and which request a log line belongs to, carried through async calls: the route wrapper and the
// server action chain open it; getActor (lib/auth/session.ts) fills in the actor once it is known.
import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";

export type RequestContext = { requestId: string; actorId?: string | null };

const storage = new AsyncLocalStorage<RequestContext>();

export function currentRequest(): RequestContext | undefined {
  return storage.getStore();
}

export function runWithRequest<T>(ctx: RequestContext, fn: () => T): T {
  return storage.run(ctx, fn);
}

/** Records the signed-in user's id for the rest of the request's log lines. */
export function noteActor(actorId: string | null): void {
  const ctx = storage.getStore();
  if (ctx) ctx.actorId = actorId;
}

// What a reverse proxy may hand us (nginx `$request_id` is 32 hex characters); anything else is replaced.
const REQUEST_ID = /^[A-Za-z0-9._-]{8,128}$/;

/**
 * The incoming X-Request-Id when it looks like one and comes from someone we trust — our own reverse proxy
 * (TRUST_PROXY set), or proxy.ts for a server action — otherwise a fresh one.
 */
export function requestIdFrom(header: string | null | undefined, trusted = !!process.env.TRUST_PROXY): string {
  return trusted && header && REQUEST_ID.test(header) ? header : randomUUID();
}
