"use server";
import { defineAction, okWith } from "@/lib/actions/action";
import { createUnitSchema, moveUnitSchema, renameUnitSchema, setUnitActiveSchema, unitPickerSchema } from "./schemas";
import { searchUnitOptions } from "./list";
import { createUnit, moveUnit, renameUnit, setUnitActive } from "./tree";

// The tree is the admins' alone ("unit:manage" is admin-only), so the role-level check is the whole check.

export const createUnitAction = defineAction({
  name: "units.create",
  schema: createUnitSchema,
  permission: "unit:manage",
  handler: async ({ actor, input }) => {
    const unit = await createUnit(actor, input);
    return okWith(unit, `${unit.name} berhasil dibuat.`);
  },
});

export const renameUnitAction = defineAction({
  name: "units.rename",
  schema: renameUnitSchema,
  permission: "unit:manage",
  handler: async ({ actor, input }) => {
    const r = await renameUnit(actor, input);
    return okWith(r, `Nama unit diubah menjadi ${r.name}.`);
  },
});

export const moveUnitAction = defineAction({
  name: "units.move",
  schema: moveUnitSchema,
  permission: "unit:manage",
  handler: async ({ actor, input }) => {
    const r = await moveUnit(actor, input);
    return okWith(r, r.moved > 1 ? `Unit dan ${r.moved - 1} sub-unitnya dipindahkan.` : "Unit dipindahkan.");
  },
});

export const setUnitActiveAction = defineAction({
  name: "units.set-active",
  schema: setUnitActiveSchema,
  permission: "unit:manage",
  handler: async ({ actor, input }) => {
    const r = await setUnitActive(actor, input);
    return okWith(r, r.active ? "Unit diaktifkan kembali." : "Unit dinonaktifkan.");
  },
});

/** Unit pickers; an admin lokal only ever gets units of its own subtree back. */
export const searchUnitOptionsAction = defineAction({
  name: "units.search-options",
  schema: unitPickerSchema,
  permission: "unit:pick",
  handler: async ({ actor, input }) => searchUnitOptions(actor, input),
});
