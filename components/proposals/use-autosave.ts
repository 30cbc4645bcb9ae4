"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { ActionResult } from "@/lib/actions/action";
import type { SaveOutcome } from "@/lib/proposals/schemas";

// Autosave of one part of the proposal (a section, or the facts block). Nothing typed may be lost:
// - every change is written to localStorage at once (a killed tab loses at most the last keystroke);
// - it is sent ~1.5 s after typing stops, on blur, and on "Simpan", with the version it started from;
// - a network failure is retried with backoff until it goes through;
// - if someone else saved first, the server refuses and the user chooses between both versions.

export const AUTOSAVE_DELAY_MS = 1500;
const MAX_RETRY_DELAY_MS = 30_000;

export type SaveState = "idle" | "dirty" | "saving" | "saved" | "retrying" | "invalid" | "error" | "conflict";

export type Conflict<T> = { theirs: T; version: number; savedAt: string; savedBy: string | null; mine: T };

type Stored<T> = { value: T; baseVersion: number; at: number };

export type AutosaveOptions<T> = {
  /** localStorage key: proposal + section. */
  storageKey: string;
  initialValue: T;
  initialVersion: number;
  initialSavedAt: string | null;
  enabled: boolean;
  /** The current value (the form owns it). */
  getValue: () => T;
  /** Puts a value into the form (restoring a local copy, taking the other version). */
  applyValue: (value: T) => void;
  /** A reason not to send the value yet (over the word limit, an invalid field); null when it may go. */
  validate?: (value: T) => string | null;
  save: (value: T, baseVersion: number) => Promise<ActionResult<SaveOutcome<T>>>;
  /** The value as the server will store it, for comparisons (e.g. the zod schema's parse). */
  normalise?: (value: T) => unknown;
  /** The server refused the value (field errors to show next to the fields). */
  onRefused?: (fieldErrors: Record<string, string[]> | undefined) => void;
};

export type Autosave<T> = {
  state: SaveState;
  savedAt: string | null;
  message: string | null;
  conflict: Conflict<T> | null;
  restored: boolean;
  /** Call on every change. */
  changed: () => void;
  /** Save now (blur, the Simpan button). */
  flush: () => void;
  keepMine: () => void;
  takeTheirs: () => void;
  dismissRestored: () => void;
};

/** JSON with sorted keys, so the same value always compares equal whatever order a form built it in. */
function serialise(v: unknown): string {
  return JSON.stringify(v, (_k, val: unknown) =>
    val && typeof val === "object" && !Array.isArray(val)
      ? Object.fromEntries(Object.entries(val as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : val,
  );
}

function readStored<T>(key: string): Stored<T> | null {
  try {
    const raw = window.localStorage.getItem(key);
    return raw ? (JSON.parse(raw) as Stored<T>) : null;
  } catch {
    return null;
  }
}

function writeStored<T>(key: string, value: Stored<T>) {
  try {
    window.localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Storage full or blocked: the server copy and the open tab still hold the text.
  }
}

function clearStored(key: string) {
  try {
    window.localStorage.removeItem(key);
  } catch {
    /* ignore */
  }
}

/** Errors that another try will not fix: tell the user instead of retrying. */
const FINAL_CODES = new Set(["DEADLINE", "FORBIDDEN", "UNAUTHENTICATED", "NOT_FOUND", "CONFLICT", "INVALID"]);

export function useAutosave<T>(opts: AutosaveOptions<T>): Autosave<T> {
  const optsRef = useRef(opts);
  useEffect(() => {
    optsRef.current = opts;
  });
  /** What a value compares by: as the server will store it (trimmed, parsed), so no-op edits are not saves. */
  const keyOf = (v: T) => {
    const n = optsRef.current.normalise;
    return serialise(n ? n(v) : v);
  };

  const [state, setState] = useState<SaveState>(opts.initialSavedAt ? "saved" : "idle");
  const [savedAt, setSavedAt] = useState<string | null>(opts.initialSavedAt);
  const [message, setMessage] = useState<string | null>(null);
  const [conflict, setConflict] = useState<Conflict<T> | null>(null);
  const [restored, setRestored] = useState(false);

  const base = useRef(opts.initialVersion);
  const [initialKey] = useState(() =>
    serialise(opts.normalise ? opts.normalise(opts.initialValue) : opts.initialValue),
  );
  const lastSaved = useRef(initialKey);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const inFlight = useRef(false);
  const again = useRef(false);
  const attempts = useRef(0);
  const inConflict = useRef(false);
  const flushRef = useRef<() => void>(() => undefined);
  const savedAtRef = useRef<string | null>(opts.initialSavedAt);
  const conflictRef = useRef<Conflict<T> | null>(null);
  const showConflict = (c: Conflict<T> | null) => {
    conflictRef.current = c;
    inConflict.current = !!c;
    setConflict(c);
  };

  const clearTimer = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
  };
  const schedule = (ms: number) => {
    clearTimer();
    timer.current = setTimeout(() => flushRef.current(), ms);
  };

  const remember = useCallback((value: T) => {
    writeStored(optsRef.current.storageKey, { value, baseVersion: base.current, at: Date.now() });
  }, []);

  const flush = useCallback(async () => {
    clearTimer();
    const o = optsRef.current;
    if (!o.enabled || inConflict.current) return;
    if (inFlight.current) {
      again.current = true;
      return;
    }
    const value = o.getValue();
    const text = keyOf(value);
    if (text === lastSaved.current) {
      clearStored(o.storageKey);
      setState((s) =>
        s === "dirty" || s === "invalid" || s === "retrying" ? (savedAtRef.current ? "saved" : "idle") : s,
      );
      setMessage(null);
      return;
    }
    const invalid = o.validate?.(value) ?? null;
    if (invalid) {
      setState("invalid");
      setMessage(invalid);
      return;
    }
    inFlight.current = true;
    setState("saving");
    let retry = false;
    try {
      const r = await o.save(value, base.current);
      if (!r.ok) {
        if (r.code && FINAL_CODES.has(r.code)) {
          setState(r.code === "INVALID" ? "invalid" : "error");
          setMessage(r.error);
          o.onRefused?.(r.fieldErrors);
        } else {
          retry = true;
        }
      } else if (r.data.saved) {
        attempts.current = 0;
        base.current = r.data.version;
        lastSaved.current = text;
        savedAtRef.current = r.data.savedAt;
        setSavedAt(r.data.savedAt);
        setMessage(null);
        const now = keyOf(optsRef.current.getValue());
        if (now === text) {
          clearStored(o.storageKey);
          setState("saved");
        } else {
          // Typed on while saving: keep the local copy pointing at the new version and save again soon.
          remember(optsRef.current.getValue());
          setState("dirty");
          schedule(AUTOSAVE_DELAY_MS);
        }
      } else {
        attempts.current = 0;
        const c = r.data.conflict;
        const theirs = keyOf(c.value);
        const mine = keyOf(optsRef.current.getValue());
        setMessage(null);
        if (theirs === lastSaved.current || theirs === mine) {
          // Only the version moved (a workflow step, or this very text saved from another tab): nobody's
          // words would be overwritten, so carry on from the new version without bothering the user.
          base.current = c.version;
          lastSaved.current = theirs;
          savedAtRef.current = c.savedAt;
          setSavedAt(c.savedAt);
          if (theirs === mine) {
            clearStored(o.storageKey);
            setState("saved");
          } else {
            again.current = true;
          }
        } else {
          showConflict({
            theirs: c.value,
            version: c.version,
            savedAt: c.savedAt,
            savedBy: c.savedBy,
            mine: optsRef.current.getValue(),
          });
          setState("conflict");
        }
      }
    } catch {
      // Offline, server unreachable, or the action endpoint changed under us: keep trying.
      retry = true;
    } finally {
      inFlight.current = false;
    }
    if (retry) {
      attempts.current += 1;
      setState("retrying");
      setMessage(null);
      schedule(Math.min(MAX_RETRY_DELAY_MS, 1000 * 2 ** Math.min(attempts.current, 5)));
      return;
    }
    if (again.current) {
      again.current = false;
      void flushRef.current();
    }
    // The helpers it calls touch only refs and state setters.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [remember]);

  useEffect(() => {
    flushRef.current = () => void flush();
  }, [flush]);

  const changed = useCallback(() => {
    const o = optsRef.current;
    if (!o.enabled) return;
    const value = o.getValue();
    remember(value);
    if (inConflict.current) return;
    if (keyOf(value) === lastSaved.current) {
      clearTimer();
      clearStored(o.storageKey);
      setState(savedAtRef.current ? "saved" : "idle");
      setMessage(null);
      return;
    }
    setState((s) => (s === "saving" ? s : "dirty"));
    const invalid = o.validate?.(value) ?? null;
    setMessage(invalid);
    schedule(AUTOSAVE_DELAY_MS);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [remember]);

  // Keep mine: save my text on top of the version the other save produced (theirs stays in its history
  // only through the user's own choice, never silently).
  const keepMine = useCallback(() => {
    const c = conflictRef.current;
    if (!c) return;
    base.current = c.version;
    // Whatever the server holds now differs from mine, so the next flush will send it.
    lastSaved.current = keyOf(c.theirs);
    showConflict(null);
    remember(optsRef.current.getValue());
    setState("dirty");
    flushRef.current();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [remember]);

  const takeTheirs = useCallback(() => {
    const c = conflictRef.current;
    if (!c) return;
    base.current = c.version;
    lastSaved.current = keyOf(c.theirs);
    savedAtRef.current = c.savedAt;
    setSavedAt(c.savedAt);
    optsRef.current.applyValue(c.theirs);
    showConflict(null);
    clearStored(optsRef.current.storageKey);
    setState("saved");
    setMessage(null);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // On load: a local copy that differs from the server's is work the last tab did not get to save.
  useEffect(() => {
    const o = optsRef.current;
    if (!o.enabled) return;
    const stored = readStored<T>(o.storageKey);
    if (!stored) return;
    if (keyOf(stored.value) === keyOf(o.initialValue)) {
      clearStored(o.storageKey);
      return;
    }
    o.applyValue(stored.value);
    setRestored(true);
    if (stored.baseVersion >= o.initialVersion) {
      setState("dirty");
      schedule(AUTOSAVE_DELAY_MS);
    } else {
      // The server moved on since this copy was typed (another tab or person): let the user choose.
      showConflict({
        theirs: o.initialValue,
        version: o.initialVersion,
        savedAt: o.initialSavedAt ?? new Date().toISOString(),
        savedBy: null,
        mine: stored.value,
      });
      setState("conflict");
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Back online: retry now rather than waiting for the backoff.
  useEffect(() => {
    const online = () => {
      if (timer.current || state === "retrying") flushRef.current();
    };
    window.addEventListener("online", online);
    return () => window.removeEventListener("online", online);
  }, [state]);

  useEffect(() => () => clearTimer(), []);

  return {
    state,
    savedAt,
    message,
    conflict,
    restored,
    changed,
    flush: () => flushRef.current(),
    keepMine,
    takeTheirs,
    dismissRestored: () => setRestored(false),
  };
}
