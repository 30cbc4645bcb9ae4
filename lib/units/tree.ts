import "server-only";
import type { z } from "zod";
import { auditedWrite, type Tx } from "@/lib/audit/audited-write";
import type { Actor } from "@/lib/auth/permissions";
import { DomainError, fieldError, found } from "@/lib/errors";
import { unitSnapshotSelect, type UnitSnapshot } from "./list";
import { currentMembership } from "./memberships";
import { REGIONS, UNIT_KIND_LABEL } from "./names";
import {
  isInstitutionKind,
  isRegionKind,
  isRootKind,
  PARENT_KINDS,
  regionFullName,
  type CreateUnitInput,
  type MoveUnitInput,
  type RenameUnitInput,
  type setUnitActiveSchema,
  type UnitKind,
} from "./schemas";

// Changing the unit tree: create, rename, move (with the whole subtree's paths) and (de)activate. Every
// change holds the tree lock until its transaction ends, so two concurrent moves cannot build a cycle between
// them and paths are always computed from committed parents.

const TREE_LOCK_KEY = 7270_0002;

const DUPLICATE_NAME = "Nama ini sudah dipakai unit lain di bawah induk yang sama.";

async function lockTree(tx: Tx) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${TREE_LOCK_KEY})`;
}

async function loadUnit(tx: Tx, unitId: string): Promise<UnitSnapshot> {
  return found(await tx.unit.findUnique({ where: { id: unitId }, select: unitSnapshotSelect }), "Unit");
}

async function loadParent(tx: Tx, parentId: string, childKind: UnitKind): Promise<UnitSnapshot> {
  const parent = await tx.unit.findUnique({ where: { id: parentId }, select: unitSnapshotSelect });
  if (!parent) throw fieldError("parentId", "Unit induk tidak ditemukan.");
  if (!parent.active)
    throw fieldError("parentId", `${parent.name} sedang nonaktif; aktifkan dahulu atau pilih induk lain.`);
  const allowed = PARENT_KINDS[childKind];
  if (!allowed.includes(parent.kind)) {
    const labels = allowed.map((k) => UNIT_KIND_LABEL[k]).join(", ");
    throw fieldError(
      "parentId",
      `${UNIT_KIND_LABEL[childKind]} tidak dapat berada di bawah ${UNIT_KIND_LABEL[parent.kind].toLowerCase()}. Induk yang boleh: ${labels}.`,
    );
  }
  return parent;
}

/**
 * Only a kabupaten or kota may carry a kabupaten/kota name: "Kota Malang" under Kabupaten Malang would be
 * the very confusion the kind prefix exists to prevent.
 */
async function refuseRegionName(tx: Tx, name: string) {
  const lower = name.toLowerCase();
  const known = REGIONS.find((r) => r.name.toLowerCase() === lower);
  const existing = known
    ? null
    : await tx.unit.findFirst({
        where: { kind: { in: ["KABUPATEN", "KOTA"] }, name: { equals: name, mode: "insensitive" } },
        select: { id: true },
      });
  if (known || existing) {
    throw fieldError(
      "name",
      `"${name}" adalah nama kabupaten/kota. Pilih jenis Kabupaten atau Kota, atau pakai nama lengkap unitnya, misalnya "Dinas Kesehatan ${name}".`,
    );
  }
}

/** The official code and the name must agree, so a kota is never filed under a kabupaten's code or the reverse. */
function checkRegionIdentity(kind: "KABUPATEN" | "KOTA", shortName: string, code: string | null) {
  const lower = shortName.toLowerCase();
  const byCode = code ? REGIONS.find((r) => r.code === code) : undefined;
  if (byCode && (byCode.kind !== kind || byCode.shortName.toLowerCase() !== lower)) {
    throw fieldError("regionCode", `Kode wilayah ${code} adalah kode ${byCode.name}.`);
  }
  const byName = REGIONS.find((r) => r.kind === kind && r.shortName.toLowerCase() === lower);
  if (byName && code && byName.code !== code) {
    throw fieldError("regionCode", `${byName.name} berkode wilayah ${byName.code}.`);
  }
}

async function refuseSiblingDuplicate(tx: Tx, parentId: string | null, name: string, exceptId?: string) {
  const twin = await tx.unit.findFirst({
    where: { parentId, name: { equals: name, mode: "insensitive" }, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true },
  });
  if (twin)
    throw fieldError("name", parentId ? DUPLICATE_NAME : "Nama ini sudah dipakai unit puncak lain.", "CONFLICT");
}

async function refuseRegionCodeTaken(tx: Tx, code: string) {
  const taken = await tx.unit.findUnique({ where: { regionCode: code }, select: { name: true } });
  if (taken) throw fieldError("regionCode", `Kode wilayah ${code} sudah dipakai ${taken.name}.`, "CONFLICT");
}

/** A race past the checks above still ends at the database's unique indexes; say it in words. */
const takenMeanwhile = {
  onUniqueViolation: () =>
    new DomainError(
      "CONFLICT",
      "Nama atau kode wilayah ini sudah dipakai unit lain. Muat ulang halaman lalu periksa kembali.",
    ),
};

export async function createUnit(actor: Actor, input: CreateUnitInput): Promise<{ id: string; name: string }> {
  return auditedWrite(
    actor,
    async (tx, audit) => {
      await lockTree(tx);
      const parent = isRootKind(input.kind) ? null : await loadParent(tx, input.parentId, input.kind);
      let name = input.name;
      let shortName: string | null = null;
      let regionCode: string | null = null;
      if (isRegionKind(input.kind)) {
        shortName = input.name;
        regionCode = input.regionCode;
        name = regionFullName(input.kind, input.name);
        checkRegionIdentity(input.kind, shortName, regionCode);
        await refuseRegionCodeTaken(tx, regionCode);
      } else {
        await refuseRegionName(tx, name);
      }
      await refuseSiblingDuplicate(tx, parent?.id ?? null, name);
      const created = await tx.unit.create({
        data: {
          kind: input.kind,
          name,
          shortName,
          regionCode,
          parentId: parent?.id ?? null,
          isInstitution: isInstitutionKind(input.kind),
          // The id is part of the path, so the path is set once the id exists.
          path: `/pending-${crypto.randomUUID()}/`,
          depth: parent ? parent.depth + 1 : 0,
        },
        select: { id: true },
      });
      const unit = await tx.unit.update({
        where: { id: created.id },
        data: { path: `${parent?.path ?? "/"}${created.id}/` },
        select: unitSnapshotSelect,
      });
      await audit({ action: "unit.create", entityType: "Unit", entityId: unit.id, after: unit });
      return { id: unit.id, name: unit.name };
    },
    takenMeanwhile,
  );
}

export async function renameUnit(actor: Actor, input: RenameUnitInput): Promise<{ name: string }> {
  return auditedWrite(
    actor,
    async (tx, audit) => {
      await lockTree(tx);
      const before = await loadUnit(tx, input.unitId);
      let name = input.name;
      let shortName = before.shortName;
      if (isRegionKind(before.kind)) {
        if (/^(kabupaten|kab\.?|kota)\s+/i.test(name)) {
          throw fieldError("name", `Tulis nama tanpa "Kabupaten"/"Kota": awalan ditambahkan otomatis.`);
        }
        shortName = name;
        name = regionFullName(before.kind, name);
        checkRegionIdentity(before.kind, shortName, before.regionCode);
      } else {
        await refuseRegionName(tx, name);
      }
      if (name === before.name) throw fieldError("name", "Nama baru sama dengan nama sekarang.");
      await refuseSiblingDuplicate(tx, before.parentId, name, before.id);
      const after = await tx.unit.update({
        where: { id: before.id },
        data: { name, shortName },
        select: unitSnapshotSelect,
      });
      await audit({ action: "unit.rename", entityType: "Unit", entityId: before.id, before, after });
      return { name: after.name };
    },
    takenMeanwhile,
  );
}

/** Moves a unit under another parent; its whole subtree's paths and depths follow in the same transaction. */
export async function moveUnit(actor: Actor, input: MoveUnitInput): Promise<{ moved: number }> {
  return auditedWrite(
    actor,
    async (tx, audit) => {
      await lockTree(tx);
      const before = await loadUnit(tx, input.unitId);
      if (isRootKind(before.kind)) {
        throw new DomainError(
          "INVALID",
          `${UNIT_KIND_LABEL[before.kind]} adalah unit puncak dan tidak dapat dipindahkan.`,
        );
      }
      if (before.parentId === input.parentId) throw fieldError("parentId", "Unit sudah berada di bawah induk ini.");
      const parent = await tx.unit.findUnique({ where: { id: input.parentId }, select: { path: true } });
      if (parent && parent.path.startsWith(before.path)) {
        throw fieldError("parentId", "Unit tidak dapat dipindahkan ke bawah dirinya sendiri atau sub-unitnya.");
      }
      const newParent = await loadParent(tx, input.parentId, before.kind);
      await refuseSiblingDuplicate(tx, newParent.id, before.name, before.id);

      const newPath = `${newParent.path}${before.id}/`;
      const delta = newParent.depth + 1 - before.depth;
      await tx.unit.update({ where: { id: before.id }, data: { parentId: newParent.id } });
      // One statement rewrites the prefix of every path in the subtree (the unit included).
      const moved = await tx.$executeRaw`
        UPDATE "Unit"
        SET "path" = ${newPath} || substr("path", ${before.path.length + 1}),
            "depth" = "depth" + ${delta},
            "updatedAt" = now()
        WHERE left("path", ${before.path.length}) = ${before.path}`;
      const after = await loadUnit(tx, before.id);
      await audit({
        action: "unit.move",
        entityType: "Unit",
        entityId: before.id,
        before: { parentId: before.parentId, path: before.path, depth: before.depth },
        after: { parentId: after.parentId, path: after.path, depth: after.depth, subtreeSize: moved },
      });
      return { moved };
    },
    takenMeanwhile,
  );
}

export type DeactivationImpact = { activeChildren: number; activeMemberships: number };

export async function deactivationImpact(tx: Tx, unitId: string, now = new Date()): Promise<DeactivationImpact> {
  const [activeChildren, activeMemberships] = await Promise.all([
    tx.unit.count({ where: { parentId: unitId, active: true } }),
    tx.membership.count({ where: { unitId, ...currentMembership(now) } }),
  ]);
  return { activeChildren, activeMemberships };
}

export function impactWarning({ activeChildren, activeMemberships }: DeactivationImpact): string | null {
  const parts = [
    activeChildren ? `${activeChildren} sub-unit aktif` : null,
    activeMemberships ? `${activeMemberships} akun dengan peran aktif di unit ini` : null,
  ].filter(Boolean);
  if (!parts.length) return null;
  return `Unit ini masih memiliki ${parts.join(" dan ")}. Peran di unit ini tidak berlaku selama unit nonaktif; sub-unit tetap aktif.`;
}

export async function setUnitActive(
  actor: Actor,
  input: z.infer<typeof setUnitActiveSchema>,
): Promise<{ active: boolean }> {
  return auditedWrite(actor, async (tx, audit) => {
    await lockTree(tx);
    const before = await loadUnit(tx, input.unitId);
    if (before.active === input.active) {
      throw new DomainError("CONFLICT", input.active ? "Unit ini sudah aktif." : "Unit ini sudah nonaktif.");
    }
    if (!input.active) {
      const warning = impactWarning(await deactivationImpact(tx, before.id));
      // The dialog shows the same warning; a stale page or a direct call still has to confirm it.
      if (warning && !input.acknowledged) throw new DomainError("CONFLICT", `${warning} Konfirmasi untuk melanjutkan.`);
    } else if (before.parentId) {
      const parent = await loadUnit(tx, before.parentId);
      if (!parent.active) throw new DomainError("CONFLICT", `Aktifkan dahulu unit induknya, ${parent.name}.`);
    }
    const after = await tx.unit.update({
      where: { id: before.id },
      data: { active: input.active },
      select: unitSnapshotSelect,
    });
    await audit({
      action: input.active ? "unit.reactivate" : "unit.deactivate",
      entityType: "Unit",
      entityId: before.id,
      before: { active: before.active },
      after: { active: after.active },
    });
    return { active: after.active };
  });
}
