import { describe, expect, it } from "vitest";
import { provinceListQuerySchema, unitQueueQuerySchema } from "./workflow-schemas";

describe("provinceListQuerySchema", () => {
  it("reads the admin's filters from the URL", () => {
    expect(
      provinceListQuerySchema.parse({
        q: "  sampah  ",
        status: "AWAITING_CHECK",
        group: "grp-1",
        category: "cat_2",
        institution: "u-3",
        page: "3",
        view: "instansi",
      }),
    ).toEqual({
      filters: {
        q: "sampah",
        status: "AWAITING_CHECK",
        groupId: "grp-1",
        categoryId: "cat_2",
        institutionId: "u-3",
        page: 3,
      },
      byInstitution: true,
    });
  });

  it("turns a bad or tampered value into no filter instead of an error", () => {
    const { filters, byInstitution } = provinceListQuerySchema.parse({
      q: ["a", "b"],
      status: "DELETED",
      group: "x'; drop table",
      category: "a".repeat(65),
      page: "-2",
      view: "tabel",
    });
    expect(filters).toEqual({ q: "a", status: "", groupId: "", categoryId: "", institutionId: "", page: 1 });
    expect(byInstitution).toBe(false);
    expect(provinceListQuerySchema.parse({}).filters).toEqual({
      q: "",
      status: "",
      groupId: "",
      categoryId: "",
      institutionId: "",
      page: 1,
    });
  });

  it("caps the title search at 100 characters", () => {
    expect(provinceListQuerySchema.parse({ q: "x".repeat(150) }).filters.q).toHaveLength(100);
    expect(unitQueueQuerySchema.parse({ q: "x".repeat(150) }).q).toHaveLength(100);
    expect(unitQueueQuerySchema.parse({ q: ["  kedua ", "ketiga"] }).q).toBe("kedua");
  });
});
