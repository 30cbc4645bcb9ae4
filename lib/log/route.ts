// Every route handler runs through `loggedRoute`: it opens the request context (the id from a trusted
// reverse proxy's X-Request-Id, or a new one), answers with that id in X-Request-Id so a user can quote it to
// the helpdesk, and writes one line per request: route, method, status, duration, actor. Never the query
// string or the body (they can carry tokens and personal data).
import { GENERIC_ERROR_MESSAGE } from "@/lib/errors";
import { log, logError } from "./index";
import { requestIdFrom, runWithRequest, type RequestContext } from "./context";

type Handler<C> = (request: Request, context: C) => Promise<Response>;
// Optional, like Next's own call sites allow: tests call a handler that needs neither without them.
type Logged<C> = (request?: Request, context?: C) => Promise<Response>;

export function loggedRoute<C>(route: string, handler: Handler<C>, options: { quiet?: boolean } = {}): Logged<C> {
  return async (request, context) => {
    const ctx: RequestContext = { requestId: requestIdFrom(request?.headers.get("x-request-id")) };
    const started = performance.now();
    return runWithRequest(ctx, async () => {
      let response: Response;
      try {
        response = await handler(request as Request, context as C);
      } catch (e) {
        // Next's own control flow (notFound, redirect) is rethrown untouched; it is not an error of ours.
        if (e && typeof e === "object" && "digest" in e) throw e;
        logError(route, e);
        response = Response.json({ ok: false, error: GENERIC_ERROR_MESSAGE }, { status: 500 });
      }
      try {
        response.headers.set("x-request-id", ctx.requestId);
      } catch {
        // Immutable headers (a redirect built elsewhere): the log line still has the id.
      }
      if (!options.quiet || response.status >= 400) {
        log(response.status >= 500 ? "error" : "info", "request", {
          route,
          method: request?.method,
          status: response.status,
          ms: Math.round(performance.now() - started),
        });
      }
      return response;
    });
  };
}
