import type { ActionResult } from "@/lib/actions/action";
import type { DomainErrorCode } from "@/lib/errors";
import type { SaveOutcome } from "@/lib/proposals/schemas";

/**
 * Autosave of one section through `PUT /api/usulan/[id]/bagian/[sectionId]`: the path `npm run bench:autosave`
 * measures, and lighter per save than a server action. The answer reads like an action's, so the autosave hook
 * treats both alike; a network failure throws and the hook tries again.
 */
export async function saveSection(
  proposalId: string,
  sectionId: string,
  baseVersion: number,
  text: string,
): Promise<ActionResult<SaveOutcome<string>>> {
  const response = await fetch(
    `/api/usulan/${encodeURIComponent(proposalId)}/bagian/${encodeURIComponent(sectionId)}`,
    {
      method: "PUT",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ baseVersion, text }),
      credentials: "same-origin",
    },
  );
  const body = (await response.json().catch(() => null)) as
    (SaveOutcome<string> & { ok?: undefined }) | { ok: false; error?: string; code?: DomainErrorCode } | null;
  if (!body) throw new Error(`autosave: HTTP ${response.status}`);
  // A conflict is an ordinary answer (409 with saved: false), like the action's.
  if ("saved" in body) return { ok: true, data: body };
  if (response.status >= 500) throw new Error(`autosave: HTTP ${response.status}`);
  return { ok: false, error: body.error ?? "Isian tidak tersimpan.", code: body.code };
}
