import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { DomainError } from "@/lib/errors";
import { readBody, sendFailure, sendResponse, webRequest, type FrontDoor } from "@/lib/http/front-door";
import { errorResponse } from "@/lib/http/responses";
import { refuseCrossOrigin } from "@/lib/http/same-origin";
import { loggedRoute } from "@/lib/log/route";
import { actorAndAccess } from "./access";
import { saveAnswer } from "./answers";
import { MAX_SECTION_CHARS, saveAnswerSchema } from "./schemas";

// Autosave of one section as plain HTTP (PUT /api/usulan/<id>/bagian/<sectionId>): usable with
// `fetch(..., { keepalive: true })` when the page is being closed, and by the autosave benchmark. Same service,
// checks and conflict rules as the server action. The app route serves it, and each app process's front door
// (lib/http/front-door.ts) calls the very same handler before Next.js's routing: it is the portal's hot path.

type Params = { params: Promise<{ id: string; sectionId: string }> };

/** The address the front door takes straight to `saveSectionRoute`: both ids one path segment each. */
export const SAVE_SECTION_PATH = /^\/api\/usulan\/([^/?#]+)\/bagian\/([^/?#]+)$/;

/** The route's name in the log and the audit of refusals. */
export const SAVE_SECTION_ROUTE = "usulan.bagian.simpan";

/** The handler; the app route and the door each wrap it in `loggedRoute` under SAVE_SECTION_ROUTE. */
export async function handleSaveSection(request: Request, { params }: Params) {
  const refused = refuseCrossOrigin(request);
  if (refused) return refused;
  let actor: Actor | null | undefined;
  try {
    const { id, sectionId } = await params;
    // The proposal is read with the session, in one statement; saveAnswer checks it against the actor.
    const read = await actorAndAccess(request, id);
    actor = read.actor;
    if (!actor) throw new DomainError("UNAUTHENTICATED", "Sesi Anda telah berakhir. Silakan masuk kembali.");
    const body = (await request.json().catch(() => null)) as { baseVersion?: unknown; text?: unknown } | null;
    const parsed = saveAnswerSchema.safeParse({
      proposalId: id,
      sectionId,
      baseVersion: body?.baseVersion,
      text: body?.text,
    });
    if (!parsed.success) throw new DomainError("INVALID", "Isian tidak valid.");
    const outcome = await saveAnswer(actor, parsed.data, new Date(), read.access);
    return Response.json(outcome, { status: outcome.saved ? 200 : 409 });
  } catch (e) {
    // Over the word limit or past the deadline is what autosave meets in normal use, every few seconds while
    // someone types: answered, not audited. Refusals of permission still are.
    return errorResponse(e, SAVE_SECTION_ROUTE, { actor, unaudited: ["INVALID", "DEADLINE"] });
  }
}

const saveSectionRoute = loggedRoute(SAVE_SECTION_ROUTE, handleSaveSection);

// A section's longest text, every character escaped in JSON, with room to spare: anything larger is refused
// before it is read whole.
const MAX_BODY_BYTES = MAX_SECTION_CHARS * 12 + 1024;

/** The front door's path to `saveSectionRoute` (lib/http/front-door.ts): PUT to the exact address only. */
export const saveSectionDoor: FrontDoor = (req, res) => {
  if (req.method !== "PUT") return false;
  const match = SAVE_SECTION_PATH.exec(req.url ?? "");
  if (!match) return false;
  let params: { id: string; sectionId: string };
  try {
    params = { id: decodeURIComponent(match[1]!), sectionId: decodeURIComponent(match[2]!) };
  } catch {
    return false; // a malformed escape: Next.js answers it as it answers any bad address
  }
  void (async () => {
    const body = await readBody(req, MAX_BODY_BYTES);
    if (!body) {
      res.setHeader("connection", "close");
      const message = `Teks terlalu panjang (maksimal ${MAX_SECTION_CHARS.toLocaleString("id-ID")} karakter).`;
      return sendResponse(res, Response.json({ ok: false, error: message, code: "INVALID" }, { status: 413 }));
    }
    const response = await saveSectionRoute(webRequest(req, body), { params: Promise.resolve(params) });
    await sendResponse(res, response);
  })().catch((e: unknown) => sendFailure(res, SAVE_SECTION_ROUTE, e));
  return true;
};
