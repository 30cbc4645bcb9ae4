import { describe, expect, it } from "vitest";
import { incompleteMessage, missingForHandOff } from "./completeness";

const complete = {
  title: "Layanan Antar Dokumen",
  implementationStartedOn: new Date("2024-01-01"),
  sections: [
    { title: "Latar belakang", required: true, text: "Ada isi di sini" },
    { title: "Catatan tambahan", required: false, text: "" },
  ],
  requiredAttachments: [{ kind: "SK", label: "SK Inovasi" }],
  attachmentKinds: ["SK"],
};

describe("missingForHandOff", () => {
  it("lets a complete proposal go (optional sections may stay empty)", () => {
    expect(missingForHandOff(complete)).toEqual([]);
  });

  it("lists every empty required section, missing required file and missing fact", () => {
    const gaps = missingForHandOff({
      ...complete,
      implementationStartedOn: null,
      sections: [{ title: "Latar belakang", required: true, text: "   " }],
      attachmentKinds: [],
    });
    expect(gaps).toEqual([
      "Tanggal mulai diterapkan belum diisi",
      'Bagian "Latar belakang" masih kosong',
      'Lampiran wajib "SK Inovasi" belum diunggah',
    ]);
    expect(incompleteMessage(gaps)).toContain('Bagian "Latar belakang" masih kosong');
  });
});
