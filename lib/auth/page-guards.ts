import "server-only";
import { forbidden, notFound, redirect } from "next/navigation";
import { DomainError } from "@/lib/errors";
import { can, type Actor, type Permission } from "./permissions";
import { getActor } from "./session";

/** The sign-in page, coming back to `from` afterwards. */
function signInFrom(from: string): never {
  redirect(`/masuk?callbackUrl=${encodeURIComponent(from)}`);
}

/** A page for anyone signed in: the actor, or a redirect to the sign-in page that comes back to `from`. */
export async function requirePageActor(from: string): Promise<Actor> {
  const actor = await getActor();
  if (!actor) signInFrom(from);
  return actor;
}

/**
 * The preamble of every guarded page: signed out → the sign-in page (back to `from` afterwards); signed in
 * without `permission` → the 403 page, unless `elsewhere` names where such a user belongs (the admin opening
 * the admin lokal's screen goes to the admin's own). Returns the actor, never null.
 */
export async function requirePagePermission(
  permission: Permission,
  from: string,
  elsewhere?: { permission: Permission; href: string },
): Promise<Actor> {
  const actor = await requirePageActor(from);
  if (!can(actor, permission)) {
    if (elsewhere && can(actor, elsewhere.permission)) redirect(elsewhere.href);
    forbidden();
  }
  return actor;
}

/**
 * Runs a page's load: nothing found (null, or the service's NOT_FOUND) renders the 404 page, the service's
 * FORBIDDEN the 403 page; anything else goes to the error page as before.
 */
export async function loadOr404<T>(load: () => Promise<T | null | undefined>): Promise<T> {
  let value: T | null | undefined;
  try {
    value = await load();
  } catch (e) {
    if (e instanceof DomainError && e.code === "NOT_FOUND") notFound();
    if (e instanceof DomainError && e.code === "FORBIDDEN") forbidden();
    throw e;
  }
  if (value === null || value === undefined) notFound();
  return value;
}
