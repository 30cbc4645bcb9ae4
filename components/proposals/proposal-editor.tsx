"use client";

import { useEffect, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import type { ProposalEditorData } from "@/lib/proposals/editor";
import { AttachmentsPanel } from "./attachments-panel";
import { FactsForm } from "./facts-form";
import { SaveBoardProvider, summarise, useSaveBoard } from "./save-board";
import { SaveStatus } from "./save-status";
import { SectionEditor } from "./section-editor";

/** The whole drafting page below the header: a sticky save bar, the facts, every section, the attachments. */
export function ProposalEditor({ data, actions }: { data: ProposalEditorData; actions?: ReactNode }) {
  return (
    <SaveBoardProvider>
      <EditorBody data={data} actions={actions} />
    </SaveBoardProvider>
  );
}

function EditorBody({ data, actions }: { data: ProposalEditorData; actions?: ReactNode }) {
  const enabled = data.editable.ok;
  const board = useSaveBoard();
  const page = summarise(board.entries);
  const { flushAll } = board;

  // Leaving with unsaved work: the browser asks first (the local copy would still restore it).
  useEffect(() => {
    if (!page.unsaved) return;
    const warn = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      flushAll();
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [page.unsaved, flushAll]);

  // Ctrl+S / Cmd+S saves instead of downloading the page.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === "s") {
        e.preventDefault();
        flushAll();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [flushAll]);

  return (
    <div className="space-y-5">
      <div className="sticky top-0 z-20 -mx-4 border-b border-slate-200 bg-slate-50/95 px-4 py-2 backdrop-blur sm:mx-0 sm:rounded-xl sm:border sm:bg-white/95 sm:px-4 sm:shadow-sm">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <div className="min-w-0" data-testid="status-halaman">
            <SaveStatus state={page.state} savedAt={page.savedAt} />
          </div>
          <div className="flex flex-wrap items-center gap-2">
            {enabled ? (
              <Button size="sm" onClick={flushAll} disabled={page.state === "saving"}>
                Simpan
              </Button>
            ) : null}
            {actions ? (
              // Sending is held back until every part is saved.
              <fieldset
                className="flex items-center"
                disabled={page.unsaved}
                title={page.unsaved ? "Tunggu sampai semua isian tersimpan." : undefined}
              >
                {actions}
              </fieldset>
            ) : null}
          </div>
        </div>
      </div>
      <FactsForm
        proposalId={data.id}
        enabled={enabled}
        facts={data.facts}
        version={data.factsVersion}
        savedAt={data.factsSavedAt}
        groups={data.groups}
        categories={data.categories}
        replicated={data.replicatedInnovation}
      />
      <div className="space-y-5" aria-label="Bagian usulan">
        {data.sections.map((s, i) => (
          <SectionEditor key={s.id} proposalId={data.id} section={s} index={i} enabled={enabled} />
        ))}
      </div>
      <AttachmentsPanel
        proposalId={data.id}
        requirements={data.requirements}
        attachments={data.attachments}
        enabled={enabled}
      />
    </div>
  );
}
