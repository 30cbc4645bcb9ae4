"use client";

import { useRef, useState } from "react";
import { Textarea } from "@/components/ui/field";
import { cn } from "@/components/ui/cn";
import { sectionTextSchema } from "@/lib/proposals/schemas";
import { countWords } from "@/lib/proposals/text";
import { ConflictPanel } from "./conflict-panel";
import { useReportSave } from "./save-board";
import { SaveStatus } from "./save-status";
import { useAutosave } from "./use-autosave";
import { RestoredNotice } from "./restored-notice";
import { saveSection } from "./save-section";

export type EditorSection = {
  id: string;
  key: string;
  title: string;
  guidance: string | null;
  wordLimit: number | null;
  required: boolean;
  text: string;
  version: number;
  savedAt: string | null;
  savedBy: string | null;
};

export const storageKeyFor = (proposalId: string, part: string) => `kovablik:usulan:${proposalId}:${part}`;

export function SectionEditor({
  proposalId,
  section,
  index,
  enabled,
}: {
  proposalId: string;
  section: EditorSection;
  index: number;
  enabled: boolean;
}) {
  const [text, setText] = useState(section.text);
  const textRef = useRef(section.text);
  const limit = section.wordLimit;

  const autosave = useAutosave<string>({
    storageKey: storageKeyFor(proposalId, `bagian:${section.id}`),
    initialValue: section.text,
    initialVersion: section.version,
    initialSavedAt: section.savedAt,
    enabled,
    getValue: () => textRef.current,
    applyValue: (v) => {
      textRef.current = v;
      setText(v);
    },
    validate: (v) => {
      const words = countWords(v);
      if (limit && words > limit) return `melebihi batas ${limit} kata (${words} kata). Persingkat dulu.`;
      const r = sectionTextSchema.safeParse(v);
      return r.success ? null : (r.error.issues[0]?.message ?? "teks tidak valid.");
    },
    save: (value, baseVersion) => saveSection(proposalId, section.id, baseVersion, value),
  });
  useReportSave(`bagian:${section.id}`, autosave.state, autosave.savedAt, autosave.flush);

  const words = countWords(text);
  const over = !!limit && words > limit;
  const id = `bagian-${section.key}`;

  return (
    <section
      aria-labelledby={`${id}-judul`}
      className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6"
      data-section={section.key}
    >
      <div className="flex flex-col gap-1 sm:flex-row sm:items-baseline sm:justify-between sm:gap-4">
        <h3 id={`${id}-judul`} className="text-lg font-bold text-brand-950">
          <label htmlFor={id}>
            {index + 1}. {section.title}
            {section.required ? (
              <span className="ml-1 text-red-700" aria-hidden="true">
                *
              </span>
            ) : null}
          </label>
        </h3>
        <SaveStatus
          state={autosave.state}
          savedAt={autosave.savedAt}
          message={autosave.state === "invalid" || autosave.state === "error" ? autosave.message : null}
          className="sm:text-right"
        />
      </div>
      {section.guidance ? (
        <p id={`${id}-panduan`} className="mt-1 text-sm leading-relaxed text-slate-600">
          {section.guidance}
        </p>
      ) : null}
      <RestoredNotice autosave={autosave} what="Teks" className="mt-3" />
      <Textarea
        id={id}
        value={text}
        disabled={!enabled}
        rows={8}
        aria-describedby={[section.guidance ? `${id}-panduan` : null, `${id}-hitung`].filter(Boolean).join(" ")}
        aria-invalid={over}
        className="mt-3 min-h-48 leading-relaxed"
        onChange={(e) => {
          textRef.current = e.target.value;
          setText(e.target.value);
          autosave.changed();
        }}
        onBlur={() => autosave.flush()}
      />
      <p
        id={`${id}-hitung`}
        className={cn("mt-1.5 text-sm tabular-nums", over ? "font-semibold text-red-700" : "text-slate-600")}
        aria-live={over ? "polite" : "off"}
      >
        {limit ? `${words} / ${limit} kata` : `${words} kata`}
        {over ? ` — lebih ${words - limit!} kata; bagian ini tidak akan disimpan sebelum dipersingkat.` : ""}
      </p>
      {autosave.conflict ? (
        <div className="mt-3">
          <ConflictPanel
            savedBy={autosave.conflict.savedBy}
            savedAt={autosave.conflict.savedAt}
            mine={text || <em>(kosong)</em>}
            theirs={autosave.conflict.theirs || <em>(kosong)</em>}
            onKeepMine={autosave.keepMine}
            onTakeTheirs={autosave.takeTheirs}
          />
        </div>
      ) : null}
    </section>
  );
}
