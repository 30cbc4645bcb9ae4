import "server-only";
import { unstable_rethrow } from "next/navigation";
import { z } from "zod";
import { recordRefusal } from "@/lib/audit/refusals";
import { authorize, type Actor, type Permission } from "@/lib/auth/permissions";
import { getActor } from "@/lib/auth/session";
import { DomainError, GENERIC_ERROR_MESSAGE, type DomainErrorCode } from "@/lib/errors";
import { withActionLog } from "@/lib/log/action";
import { logError } from "@/lib/log";

// The one chain every server action goes through: validate the input with its zod schema, require a
// signed-in, still-active user holding the declared permission, run, and turn failures into a result the
// form can show. Resource-scoped checks (is this unit in the actor's subtree?) happen in the handler after it
// loads the resource's real owner, through the same `authorize`.

export type ActionResult<T = undefined> =
  | { ok: true; data: T; message?: string }
  | { ok: false; error: string; code?: DomainErrorCode; fieldErrors?: Record<string, string[]> };

/** The actor a handler receives: anyone (maybe nobody) for "public", a signed-in actor for any permission. */
export type ActorFor<P extends Permission | "public"> = P extends "public" ? Actor | null : Actor;

export type ActionDefinition<S extends z.ZodType, T, P extends Permission | "public"> = {
  /** Unique name, "feature.verb-object" in kebab-case (e.g. "units.set-active"); the authorisation suite lists every one. */
  name: string;
  schema: S;
  /** Role-level permission checked before the handler runs; "public" for signed-out actions. */
  permission: P;
  handler: (ctx: { actor: ActorFor<P>; input: z.infer<S> }) => Promise<T | ActionOk<T>>;
};

export type ActionOk<T> = { __ok: true; data: T; message: string };
export const okWith = <T>(data: T, message: string): ActionOk<T> => ({ __ok: true, data, message });

export type RegisteredAction = ((input: unknown) => Promise<ActionResult<unknown>>) & {
  actionName: string;
  permission: Permission | "public";
};

export function zodFieldErrors(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

export function toActionError(
  e: unknown,
  name: string,
): { ok: false; error: string; code?: DomainErrorCode; fieldErrors?: Record<string, string[]> } {
  if (e instanceof DomainError) return { ok: false, error: e.message, code: e.code, fieldErrors: e.fieldErrors };
  logError(`action ${name}`, e);
  return { ok: false, error: GENERIC_ERROR_MESSAGE };
}

export function defineAction<S extends z.ZodType, T, P extends Permission | "public">(def: ActionDefinition<S, T, P>) {
  const run = async (input: unknown): Promise<ActionResult<T>> => {
    let actor: Actor | null = null;
    try {
      // Who first, then what: a signed-out or unauthorised caller learns nothing about the expected input.
      actor = await getActor();
      if (def.permission !== "public") authorize(actor, def.permission);
      const parsed = def.schema.safeParse(input);
      if (!parsed.success) {
        // The forms check the same schema first, so a refusal here is a crafted or stale request: audited.
        const fields = Object.keys(zodFieldErrors(parsed.error));
        await recordRefusal(def.name, actor, { code: "INVALID", permission: def.permission, fields });
        return {
          ok: false,
          error: "Periksa kembali isian yang ditandai.",
          code: "INVALID",
          fieldErrors: zodFieldErrors(parsed.error),
        };
      }
      // Past `authorize`, a non-public action's actor is signed in; that is what ActorFor<P> promises.
      const out = await def.handler({ actor: actor as ActorFor<P>, input: parsed.data });
      if (out && typeof out === "object" && (out as ActionOk<T>).__ok) {
        const o = out as ActionOk<T>;
        return { ok: true, data: o.data, message: o.message };
      }
      return { ok: true, data: out as T };
    } catch (e) {
      unstable_rethrow(e);
      if (e instanceof DomainError && e.code === "FORBIDDEN") {
        await recordRefusal(def.name, actor, { code: e.code, permission: def.permission, message: e.message });
      }
      return toActionError(e, def.name);
    }
  };
  const logged = (input: unknown) => withActionLog(def.name, () => run(input));
  return Object.assign(logged, { actionName: def.name, permission: def.permission });
}
