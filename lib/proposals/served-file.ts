import { contentDisposition } from "@/lib/http/responses";

// How an uploaded file is handed to a reader. The stored content type was sniffed from the file's bytes at
// upload (never the browser's claim), so it can be trusted to pick inline or download.

/** Types the browser shows itself, safely: PDF in its own viewer, images as images. */
const INLINE_TYPES = new Set(["application/pdf", "image/png", "image/jpeg", "image/webp"]);

/**
 * A served file runs no script of ours and loads nothing: `sandbox` makes an image or a download an opaque
 * origin. A PDF is left without `sandbox` because Chromium refuses to open its PDF viewer in a sandboxed
 * document; the viewer runs in its own process and `default-src 'none'` still forbids the file any fetch.
 */
function policyFor(contentType: string): string {
  const base = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'self'";
  return contentType === "application/pdf" ? base : `${base}; sandbox`;
}

export function isInlineType(contentType: string): boolean {
  return INLINE_TYPES.has(contentType);
}

/** `sizeBytes` when the row records it (attachments); files whose size is not stored stream without a length. */
export function servedFileHeaders(file: {
  fileName: string;
  contentType: string;
  sizeBytes?: number;
}): Record<string, string> {
  const inline = isInlineType(file.contentType);
  return {
    "content-type": inline ? file.contentType : "application/octet-stream",
    ...(file.sizeBytes === undefined ? {} : { "content-length": String(file.sizeBytes) }),
    "content-disposition": contentDisposition(inline ? "inline" : "attachment", file.fileName),
    "content-security-policy": policyFor(file.contentType),
    "cache-control": "private, no-store",
    "x-content-type-options": "nosniff",
  };
}
