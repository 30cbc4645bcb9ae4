import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { DomainError } from "@/lib/errors";
import { formatMegabytes } from "@/lib/format/size";
import { sniffContentType } from "@/lib/proposals/attachments";
import { fileStorage } from "./index";

export type CheckedUpload = {
  body: AsyncIterable<Uint8Array>;
  /** Content-Length, when sent: an oversize upload is refused before a byte is read. */
  declaredSize?: number | null;
  maxBytes: number;
  /** Content types the first bytes must prove (sniffed, never the client's word). */
  allowed: readonly string[];
  /** The message when the bytes are not one of `allowed`. */
  wrongType: string;
  /** Folder of the storage key ("juknis", "hasil", …); the rest of the key is random. */
  prefix: string;
};

export type StoredUpload = { storageKey: string; size: number; sha256: string; contentType: string };

const SNIFF_BYTES = 8;

/**
 * Streams an upload into file storage, capping its size and proving its type from the first bytes, which are
 * held back until they do: a refused upload writes nothing. The caller records the key in its transaction and
 * removes the file if that transaction fails.
 */
export async function storeCheckedUpload(input: CheckedUpload): Promise<StoredUpload> {
  const tooLarge = () => new DomainError("INVALID", `Ukuran berkas melebihi batas ${formatMegabytes(input.maxBytes)}.`);
  if (input.declaredSize && input.declaredSize > input.maxBytes) throw tooLarge();
  let size = 0;
  let contentType = "";
  const hash = createHash("sha256");
  const prove = (head: Buffer) => {
    const sniffed = sniffContentType(head);
    if (!sniffed || !input.allowed.includes(sniffed)) throw new DomainError("INVALID", input.wrongType);
    contentType = sniffed;
  };
  async function* checked(): AsyncGenerator<Uint8Array> {
    let head: Buffer | null = Buffer.alloc(0);
    for await (const chunk of input.body) {
      size += chunk.byteLength;
      if (size > input.maxBytes) throw tooLarge();
      hash.update(chunk);
      if (!head) {
        yield chunk;
        continue;
      }
      head = Buffer.concat([head, chunk]);
      if (head.length < SNIFF_BYTES) continue;
      prove(head);
      yield head;
      head = null;
    }
    if (head) {
      if (head.length === 0) throw new DomainError("INVALID", "Berkas kosong.");
      prove(head);
      yield head;
    }
  }
  const storageKey = `${input.prefix}/${randomBytes(16).toString("hex")}`;
  await fileStorage().put(storageKey, checked());
  return { storageKey, size, sha256: hash.digest("hex"), contentType };
}
