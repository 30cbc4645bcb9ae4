import { describe, expect, it } from "vitest";
import { can, rolesOnUnit, type Actor } from "./permissions";

const base: Actor = { id: "u", email: "u@x.test", name: "U", isAdmin: false, roles: [], memberships: [] };
const member = (role: "UNIT_ADMIN" | "OPERATOR", unitPath: string) => ({
  role,
  unitId: unitPath,
  unitName: unitPath,
  unitPath,
});

describe("the roles an actor holds on a unit", () => {
  it("come from memberships on the unit or one of its ancestors", () => {
    const actor = { ...base, roles: ["UNIT_ADMIN" as const], memberships: [member("UNIT_ADMIN", "/kab/")] };
    expect(rolesOnUnit(actor, "/kab/dinkes/puskesmas/")).toEqual(["UNIT_ADMIN"]);
    expect(rolesOnUnit(actor, "/kota/dinkes/")).toEqual([]);
  });

  it("include ADMIN for an admin anywhere, and every role held above", () => {
    const actor = {
      ...base,
      isAdmin: true,
      memberships: [member("OPERATOR", "/kab/dinkes/"), member("UNIT_ADMIN", "/kab/")],
    };
    expect(rolesOnUnit(actor, "/kab/dinkes/").sort()).toEqual(["ADMIN", "OPERATOR", "UNIT_ADMIN"]);
  });

  it("decide the scoped permissions", () => {
    const operator = { ...base, roles: ["OPERATOR" as const], memberships: [member("OPERATOR", "/kab/dinkes/")] };
    expect(can(operator, "proposal:edit", { unitPath: "/kab/dinkes/pkm/" })).toBe(true);
    expect(can(operator, "proposal:edit", { unitPath: "/kab/bappeda/" })).toBe(false);
    expect(can(operator, "proposal:review", { unitPath: "/kab/dinkes/pkm/" })).toBe(false);
  });
});
