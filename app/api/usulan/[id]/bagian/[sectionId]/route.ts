import { errorResponse } from "@/lib/http/responses";
import type { Actor } from "@/lib/auth/permissions";
import { getActor } from "@/lib/auth/session";
import { DomainError } from "@/lib/errors";
import { saveAnswerSchema } from "@/lib/proposals/schemas";
import { prefetchAccess } from "@/lib/proposals/access";
import { saveAnswer } from "@/lib/proposals/answers";
import { refuseCrossOrigin } from "@/lib/http/same-origin";
import { loggedRoute } from "@/lib/log/route";

export const dynamic = "force-dynamic";

// Autosave of one section as plain HTTP: usable with `fetch(..., { keepalive: true })` when the page is being
// closed, and by the autosave benchmark. Same service, checks and conflict rules as the server action.
async function handlePut(request: Request, { params }: { params: Promise<{ id: string; sectionId: string }> }) {
  const refused = refuseCrossOrigin(request);
  if (refused) return refused;
  let actor: Actor | null | undefined;
  try {
    const { id, sectionId } = await params;
    // The proposal is read while the session is checked; saveAnswer checks it against the actor before use.
    const access = prefetchAccess(id);
    actor = await getActor();
    if (!actor) throw new DomainError("UNAUTHENTICATED", "Sesi Anda telah berakhir. Silakan masuk kembali.");
    const body = (await request.json().catch(() => null)) as { baseVersion?: unknown; text?: unknown } | null;
    const parsed = saveAnswerSchema.safeParse({
      proposalId: id,
      sectionId,
      baseVersion: body?.baseVersion,
      text: body?.text,
    });
    if (!parsed.success) throw new DomainError("INVALID", "Isian tidak valid.");
    const outcome = await saveAnswer(actor, parsed.data, new Date(), access);
    return Response.json(outcome, { status: outcome.saved ? 200 : 409 });
  } catch (e) {
    // Over the word limit or past the deadline is what autosave meets in normal use, every few seconds while
    // someone types: answered, not audited. Refusals of permission still are.
    return errorResponse(e, "usulan.bagian.simpan", { actor, unaudited: ["INVALID", "DEADLINE"] });
  }
}

export const PUT = loggedRoute("usulan.bagian.simpan", handlePut);
