"use client";

import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import type { SaveState } from "./use-autosave";

// Collects the save state of every part of the page, for the page-wide status and the "Simpan" button.

type Entry = { state: SaveState; savedAt: string | null };
type Board = {
  report: (key: string, entry: Entry, flush: () => void) => void;
  entries: Record<string, Entry>;
  flushAll: () => void;
};

const BoardContext = createContext<Board | null>(null);

export function SaveBoardProvider({ children }: { children: ReactNode }) {
  const [entries, setEntries] = useState<Record<string, Entry>>({});
  const flushers = useRef(new Map<string, () => void>());
  const report = useCallback((key: string, entry: Entry, flush: () => void) => {
    flushers.current.set(key, flush);
    setEntries((prev) =>
      prev[key]?.state === entry.state && prev[key]?.savedAt === entry.savedAt ? prev : { ...prev, [key]: entry },
    );
  }, []);
  const flushAll = useCallback(() => {
    for (const f of flushers.current.values()) f();
  }, []);
  const value = useMemo(() => ({ report, entries, flushAll }), [report, entries, flushAll]);
  return <BoardContext.Provider value={value}>{children}</BoardContext.Provider>;
}

export function useSaveBoard(): Board {
  const b = useContext(BoardContext);
  if (!b) throw new Error("useSaveBoard outside SaveBoardProvider");
  return b;
}

/** Reports one part's state to the board. */
export function useReportSave(key: string, state: SaveState, savedAt: string | null, flush: () => void) {
  const { report } = useSaveBoard();
  const flushRef = useRef(flush);
  useEffect(() => {
    flushRef.current = flush;
  });
  useEffect(() => {
    report(key, { state, savedAt }, () => flushRef.current());
  }, [report, key, state, savedAt]);
}

const PRIORITY: SaveState[] = ["conflict", "error", "retrying", "invalid", "saving", "dirty", "saved", "idle"];

/** The page's state: the most urgent of its parts; the time of the latest save. */
export function summarise(entries: Record<string, Entry>): {
  state: SaveState;
  savedAt: string | null;
  unsaved: boolean;
} {
  const list = Object.values(entries);
  const state = PRIORITY.find((s) => list.some((e) => e.state === s)) ?? "idle";
  const savedAt = list.reduce<string | null>(
    (max, e) => (e.savedAt && (!max || e.savedAt > max) ? e.savedAt : max),
    null,
  );
  const unsaved = list.some((e) => ["dirty", "saving", "retrying", "invalid", "conflict", "error"].includes(e.state));
  return { state: state === "idle" && savedAt ? "saved" : state, savedAt, unsaved };
}
