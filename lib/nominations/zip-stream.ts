import "server-only";
import { Zip, ZipDeflate, ZipPassThrough } from "fflate";

// A ZIP written as it is read: each file's bytes go through as they arrive, so a dossier with large
// attachments never sits whole in memory. Files that are already compressed (PDF, images, video) are stored;
// text is deflated.

export type ZipEntry = {
  name: string;
  /** The file's bytes, or a function that opens them when the archive reaches the entry (null: left out). */
  data: Uint8Array | (() => Promise<AsyncIterable<Uint8Array> | null>);
  deflate?: boolean;
};

export function zipStream(entries: () => AsyncIterable<ZipEntry>): ReadableStream<Uint8Array> {
  return new ReadableStream<Uint8Array>({
    async start(controller) {
      const zip = new Zip((err, chunk, final) => {
        if (err) return controller.error(err);
        controller.enqueue(chunk);
        if (final) controller.close();
      });
      try {
        for await (const entry of entries()) {
          const body = entry.data instanceof Uint8Array ? entry.data : await entry.data();
          if (!body) continue; // gone from the store: left out (the caller says so in its own index)
          const file = entry.deflate ? new ZipDeflate(entry.name, { level: 6 }) : new ZipPassThrough(entry.name);
          zip.add(file);
          if (body instanceof Uint8Array) {
            file.push(body, true);
            continue;
          }
          for await (const chunk of body) file.push(new Uint8Array(chunk));
          file.push(new Uint8Array(0), true);
        }
        zip.end();
      } catch (e) {
        zip.terminate();
        controller.error(e);
      }
    },
  });
}
