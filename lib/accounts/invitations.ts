import "server-only";
import { auditedWrite, type RecordAudit, type Tx } from "@/lib/audit/audited-write";
import { authorize, can, type Actor } from "@/lib/auth/permissions";
import { issueAccountToken, TOKEN_LIFETIME_MS } from "@/lib/auth/tokens";
import { DomainError, forbidden } from "@/lib/errors";
import { formatDateTimeWIB } from "@/lib/format/date";
import { deliverSoon } from "@/lib/notifications/deliver";
import { enqueueNotification } from "@/lib/notifications/outbox";
import { SECRET_LINK_PLACEHOLDER } from "@/lib/notifications/secret-link";
import { rolesOf } from "./list";
import { identityTaken, refuseTakenIdentity } from "./profile";
import type { AccountRole, InviteAccountInput, InviteOperatorInput, UserIdInput } from "./schemas";
import {
  assertCanChangeAccount,
  loadMembershipUnit,
  OPERATORS_ONLY,
  requireMode,
  userSnapshotSelect,
  type AccountMode,
} from "./scope";
import { mailLetter } from "@/lib/notifications/letter";

// New accounts arrive by invitation: the account is created INVITED and its owner sets a password through a
// one-time link sent by mail.

function roleDescription(role: AccountRole, unitName: string | null): string {
  switch (role) {
    case "ADMIN":
      return "admin provinsi (sekretariat KOVABLIK)";
    case "UNIT_ADMIN":
      return `admin lokal ${unitName}`;
    case "OPERATOR":
      return `operator ${unitName}`;
    case "JUDGE":
      return "juri";
  }
}

async function sendInvitation(
  tx: Tx,
  user: { id: string; name: string; email: string },
  description: string,
  invitedBy: string,
  now = new Date(),
) {
  const token = await issueAccountToken(tx, user.id, "INVITATION", now);
  const expires = new Date(now.getTime() + TOKEN_LIFETIME_MS.INVITATION);
  await enqueueNotification(tx, {
    recipientEmail: user.email,
    recipientId: user.id,
    template: "account.invitation",
    subject: "Undangan akun Portal KOVABLIK",
    secretLinkPath: `/atur-kata-sandi/${token}`,
    body: mailLetter(user.name, [
      `${invitedBy} mendaftarkan Anda sebagai ${description} di Portal KOVABLIK (Kompetisi Inovasi Pelayanan Publik Provinsi Jawa Timur).`,
      "",
      "Untuk mengaktifkan akun, buat kata sandi Anda melalui tautan berikut:",
      SECRET_LINK_PLACEHOLDER,
      "",
      `Tautan ini hanya dapat dipakai sekali dan berlaku sampai ${formatDateTimeWIB(expires)}. Jika Anda tidak merasa memerlukan akun ini, abaikan email ini.`,
    ]),
  });
}

type NewAccount = Omit<InviteAccountInput, "unitId" | "affiliation"> & { unitId?: string; affiliation?: string };

/** Creates an INVITED account and queues its invitation mail, inside the caller's transaction (judging appoints an invited judge in the same one). */
export async function createInvitedAccount(
  tx: Tx,
  audit: RecordAudit,
  actor: Actor,
  input: NewAccount,
  unit: { id: string; name: string } | null,
) {
  const nip = input.nip || null;
  await refuseTakenIdentity(tx, input.email, nip);
  const user = await tx.user.create({
    data: {
      email: input.email,
      name: input.name,
      nip,
      phone: input.phone || null,
      status: "INVITED",
      isAdmin: input.role === "ADMIN",
      judgeProfile: input.role === "JUDGE" ? { create: { affiliation: input.affiliation || null } } : undefined,
      memberships:
        unit && (input.role === "UNIT_ADMIN" || input.role === "OPERATOR")
          ? { create: { unitId: unit.id, role: input.role, grantedById: actor.id } }
          : undefined,
    },
    select: userSnapshotSelect,
  });
  await sendInvitation(tx, user, roleDescription(input.role, unit?.name ?? null), actor.name);
  await audit({
    action: "account.invite",
    entityType: "User",
    entityId: user.id,
    after: { ...user, role: input.role, unitId: unit?.id ?? null },
  });
  return { id: user.id, email: user.email };
}

/** Admins: any role. */
export async function inviteAccount(actor: Actor, input: InviteAccountInput) {
  requireMode(actor, "all");
  const created = await auditedWrite(
    actor,
    async (tx, audit) => {
      const unit =
        input.role === "UNIT_ADMIN" || input.role === "OPERATOR"
          ? await loadMembershipUnit(tx, input.unitId, input.role)
          : null;
      return createInvitedAccount(tx, audit, actor, input, unit);
    },
    identityTaken,
  );
  deliverSoon();
  return created;
}

/** Admin lokal (or admin): an operator of a unit inside the actor's subtree. */
export async function inviteOperator(actor: Actor, input: InviteOperatorInput) {
  requireMode(actor, "operators");
  const created = await auditedWrite(
    actor,
    async (tx, audit) => {
      const unit = await tx.unit.findUnique({ where: { id: input.unitId }, select: { path: true } });
      // Same answer for "no such unit" and "not yours": the caller learns nothing about other subtrees.
      if (!unit || !can(actor, "account:manage-operator", { unitPath: unit.path })) throw forbidden(OPERATORS_ONLY);
      authorize(actor, "account:manage-operator", { unitPath: unit.path });
      const target = await loadMembershipUnit(tx, input.unitId, "OPERATOR");
      return createInvitedAccount(tx, audit, actor, { ...input, role: "OPERATOR" }, target);
    },
    identityTaken,
  );
  deliverSoon();
  return created;
}

export async function resendInvitation(actor: Actor, input: UserIdInput, mode: AccountMode) {
  requireMode(actor, mode);
  const result = await auditedWrite(actor, async (tx, audit) => {
    const now = new Date();
    const target = await assertCanChangeAccount(tx, actor, mode, input.userId, now);
    if (target.status === "ACTIVE") {
      throw new DomainError("CONFLICT", "Akun ini sudah aktif. Pemiliknya dapat memakai fitur lupa kata sandi.");
    }
    if (target.status === "DISABLED")
      throw new DomainError("CONFLICT", "Akun ini nonaktif. Aktifkan dahulu sebelum mengirim undangan.");
    const role = rolesOf(target)[0] ?? "OPERATOR";
    const unitName = target.memberships.find((m) => m.role === role)?.unit.name ?? null;
    await sendInvitation(tx, target, roleDescription(role, unitName), actor.name, now);
    await audit({
      action: "account.resend-invitation",
      entityType: "User",
      entityId: target.id,
      after: { email: target.email },
    });
    return { email: target.email };
  });
  deliverSoon();
  return result;
}
