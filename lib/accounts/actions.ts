"use server";
import { defineAction, okWith } from "@/lib/actions/action";
import {
  addMembershipSchema,
  inviteAccountSchema,
  inviteOperatorSchema,
  membershipIdSchema,
  setAccountEnabledSchema,
  updateProfileSchema,
  userIdSchema,
} from "./schemas";
import { inviteAccount, inviteOperator, resendInvitation } from "./invitations";
import { addMembership, endMembership } from "./memberships";
import { setAccountEnabled, updateProfile } from "./profile";

// Two families: the admins' actions (any account, "account:manage-any") and the admin lokal's "*-operator*"
// actions (operators of its own subtree, "account:manage-own-operators"). The service authorises each change
// against the target's units loaded from the database.

const enabledMessage = (enabled: boolean) =>
  enabled ? "Akun diaktifkan kembali." : "Akun dinonaktifkan; semua sesinya berakhir saat ini juga.";

/* ─────────── Admin ─────────── */

export const inviteAccountAction = defineAction({
  name: "accounts.invite",
  schema: inviteAccountSchema,
  permission: "account:manage-any",
  handler: async ({ actor, input }) => {
    const r = await inviteAccount(actor, input);
    return okWith(r, `Akun dibuat. Undangan dikirim ke ${r.email}.`);
  },
});

export const updateProfileAction = defineAction({
  name: "accounts.update-profile",
  schema: updateProfileSchema,
  permission: "account:manage-any",
  handler: async ({ actor, input }) => {
    const r = await updateProfile(actor, input);
    return okWith(r, "Profil akun disimpan.");
  },
});

export const setAccountEnabledAction = defineAction({
  name: "accounts.set-enabled",
  schema: setAccountEnabledSchema,
  permission: "account:manage-any",
  handler: async ({ actor, input }) => {
    const r = await setAccountEnabled(actor, input, "all");
    return okWith(r, enabledMessage(input.enabled));
  },
});

export const resendInvitationAction = defineAction({
  name: "accounts.resend-invitation",
  schema: userIdSchema,
  permission: "account:manage-any",
  handler: async ({ actor, input }) => {
    const r = await resendInvitation(actor, input, "all");
    return okWith(r, `Undangan baru dikirim ke ${r.email}; tautan sebelumnya tidak berlaku lagi.`);
  },
});

export const addMembershipAction = defineAction({
  name: "accounts.add-membership",
  schema: addMembershipSchema,
  permission: "account:manage-any",
  handler: async ({ actor, input }) => {
    const r = await addMembership(actor, input);
    return okWith(r, `Peran di ${r.unitName} ditambahkan.`);
  },
});

export const endMembershipAction = defineAction({
  name: "accounts.end-membership",
  schema: membershipIdSchema,
  permission: "account:manage-any",
  handler: async ({ actor, input }) => {
    const r = await endMembership(actor, input, "all");
    return okWith(r, `Peran di ${r.unitName} diakhiri.`);
  },
});

/* ─────────── Admin lokal ─────────── */

export const inviteOperatorAction = defineAction({
  name: "accounts.invite-operator",
  schema: inviteOperatorSchema,
  permission: "account:manage-own-operators",
  handler: async ({ actor, input }) => {
    const r = await inviteOperator(actor, input);
    return okWith(r, `Akun operator dibuat. Undangan dikirim ke ${r.email}.`);
  },
});

export const setOperatorEnabledAction = defineAction({
  name: "accounts.set-operator-enabled",
  schema: setAccountEnabledSchema,
  permission: "account:manage-own-operators",
  handler: async ({ actor, input }) => {
    const r = await setAccountEnabled(actor, input, "operators");
    return okWith(r, enabledMessage(input.enabled));
  },
});

export const resendOperatorInvitationAction = defineAction({
  name: "accounts.resend-operator-invitation",
  schema: userIdSchema,
  permission: "account:manage-own-operators",
  handler: async ({ actor, input }) => {
    const r = await resendInvitation(actor, input, "operators");
    return okWith(r, `Undangan baru dikirim ke ${r.email}; tautan sebelumnya tidak berlaku lagi.`);
  },
});

export const endOperatorMembershipAction = defineAction({
  name: "accounts.end-operator-membership",
  schema: membershipIdSchema,
  permission: "account:manage-own-operators",
  handler: async ({ actor, input }) => {
    const r = await endMembership(actor, input, "operators");
    return okWith(r, `Peran operator di ${r.unitName} diakhiri.`);
  },
});
