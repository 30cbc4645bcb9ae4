"use server";

import { defineAction, okWith } from "@/lib/actions/action";
import {
  changePasswordSchema,
  requestPasswordResetSchema,
  RESET_REQUESTED_MESSAGE,
  setPasswordSchema,
  SIGN_IN_LINK_REQUESTED_MESSAGE,
} from "./self-service-schemas";
import {
  changeOwnPassword,
  requestPasswordReset as sendResetLink,
  requestSignInLink as sendSignInLink,
  setPasswordWithToken,
} from "./self-service";

export const changePassword = defineAction({
  name: "accounts.change-password",
  schema: changePasswordSchema,
  permission: "account:change-own-password",
  handler: async ({ actor, input }) => {
    // The permission check above guarantees a signed-in actor; the account changed is always the actor's own.
    await changeOwnPassword(actor, input);
    return okWith(null, "Kata sandi berhasil diubah. Sesi di perangkat lain telah diakhiri.");
  },
});

export const requestPasswordReset = defineAction({
  name: "accounts.request-password-reset",
  schema: requestPasswordResetSchema,
  permission: "public",
  handler: async ({ input }) => {
    await sendResetLink(input.email);
    return okWith(null, RESET_REQUESTED_MESSAGE);
  },
});

export const requestSignInLink = defineAction({
  name: "accounts.request-sign-in-link",
  schema: requestPasswordResetSchema,
  permission: "public",
  handler: async ({ input }) => {
    await sendSignInLink(input.email);
    return okWith(null, SIGN_IN_LINK_REQUESTED_MESSAGE);
  },
});

export const setPassword = defineAction({
  name: "accounts.set-password",
  schema: setPasswordSchema,
  // The link's token is the credential; the service refuses unknown, used and expired ones.
  permission: "public",
  handler: async ({ input }) => {
    const { kind } = await setPasswordWithToken(input);
    return okWith(
      null,
      kind === "INVITATION"
        ? "Akun Anda telah aktif dan kata sandi tersimpan. Silakan masuk."
        : "Kata sandi baru tersimpan. Silakan masuk dengan kata sandi tersebut.",
    );
  },
});
