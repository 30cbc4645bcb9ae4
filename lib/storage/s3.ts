import "server-only";
import { Readable } from "node:stream";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { AwsClient } from "aws4fetch";
import { assertStorageKey, type FileStorage } from "./storage";

/** Where the bucket is and the credentials to sign with (from the environment only: see `s3ConfigFromEnv`). */
export type S3Config = {
  /** The S3 API's base URL: `https://s3.ap-southeast-3.amazonaws.com`, `https://minio.internal:9000`, … */
  endpoint: string;
  region: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** `endpoint/bucket/key` (default; MinIO, Garage, SeaweedFS and AWS) rather than `bucket.endpoint/key`. */
  pathStyle?: boolean;
  /** Bytes buffered before the upload turns multipart (S3's minimum part is 5 MiB). */
  partSize?: number;
};

const MiB = 1024 * 1024;
const SHORT = 15_000; // HEAD, DELETE and the multipart bookkeeping
const LONG = 120_000; // one PUT of up to a part

/** An S3 error that never carries the signature, the credentials or the response body to a caller. */
export class S3Error extends Error {
  constructor(
    readonly operation: string,
    readonly status: number,
    readonly code: string,
  ) {
    super(`S3 ${operation} failed: ${status}${code ? ` ${code}` : ""}`);
  }
}

async function failure(operation: string, res: Response): Promise<S3Error> {
  const text = await res.text().catch(() => "");
  return new S3Error(operation, res.status, /<Code>([^<]{1,64})<\/Code>/.exec(text)?.[1] ?? "");
}

const escapeXml = (s: string) => s.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * Files as objects in one private bucket, through signed requests (aws4fetch). Objects are written without
 * any ACL, so they stay as private as the bucket; nothing hands out a bucket URL or a presigned link: every
 * download streams through the app after its permission check. `check()` refuses a bucket anyone can list.
 */
export class S3FileStorage implements FileStorage {
  readonly kind = "s3";
  private readonly client: AwsClient;
  private readonly base: string;
  private readonly partSize: number;

  constructor(config: S3Config) {
    this.client = new AwsClient({
      accessKeyId: config.accessKeyId,
      secretAccessKey: config.secretAccessKey,
      service: "s3",
      region: config.region,
      retries: 3,
    });
    const url = new URL(config.endpoint);
    const root = url.pathname.replace(/\/+$/, "");
    if (config.pathStyle === false) url.hostname = `${config.bucket}.${url.hostname}`;
    this.base = config.pathStyle === false ? `${url.origin}${root}` : `${url.origin}${root}/${config.bucket}`;
    this.partSize = Math.max(config.partSize ?? 8 * MiB, 5 * MiB);
  }

  private url(key: string, query = ""): string {
    assertStorageKey(key);
    return `${this.base}/${key}${query}`;
  }

  private send(url: string, init: RequestInit & { timeout?: number } = {}): Promise<Response> {
    const { timeout, ...rest } = init;
    return this.client.fetch(url, { ...rest, signal: timeout ? AbortSignal.timeout(timeout) : undefined });
  }

  async check(): Promise<void> {
    const signed = await this.send(`${this.base}/`, { method: "HEAD", timeout: 5_000 });
    if (!signed.ok) throw await failure("HeadBucket", signed);
    // Uploads are personal documents: a bucket that answers an unsigned listing is a leak, not a store.
    const anonymous = await fetch(`${this.base}/?list-type=2&max-keys=1`, { signal: AbortSignal.timeout(5_000) });
    await anonymous.body?.cancel();
    if (anonymous.ok) throw new Error("S3 bucket answers unsigned requests: make it private");
  }

  async put(key: string, body: AsyncIterable<Uint8Array>): Promise<void> {
    const url = this.url(key);
    let buffered: Uint8Array[] = [];
    let size = 0;
    let uploadId: string | null = null;
    const parts: string[] = [];
    const flush = async () => {
      const part = Buffer.concat(buffered);
      buffered = [];
      size = 0;
      uploadId ??= await this.createMultipart(url);
      const query = `?partNumber=${parts.length + 1}&uploadId=${encodeURIComponent(uploadId)}`;
      const res = await this.send(url + query, { method: "PUT", body: part, timeout: LONG });
      if (!res.ok) throw await failure("UploadPart", res);
      await res.body?.cancel();
      parts.push(res.headers.get("etag") ?? "");
    };
    try {
      for await (const chunk of body) {
        buffered.push(chunk);
        size += chunk.byteLength;
        if (size >= this.partSize) await flush();
      }
      if (uploadId === null) {
        // Small enough for one request: the object appears whole or not at all.
        const res = await this.send(url, { method: "PUT", body: Buffer.concat(buffered), timeout: LONG });
        if (!res.ok) throw await failure("PutObject", res);
        await res.body?.cancel();
        return;
      }
      if (size > 0) await flush();
      await this.completeMultipart(url, uploadId, parts);
    } catch (e) {
      // An unfinished multipart upload is invisible under the key; abort it so its parts are not kept (billed).
      if (uploadId !== null) {
        await this.send(`${url}?uploadId=${encodeURIComponent(uploadId)}`, { method: "DELETE", timeout: SHORT })
          .then((r) => r.body?.cancel())
          .catch(() => undefined);
      }
      throw e;
    }
  }

  private async createMultipart(url: string): Promise<string> {
    const res = await this.send(`${url}?uploads`, { method: "POST", timeout: SHORT });
    if (!res.ok) throw await failure("CreateMultipartUpload", res);
    const id = /<UploadId>([^<]+)<\/UploadId>/.exec(await res.text())?.[1];
    if (!id) throw new S3Error("CreateMultipartUpload", res.status, "NoUploadId");
    return id;
  }

  private async completeMultipart(url: string, uploadId: string, etags: string[]): Promise<void> {
    const xml =
      `<CompleteMultipartUpload>` +
      etags.map((e, i) => `<Part><PartNumber>${i + 1}</PartNumber><ETag>${escapeXml(e)}</ETag></Part>`).join("") +
      `</CompleteMultipartUpload>`;
    const res = await this.send(`${url}?uploadId=${encodeURIComponent(uploadId)}`, {
      method: "POST",
      body: xml,
      headers: { "content-type": "application/xml" },
      timeout: LONG,
    });
    // S3 may answer 200 with an <Error> body when the assembly fails after it started.
    const text = res.ok ? await res.text() : "";
    if (!res.ok) throw await failure("CompleteMultipartUpload", res);
    if (text.includes("<Error>")) throw new S3Error("CompleteMultipartUpload", res.status, "Error");
  }

  async get(key: string): Promise<Readable | null> {
    const res = await this.send(this.url(key));
    if (res.status === 404) {
      await res.body?.cancel();
      return null;
    }
    if (!res.ok || !res.body) throw await failure("GetObject", res);
    return Readable.fromWeb(res.body as WebReadableStream<Uint8Array>);
  }

  async size(key: string): Promise<number | null> {
    const res = await this.send(this.url(key), { method: "HEAD", timeout: SHORT });
    if (res.status === 404) return null;
    if (!res.ok) throw new S3Error("HeadObject", res.status, "");
    return Number(res.headers.get("content-length"));
  }

  async remove(key: string): Promise<void> {
    const res = await this.send(this.url(key), { method: "DELETE", timeout: SHORT });
    if (!res.ok && res.status !== 404) throw await failure("DeleteObject", res);
    await res.body?.cancel();
  }
}

/** The S3 settings from the environment; secrets are never read from the database or a file in the checkout. */
export function s3ConfigFromEnv(env: Record<string, string | undefined> = process.env): S3Config {
  const read = (name: string) => env[name] ?? "";
  const config = {
    endpoint: read("KOVABLIK_S3_ENDPOINT"),
    bucket: read("KOVABLIK_S3_BUCKET"),
    accessKeyId: read("KOVABLIK_S3_ACCESS_KEY_ID"),
    secretAccessKey: read("KOVABLIK_S3_SECRET_ACCESS_KEY"),
    region: read("KOVABLIK_S3_REGION") || "us-east-1",
    pathStyle: read("KOVABLIK_S3_PATH_STYLE") !== "false",
  };
  const names = {
    endpoint: "ENDPOINT",
    bucket: "BUCKET",
    accessKeyId: "ACCESS_KEY_ID",
    secretAccessKey: "SECRET_ACCESS_KEY",
  };
  const missing = Object.entries(names).filter(([field]) => !config[field as keyof typeof names]);
  if (missing.length)
    throw new Error(`KOVABLIK_STORAGE=s3 needs ${missing.map(([, n]) => `KOVABLIK_S3_${n}`).join(", ")}`);
  return config;
}
