import "server-only";
import { auditedWrite, type Tx } from "@/lib/audit/audited-write";
import type { Actor } from "@/lib/auth/permissions";
import { DomainError, fieldError, found } from "@/lib/errors";
import type { SetAccountEnabledInput, UpdateProfileInput } from "./schemas";
import { assertCanChangeAccount, requireMode, userSnapshotSelect, type AccountMode } from "./scope";

// An account's own facts (name, email, NIP, phone) and whether it may sign in at all.

/** A race past the identity checks still ends at the unique indexes on email and NIP; say it in words. */
export const identityTaken = {
  onUniqueViolation: () => new DomainError("CONFLICT", "Email atau NIP ini sudah terdaftar pada akun lain."),
};

export async function refuseTakenIdentity(tx: Tx, email: string, nip: string | null, exceptUserId?: string) {
  const not = exceptUserId ? { id: { not: exceptUserId } } : {};
  if (await tx.user.findFirst({ where: { email, ...not }, select: { id: true } })) {
    throw fieldError("email", "Email ini sudah terdaftar pada akun lain.", "CONFLICT");
  }
  if (nip && (await tx.user.findFirst({ where: { nip, ...not }, select: { id: true } }))) {
    throw fieldError("nip", "NIP ini sudah terdaftar pada akun lain.", "CONFLICT");
  }
}

export async function setAccountEnabled(actor: Actor, input: SetAccountEnabledInput, mode: AccountMode) {
  requireMode(actor, mode);
  return auditedWrite(actor, async (tx, audit) => {
    const now = new Date();
    const before = await assertCanChangeAccount(tx, actor, mode, input.userId, now);
    if (!input.enabled && before.id === actor.id) {
      throw new DomainError("FORBIDDEN", "Anda tidak dapat menonaktifkan akun Anda sendiri.");
    }
    if (input.enabled === (before.status !== "DISABLED")) {
      throw new DomainError("CONFLICT", input.enabled ? "Akun ini sudah aktif." : "Akun ini sudah nonaktif.");
    }
    const after = await tx.user.update({
      where: { id: before.id },
      data: input.enabled
        ? // Someone who never set a password goes back to waiting for the invitation.
          { status: before.passwordHash ? "ACTIVE" : "INVITED" }
        : // A new session version ends every open session at the next request.
          { status: "DISABLED", sessionVersion: { increment: 1 } },
      select: userSnapshotSelect,
    });
    await audit({
      action: input.enabled ? "account.enable" : "account.disable",
      entityType: "User",
      entityId: before.id,
      before: { status: before.status, sessionVersion: before.sessionVersion },
      after: { status: after.status, sessionVersion: after.sessionVersion },
    });
    return { status: after.status };
  });
}

export async function updateProfile(actor: Actor, input: UpdateProfileInput) {
  requireMode(actor, "all");
  return auditedWrite(
    actor,
    async (tx, audit) => {
      const before = found(
        await tx.user.findUnique({ where: { id: input.userId }, select: userSnapshotSelect }),
        "Akun",
      );
      const nip = input.nip || null;
      await refuseTakenIdentity(tx, input.email, nip, before.id);
      const after = await tx.user.update({
        where: { id: before.id },
        data: { name: input.name, email: input.email, nip, phone: input.phone || null },
        select: userSnapshotSelect,
      });
      await audit({ action: "account.update", entityType: "User", entityId: before.id, before, after });
      return { name: after.name };
    },
    identityTaken,
  );
}
