// The unit tree's rules and input schemas, shared by the forms (client) and the server actions.
import { z } from "zod";
import { PAGE_SIZE } from "@/lib/pagination";
import { UNIT_KIND_LABEL } from "./names";

export const UNIT_KINDS = [
  "PROVINCE",
  "KABUPATEN",
  "KOTA",
  "PROVINCIAL_AGENCY",
  "REGIONAL_AGENCY",
  "SERVICE_UNIT",
  "BUMD",
] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

/** Which kinds may sit directly above a unit of each kind; an empty list means the kind is a root. */
export const PARENT_KINDS: Record<UnitKind, readonly UnitKind[]> = {
  PROVINCE: [],
  KABUPATEN: [],
  KOTA: [],
  BUMD: [],
  PROVINCIAL_AGENCY: ["PROVINCE"],
  REGIONAL_AGENCY: ["KABUPATEN", "KOTA"],
  SERVICE_UNIT: ["PROVINCIAL_AGENCY", "REGIONAL_AGENCY", "BUMD", "SERVICE_UNIT"],
};

export const isRootKind = (kind: UnitKind) => PARENT_KINDS[kind].length === 0;
export const isRegionKind = (kind: UnitKind): kind is "KABUPATEN" | "KOTA" => kind === "KABUPATEN" || kind === "KOTA";
/** Institutions get an admin lokal and a quota. */
export const isInstitutionKind = (kind: UnitKind) =>
  kind === "KABUPATEN" || kind === "KOTA" || kind === "PROVINCIAL_AGENCY" || kind === "BUMD";

/** Kinds a unit may get under a parent of `parentKind`. */
export function childKindsOf(parentKind: UnitKind): UnitKind[] {
  return UNIT_KINDS.filter((k) => PARENT_KINDS[k].includes(parentKind));
}

const REGION_PREFIX = { KABUPATEN: "Kabupaten", KOTA: "Kota" } as const;
const REGION_PREFIX_RE = /^(kabupaten|kab\.?|kota)\s+/i;

/** "Kabupaten Malang" / "Kota Malang": the display name always carries the kind. */
export function regionFullName(kind: "KABUPATEN" | "KOTA", shortName: string): string {
  return `${REGION_PREFIX[kind]} ${shortName.trim()}`;
}

/** Kemendagri numbering: 35.01–35.70 are kabupaten, 35.71 and up are kota. */
export function regionCodeFitsKind(kind: "KABUPATEN" | "KOTA", code: string): boolean {
  const n = Number(code.slice(3));
  return kind === "KOTA" ? n >= 71 : n >= 1 && n <= 70;
}

export const REGION_CODE_RE = /^35\.\d{2}$/;

const unitName = z.string().trim().min(2, "Nama minimal 2 karakter.").max(200, "Nama maksimal 200 karakter.");

const id = z.string().trim().min(1, "Wajib dipilih.").max(64);

/** For a kabupaten/kota the typed name is the short name ("Malang"); the kind adds the prefix. */
function checkRegionName(kind: UnitKind, name: string, ctx: z.RefinementCtx) {
  if (isRegionKind(kind) && REGION_PREFIX_RE.test(name)) {
    ctx.addIssue({
      code: "custom",
      path: ["name"],
      message: `Tulis nama tanpa "Kabupaten"/"Kota": awalan "${REGION_PREFIX[kind]}" ditambahkan otomatis.`,
    });
  }
}

export const createUnitSchema = z
  .object({
    kind: z.enum(UNIT_KINDS, "Pilih jenis unit."),
    name: unitName,
    regionCode: z.string().trim().max(10, "Kode wilayah berformat 35.NN, misalnya 35.07."),
    parentId: z.string().trim().max(64),
  })
  .superRefine((v, ctx) => {
    checkRegionName(v.kind, v.name, ctx);
    if (isRegionKind(v.kind)) {
      if (!REGION_CODE_RE.test(v.regionCode)) {
        ctx.addIssue({
          code: "custom",
          path: ["regionCode"],
          message: "Kode wilayah berformat 35.NN, misalnya 35.07.",
        });
      } else if (!regionCodeFitsKind(v.kind, v.regionCode)) {
        ctx.addIssue({
          code: "custom",
          path: ["regionCode"],
          message:
            v.kind === "KOTA"
              ? "Kode wilayah kota dimulai dari 35.71."
              : "Kode wilayah kabupaten antara 35.01 dan 35.70.",
        });
      }
    }
    if (isRootKind(v.kind) && v.parentId) {
      ctx.addIssue({
        code: "custom",
        path: ["parentId"],
        message: `${UNIT_KIND_LABEL[v.kind]} adalah unit puncak dan tidak boleh memiliki unit induk.`,
      });
    }
    if (!isRootKind(v.kind) && !v.parentId) {
      ctx.addIssue({ code: "custom", path: ["parentId"], message: "Pilih unit induk." });
    }
  });
export type CreateUnitInput = z.infer<typeof createUnitSchema>;

export const renameUnitSchema = z.object({ unitId: id, name: unitName });
export type RenameUnitInput = z.infer<typeof renameUnitSchema>;

export const moveUnitSchema = z.object({ unitId: id, parentId: id });
export type MoveUnitInput = z.infer<typeof moveUnitSchema>;

export const setUnitActiveSchema = z.object({
  unitId: id,
  active: z.boolean(),
  /** The admin saw the warning about active sub-units and memberships and confirmed. */
  acknowledged: z.boolean().default(false),
});
export type SetUnitActiveInput = z.input<typeof setUnitActiveSchema>;

/** What a unit picker searches for. */
export const unitPickerSchema = z.object({
  q: z.string().trim().max(100).default(""),
  purpose: z.enum(["parent", "membership", "filter"]),
  /** For "parent": the kind of the unit that will sit below the picked one. */
  childKind: z.enum(UNIT_KINDS).optional(),
  /** For "parent" when moving: the unit being moved (its own subtree is left out). */
  movingUnitId: z.string().max(64).optional(),
  /** For "membership": admin lokal memberships go on institutions only. */
  role: z.enum(["UNIT_ADMIN", "OPERATOR"]).optional(),
});
export type UnitPickerQuery = z.input<typeof unitPickerSchema>;

export type UnitOption = { id: string; name: string; kind: UnitKind; context: string | null; active: boolean };

export const UNIT_PAGE_SIZE = PAGE_SIZE;

/** `?q=&jenis=&status=&page=` of the unit list. */
export const unitListQuerySchema = z.object({
  q: z.string().trim().max(100).catch(""),
  kind: z.enum(UNIT_KINDS).optional().catch(undefined),
  status: z.enum(["aktif", "nonaktif", "semua"]).catch("semua"),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
export type UnitListQuery = z.infer<typeof unitListQuerySchema>;
