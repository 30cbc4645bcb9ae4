import "server-only";
import { Readable } from "node:stream";
import type { ReadableStream as NodeWebStream } from "node:stream/web";
import { DomainError } from "@/lib/errors";

export type UploadedFile = { fileName: string; body: Readable; declaredSize: number | null };

/**
 * A file sent as the raw request body (not multipart), as the upload routes take it: streamed, so the service
 * can cap its size and sniff its type without buffering it whole. The name travels URI-encoded in
 * `X-File-Name`; a malformed one becomes `fallbackName` rather than an error.
 */
export function uploadedFile(request: Request, fallbackName: string): UploadedFile {
  if (!request.body) throw new DomainError("INVALID", "Berkas kosong.");
  let fileName: string;
  try {
    fileName = decodeURIComponent(request.headers.get("x-file-name") ?? fallbackName);
  } catch {
    fileName = fallbackName;
  }
  const declared = Number(request.headers.get("content-length"));
  return {
    fileName,
    body: Readable.fromWeb(request.body as unknown as NodeWebStream<Uint8Array>),
    declaredSize: Number.isFinite(declared) && declared > 0 ? declared : null,
  };
}
