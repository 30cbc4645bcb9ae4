import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { TRANSITIONS } from "@/lib/proposals/lifecycle";
import { STATUS_LABEL } from "@/lib/proposals/lifecycle";
import { TEMPLATE_LABEL, templateLabel } from "@/lib/notifications/labels";
import { ACTION_LABEL, ENTITY_LABEL, actionLabel, entityLabel, refusedActionLabel } from "./labels";
import { fieldRows, formatAuditValue } from "./field-view";

const root = path.resolve(import.meta.dirname, "../..");

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((d) => {
    const rel = path.join(dir, d.name);
    if (d.isDirectory()) return d.name === "generated" ? [] : sourceFiles(rel);
    return /\.tsx?$/.test(d.name) && !/\.test\.tsx?$/.test(d.name) ? [rel] : [];
  });
}

const sources = [...sourceFiles("lib"), ...sourceFiles("app")].map((f) => ({
  file: f,
  text: fs.readFileSync(path.join(root, f), "utf8"),
}));

/** What follows `action:` up to the end of the property: a literal, a ternary of literals, a template… */
function actionExpressions(): { file: string; expr: string }[] {
  const found: { file: string; expr: string }[] = [];
  // The log's own plumbing and its readers pass codes through; only the writers name them.
  const readers = new Set(["lib/audit/audit.ts", "lib/audit/queries.ts"]);
  for (const { file, text } of sources) {
    if (readers.has(file) || file.startsWith("app/")) continue;
    for (const m of text.matchAll(/\baction:\s*(`[^`]*`|[^,\n}]+)/g)) {
      const expr = m[1]!.trim();
      if (expr.startsWith("{") || expr.startsWith("true") || /^"(asc|desc)"$/.test(expr)) continue;
      found.push({ file, expr });
    }
  }
  return found;
}

// Action codes that are not written as plain literals; each is covered below by its expansion.
const DYNAMIC = new Set(["`proposal.${name}`", "REFUSED_ACTION"]);

describe("audit labels", () => {
  it("label every action code the source writes to the log", () => {
    const unlabelled: string[] = [];
    const unknownExpressions: string[] = [];
    for (const { file, expr } of actionExpressions()) {
      const literals = [...expr.matchAll(/"([^"]+)"/g)].map((m) => m[1]!);
      if (literals.length === 0) {
        if (!DYNAMIC.has(expr)) unknownExpressions.push(`${file}: action: ${expr}`);
        continue;
      }
      for (const code of literals) if (!ACTION_LABEL[code]) unlabelled.push(`${file}: ${code}`);
    }
    for (const name of Object.keys(TRANSITIONS))
      if (!ACTION_LABEL[`proposal.${name}`]) unlabelled.push(`workflow: proposal.${name}`);
    if (!ACTION_LABEL["action.refused"]) unlabelled.push("refusals: action.refused");
    // A new dynamic action code needs its expansions labelled and an entry in DYNAMIC above.
    expect(unknownExpressions, unknownExpressions.join("\n")).toEqual([]);
    expect(unlabelled, unlabelled.join("\n")).toEqual([]);
  });

  it("label every entity type the source writes to the log", () => {
    const missing = sources.flatMap(({ file, text }) =>
      [...text.matchAll(/\bentityType:\s*"([^"]+)"/g)]
        .filter((m) => m[1] !== "asc" && m[1] !== "desc")
        .map((m) => m[1]!)
        .filter((t) => !ENTITY_LABEL[t])
        .map((t) => `${file}: ${t}`),
    );
    expect(missing).toEqual([]);
  });

  it("name every mail template the source queues", () => {
    const literals = sources
      .filter(({ file }) => file.startsWith("lib"))
      .flatMap(({ text }) => [
        ...[...text.matchAll(/\btemplate:\s*"([^"]+)"/g)].map((m) => m[1]!),
        ...[...text.matchAll(/_TEMPLATE\s*=\s*"([^"]+)"/g)].map((m) => m[1]!),
      ]);
    // Workflow mail is named after the status it announces.
    const perStatus = Object.keys(STATUS_LABEL)
      .filter((s) => !["DRAFT", "WITH_UNIT_ADMIN", "RESUBMITTED"].includes(s))
      .map((s) => `proposal.${s.toLowerCase().replaceAll("_", "-")}`);
    const missing = [...literals, ...perStatus, "proposal.with-unit-admin", "proposal.resubmitted"].filter(
      (t) => !TEMPLATE_LABEL[t],
    );
    expect(missing).toEqual([]);
  });

  it("never fall back to the bare code", () => {
    expect(actionLabel("proposal.judging.score")).toBe("Tindakan lain pada usulan");
    expect(actionLabel("whatever.thing")).toBe("Tindakan lain");
    expect(entityLabel("JudgeScore")).toBe("Data lain");
    expect(refusedActionLabel("proposals.send-to-unit-admin")).toBe("Tindakan pada usulan");
    expect(refusedActionLabel("route:usulan.lampiran.download")).toBe("Tindakan pada usulan");
    expect(templateLabel("judging.invitation")).toBe("Pemberitahuan portal");
  });
});

describe("audit field view", () => {
  it("shows values in words: WIB dates, Ya/Tidak, status names, sizes", () => {
    expect(formatAuditValue("correctionDeadline", "2026-03-01T16:59:00.000Z")).toMatch(/23\.59|23:59/);
    expect(formatAuditValue("active", false)).toBe("Tidak");
    expect(formatAuditValue("status", "RETURNED_TO_UNIT")).toBe("Dikembalikan ke unit");
    expect(formatAuditValue("status", "DISABLED")).toBe("Nonaktif");
    expect(formatAuditValue("sizeBytes", 2 * 1024 * 1024)).toMatch(/MB/);
    expect(formatAuditValue("items", [{ key: "sk", label: "SK sah", passed: true, note: null }])).toBe(
      "SK sah: Memenuhi Ya; Catatan —",
    );
  });

  it("leaves hashes and secrets out and labels the fields", () => {
    const rows = fieldRows(
      { status: "DRAFT", version: 1 },
      {
        status: "WITH_UNIT_ADMIN",
        version: 2,
        sha256: "ab".repeat(32),
        passwordHash: "x",
        permission: "proposal:edit",
      },
    );
    expect(rows.map((r) => r.label)).toEqual(["Status", "Versi"]);
    expect(rows[0]).toMatchObject({ before: "Draf", after: "Di admin lokal", changed: true });
    for (const r of rows) expect(`${r.before}${r.after}`).not.toMatch(/[{}]/);
  });
});
