// Structured logs: one JSON object per line (stdout; errors on stderr), carrying the request id and the
// acting user's id from the request context (./context.ts). Ids only: no e-mail addresses, names, passwords,
// tokens, cookies or connection strings — fields whose names suggest one are dropped, and free text (error
// messages, stacks) is scrubbed of anything that looks like one. docs/decisions/015-backup-and-logs.md
import { currentRequest } from "./context";

export type LogLevel = "debug" | "info" | "warn" | "error";
export type LogValue = string | number | boolean | null | undefined;
export type LogFields = Record<string, LogValue>;

const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

// A key like these never carries its value into the log, whatever the caller passed.
const SECRET_KEY = /pass|secret|token|cookie|authori[sz]ation|e-?mail|phone|session|credential|name$/i;
const ALLOWED_NAME_KEYS = new Set(["errorName"]);

const SCRUB: [RegExp, string][] = [
  [/[\w.+-]+@[\w-]+(\.[\w-]+)+/g, "[email]"],
  [/\b(bearer|basic)\s+[\w.~+/=-]+/gi, "$1 [redacted]"],
  [/eyJ[\w-]+\.[\w-]+\.[\w-]*/g, "[token]"],
  [/(\w+:\/\/[^:/\s@]*:)[^@\s]+@/g, "$1***@"],
  [/\b[A-Za-z0-9_-]{40,}\b/g, "[secret]"],
];

/** Free text with e-mail addresses, tokens, URL passwords and long secret-like strings replaced. */
export function scrub(text: string): string {
  let out = text;
  for (const [re, by] of SCRUB) out = out.replace(re, by);
  return out;
}

type Sink = (line: string, level: LogLevel) => void;
const defaultSink: Sink = (line, level) => (level === "error" ? process.stderr : process.stdout).write(`${line}\n`);
let sink: Sink = defaultSink;

/** For tests: catch the lines (or restore the default with undefined). */
export function setLogSink(s: Sink | undefined): void {
  sink = s ?? defaultSink;
}

function threshold(): number {
  const configured = process.env.KOVABLIK_LOG_LEVEL?.toLowerCase();
  if (configured === "off") return Infinity;
  return RANK[configured as LogLevel] ?? RANK.info;
}

export function log(level: LogLevel, msg: string, fields: LogFields = {}): void {
  if (RANK[level] < threshold()) return;
  try {
    const ctx = currentRequest();
    const line: Record<string, LogValue> = { time: new Date().toISOString(), level, msg };
    if (ctx) {
      line.requestId = ctx.requestId;
      line.actorId = ctx.actorId ?? null;
    }
    for (const [key, value] of Object.entries(fields)) {
      if (value === undefined) continue;
      if (SECRET_KEY.test(key) && !ALLOWED_NAME_KEYS.has(key)) line[key] = "[redacted]";
      else line[key] = typeof value === "string" ? scrub(value).slice(0, 4000) : value;
    }
    sink(JSON.stringify(line), level);
  } catch {
    // A log line is never worth failing the request over.
  }
}

/** An unexpected error: its kind, message and stack (scrubbed), with where it happened. */
export function logError(where: string, error: unknown, fields: LogFields = {}): void {
  const e = error instanceof Error ? error : new Error(String(error));
  const code = (e as { code?: unknown }).code;
  log("error", "error", {
    where,
    errorName: e.name,
    code: typeof code === "string" || typeof code === "number" ? code : undefined,
    message: e.message,
    stack: e.stack?.split("\n").slice(1, 12).join("\n"),
    ...fields,
  });
}
