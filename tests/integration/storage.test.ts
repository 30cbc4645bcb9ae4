// Issue item 5: one contract for every file store. The same tests run against the local directory, against
// s3rver (npm) and, where the machine has it, against moto_server with authentication on — real servers on
// loopback ports, started here. What a caller relies on: a file appears whole or not at all, reads back byte for
// byte, a missing key is null (never an error page with someone else's file), keys cannot leave their place,
// and an S3 bucket is only reachable with the portal's own signature.
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { buffer } from "node:stream/consumers";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { storageFromEnv } from "@/lib/storage";
import { LocalFileStorage } from "@/lib/storage/local";
import { S3FileStorage } from "@/lib/storage/s3";
import type { FileStorage } from "@/lib/storage/storage";
import { hasMoto, startMoto, startS3rver, type S3Server } from "../helpers/s3-servers";

const MiB = 1024 * 1024;

async function* chunks(bytes: Buffer, size = 256 * 1024, failAfter?: number): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < bytes.length; at += size) {
    if (failAfter !== undefined && at >= failAfter) throw new Error("Berkas terlalu besar.");
    yield bytes.subarray(at, at + size);
  }
}

const key = () => `lampiran/${crypto.randomBytes(16).toString("hex")}`;

type Driver = {
  name: string;
  start?: () => Promise<void>;
  store: () => FileStorage;
  server?: () => S3Server;
  close: () => Promise<void>;
};

function localDriver(): Driver {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "kovablik-storage-"));
  return {
    name: "local",
    store: () => new LocalFileStorage(root),
    close: async () => fs.rmSync(root, { recursive: true, force: true }),
  };
}

function s3Driver(name: string, start: () => Promise<S3Server>): Driver {
  let server: S3Server | undefined;
  return {
    name,
    start: async () => {
      server = await start();
    },
    store: () => new S3FileStorage(server!.config),
    server: () => server!,
    close: async () => server?.stop(),
  };
}

const drivers = [
  { driver: localDriver(), available: true },
  { driver: s3Driver("s3rver", startS3rver), available: true },
  { driver: s3Driver("moto_server", startMoto), available: hasMoto() },
];

for (const { driver, available } of drivers) {
  describe.skipIf(!available)(`file storage: ${driver.name}`, () => {
    let store: FileStorage;
    beforeAll(async () => {
      await driver.start?.();
      store = driver.store();
    });
    afterAll(() => driver.close());

    it("reads back a small file and a large (multipart) one byte for byte, with its size", async () => {
      for (const bytes of [Buffer.from("%PDF-1.7 kecil"), crypto.randomBytes(12 * MiB + 123)]) {
        const k = key();
        await store.put(k, chunks(bytes));
        expect(await store.size(k)).toBe(bytes.length);
        const read = await buffer((await store.get(k))!);
        expect(read.equals(bytes)).toBe(true);
      }
    });

    it("answers null for a missing file, and removing one is not an error", async () => {
      const k = key();
      expect(await store.get(k)).toBeNull();
      expect(await store.size(k)).toBeNull();
      await expect(store.remove(k)).resolves.toBeUndefined();
    });

    it("removes a file", async () => {
      const k = key();
      await store.put(k, chunks(Buffer.from("hapus saya")));
      await store.remove(k);
      expect(await store.get(k)).toBeNull();
      expect(await store.size(k)).toBeNull();
    });

    it("leaves nothing under the key when the upload stream fails, early or after several megabytes", async () => {
      for (const failAfter of [0, 10 * MiB]) {
        const k = key();
        await expect(store.put(k, chunks(crypto.randomBytes(12 * MiB), 256 * 1024, failAfter))).rejects.toThrow(
          "Berkas terlalu besar.",
        );
        expect(await store.size(k)).toBeNull();
        expect(await store.get(k)).toBeNull();
      }
    });

    it("refuses keys that could leave their place, before touching any file", async () => {
      const bad = ["../../etc/passwd", "lampiran/../../x1234567", "/lampiran/abcdefgh", "lampiran//abcdefgh"];
      bad.push("LAMPIRAN/ABCDEFGH", "lampiran/abc defgh", "lampiran/abcd?acl=1", "lampiran/%2e%2e%2fxx", "short");
      for (const k of bad) {
        await expect(store.put(k, chunks(Buffer.from("x")))).rejects.toThrow("Invalid storage key");
        await expect(store.get(k)).rejects.toThrow("Invalid storage key");
        await expect(store.size(k)).rejects.toThrow("Invalid storage key");
        await expect(store.remove(k)).rejects.toThrow("Invalid storage key");
      }
    });

    if (driver.name === "local") {
      it("is writable (the health check)", async () => {
        await expect(store.check()).resolves.toBeUndefined();
      });
    }

    if (driver.name === "s3rver") {
      // s3rver answers anyone: exactly the bucket the portal must refuse to use.
      it("the health check refuses a bucket that answers unsigned requests", async () => {
        const fresh = await startS3rver();
        try {
          await expect(new S3FileStorage(fresh.config).check()).rejects.toThrow("unsigned");
        } finally {
          await fresh.stop();
        }
      });
    }

    if (driver.name === "moto_server") {
      it("the health check passes on a private bucket and fails with a wrong secret", async () => {
        await expect(store.check()).resolves.toBeUndefined();
        const wrong = new S3FileStorage({ ...driver.server!().config, secretAccessKey: "salah" });
        await expect(wrong.check()).rejects.toThrow("403");
        await expect(wrong.get(key())).rejects.toThrow("403 SignatureDoesNotMatch");
      });

      it("serves nothing to an unsigned request: downloads go through the portal", async () => {
        const k = key();
        await store.put(k, chunks(Buffer.from("rahasia")));
        const { endpoint, bucket } = driver.server!().config;
        expect((await fetch(`${endpoint}/${bucket}/${k}`)).status).toBe(403);
        expect((await fetch(`${endpoint}/${bucket}/?list-type=2`)).ok).toBe(false);
      });
    }
  });
}

describe("choosing the driver", () => {
  it("uses the local directory unless KOVABLIK_STORAGE=s3, and names what an S3 setup lacks", () => {
    expect(storageFromEnv({}).kind).toBe("local");
    expect(() => storageFromEnv({ KOVABLIK_STORAGE: "s3", KOVABLIK_S3_BUCKET: "b" })).toThrow(
      "KOVABLIK_STORAGE=s3 needs KOVABLIK_S3_ENDPOINT, KOVABLIK_S3_ACCESS_KEY_ID, KOVABLIK_S3_SECRET_ACCESS_KEY",
    );
    const s3 = {
      KOVABLIK_STORAGE: "s3",
      KOVABLIK_S3_ENDPOINT: "https://s3.example.test",
      KOVABLIK_S3_BUCKET: "b",
      KOVABLIK_S3_ACCESS_KEY_ID: "id",
      KOVABLIK_S3_SECRET_ACCESS_KEY: "secret",
    };
    expect(storageFromEnv(s3).kind).toBe("s3");
    expect(() => storageFromEnv({ KOVABLIK_STORAGE: "ftp" })).toThrow('must be "local" or "s3"');
  });
});
