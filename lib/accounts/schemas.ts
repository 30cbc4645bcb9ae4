// Account forms and the server actions that receive them validate with these same schemas.
import { z } from "zod";
import { PAGE_SIZE } from "@/lib/pagination";

export const ACCOUNT_ROLES = ["ADMIN", "UNIT_ADMIN", "OPERATOR", "JUDGE"] as const;
export type AccountRole = (typeof ACCOUNT_ROLES)[number];

export const ACCOUNT_ROLE_LABEL: Record<AccountRole, string> = {
  ADMIN: "Admin provinsi",
  UNIT_ADMIN: "Admin lokal",
  OPERATOR: "Operator unit",
  JUDGE: "Juri",
};

export const MEMBERSHIP_ROLE_LABEL = { UNIT_ADMIN: "Admin lokal", OPERATOR: "Operator" } as const;

export const USER_STATUSES = ["INVITED", "ACTIVE", "DISABLED"] as const;
export type UserStatus = (typeof USER_STATUSES)[number];
export const USER_STATUS_LABEL: Record<UserStatus, string> = {
  INVITED: "Diundang",
  ACTIVE: "Aktif",
  DISABLED: "Nonaktif",
};

const id = z.string().trim().min(1, "Wajib dipilih.").max(64);

export const personName = z.string().trim().min(3, "Nama minimal 3 karakter.").max(120, "Nama maksimal 120 karakter.");
export const emailAddress = z
  .string()
  .trim()
  .toLowerCase()
  .max(200, "Email terlalu panjang.")
  .pipe(z.email("Alamat email tidak valid."));
/** Optional in the form: an empty field means "none". */
export const nip = z
  .string()
  .trim()
  .refine((v) => v === "" || /^\d{18}$/.test(v), "NIP terdiri dari 18 angka tanpa spasi.");
export const phone = z
  .string()
  .trim()
  .refine((v) => v === "" || /^\+?[0-9][0-9 -]{7,18}$/.test(v), "Nomor telepon tidak valid, misalnya 0812 3456 7890.");

const profileFields = { name: personName, email: emailAddress, nip, phone };

export const inviteAccountSchema = z
  .object({
    ...profileFields,
    role: z.enum(ACCOUNT_ROLES, "Pilih peran."),
    unitId: z.string().trim().max(64),
    affiliation: z.string().trim().max(200),
  })
  .superRefine((v, ctx) => {
    if ((v.role === "UNIT_ADMIN" || v.role === "OPERATOR") && !v.unitId) {
      ctx.addIssue({
        code: "custom",
        path: ["unitId"],
        message: v.role === "UNIT_ADMIN" ? "Pilih instansi yang dikelola." : "Pilih unit operator.",
      });
    }
  });
export type InviteAccountInput = z.infer<typeof inviteAccountSchema>;

/** An admin lokal only ever creates operators of a unit in its subtree. */
export const inviteOperatorSchema = z.object({ ...profileFields, unitId: id });
export type InviteOperatorInput = z.infer<typeof inviteOperatorSchema>;

export const updateProfileSchema = z.object({ userId: id, ...profileFields });
export type UpdateProfileInput = z.infer<typeof updateProfileSchema>;

export const userIdSchema = z.object({ userId: id });
export type UserIdInput = z.infer<typeof userIdSchema>;
export const setAccountEnabledSchema = z.object({ userId: id, enabled: z.boolean() });
export type SetAccountEnabledInput = z.infer<typeof setAccountEnabledSchema>;

export const addMembershipSchema = z.object({
  userId: id,
  role: z.enum(["UNIT_ADMIN", "OPERATOR"], "Pilih peran."),
  unitId: id,
});
export type AddMembershipInput = z.infer<typeof addMembershipSchema>;

export const membershipIdSchema = z.object({ membershipId: id });
export type MembershipIdInput = z.infer<typeof membershipIdSchema>;

export const ACCOUNT_PAGE_SIZE = PAGE_SIZE;

/** `?q=&peran=&status=&unit=&page=` of the account lists. */
export const accountListQuerySchema = z.object({
  q: z.string().trim().max(100).catch(""),
  role: z.enum(ACCOUNT_ROLES).optional().catch(undefined),
  status: z.enum(USER_STATUSES).optional().catch(undefined),
  unitId: z.string().trim().max(64).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
export type AccountListQuery = z.infer<typeof accountListQuerySchema>;
