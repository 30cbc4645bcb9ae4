// Where uploaded files live. Deliberately small (write a stream, read a stream, remove) so an S3-compatible
// store can be added behind the same interface without touching the callers.
import type { Readable } from "node:stream";

export interface FileStorage {
  /**
   * Writes the stream under `key`. The file becomes visible only once the whole stream is written: if the
   * stream fails (too large, not the right type), nothing is left behind under the key.
   */
  put(key: string, body: AsyncIterable<Uint8Array>): Promise<void>;
  /** The file's bytes, or null when there is no such file. */
  get(key: string): Promise<Readable | null>;
  remove(key: string): Promise<void>;
  /** Throws when files could not be written now (the health endpoint reports it). */
  check(): Promise<void>;
}
