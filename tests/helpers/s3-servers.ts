// Real S3-compatible servers on free loopback ports, for the storage contract (tests/integration/storage.test.ts):
// - s3rver, an npm devDependency, so it is always there. It does not check signatures and answers anyone.
// - moto_server, when the machine has it (this image ships moto with its Python; Debian 12 has no package):
//   started with IAM authentication on, so a wrong secret and an unsigned request are refused as on AWS.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { AwsClient } from "aws4fetch";
import S3rver from "s3rver";
import type { S3Config } from "@/lib/storage/s3";

export type S3Server = {
  name: string;
  config: S3Config;
  /** Whether the server checks signatures (a wrong secret refused, unsigned requests refused). */
  authenticates: boolean;
  stop: () => Promise<void>;
};

const BUCKET = "kovablik-test";

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((r) => server.close(r));
  return port;
}

export async function startS3rver(): Promise<S3Server> {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), "kovablik-s3rver-"));
  const server = new S3rver({
    address: "127.0.0.1",
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: BUCKET }],
  });
  const { port } = await server.run();
  return {
    name: "s3rver",
    authenticates: false,
    config: {
      endpoint: `http://127.0.0.1:${port}`,
      region: "us-east-1",
      bucket: BUCKET,
      accessKeyId: "S3RVER",
      secretAccessKey: "S3RVER",
    },
    stop: async () => {
      await server.close();
      fs.rmSync(directory, { recursive: true, force: true });
    },
  };
}

export function hasMoto(): boolean {
  return spawnSync("moto_server", ["--help"], { stdio: "ignore" }).status === 0;
}

/**
 * moto_server with authentication from its fifth request on: the first four (unauthenticated) create an IAM
 * user, its access key, a policy allowing S3 and the bucket; everything after is signed and checked.
 */
export async function startMoto(): Promise<S3Server> {
  const port = await freePort();
  const proc = spawn("moto_server", ["-H", "127.0.0.1", "-p", String(port)], {
    env: { ...process.env, INITIAL_NO_AUTH_ACTION_COUNT: "4" },
    stdio: "ignore",
  });
  const endpoint = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    const up = await fetch(`${endpoint}/moto-api/`).then(
      () => true,
      () => false,
    );
    if (up) break;
    if (i > 100 || proc.exitCode !== null) throw new Error("moto_server did not start");
    await new Promise((r) => setTimeout(r, 100));
  }
  const setup = (service: string) =>
    new AwsClient({ accessKeyId: "setup", secretAccessKey: "setup", service, region: "us-east-1", retries: 0 });
  const iam = async (params: Record<string, string>) => {
    const res = await setup("iam").fetch(`${endpoint}/`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ Version: "2010-05-08", ...params }).toString(),
    });
    if (!res.ok) throw new Error(`moto IAM ${params.Action}: ${res.status}`);
    return res.text();
  };
  await iam({ Action: "CreateUser", UserName: "kovablik" });
  const key = await iam({ Action: "CreateAccessKey", UserName: "kovablik" });
  const policy = { Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "s3:*", Resource: "*" }] };
  await iam({
    Action: "PutUserPolicy",
    UserName: "kovablik",
    PolicyName: "s3",
    PolicyDocument: JSON.stringify(policy),
  });
  const bucket = await setup("s3").fetch(`${endpoint}/${BUCKET}`, { method: "PUT" });
  if (!bucket.ok) throw new Error(`moto CreateBucket: ${bucket.status}`);
  return {
    name: "moto_server",
    authenticates: true,
    config: {
      endpoint,
      region: "us-east-1",
      bucket: BUCKET,
      accessKeyId: /<AccessKeyId>([^<]+)</.exec(key)![1]!,
      secretAccessKey: /<SecretAccessKey>([^<]+)</.exec(key)![1]!,
    },
    stop: async () => {
      proc.kill("SIGTERM");
      if (proc.exitCode === null) await new Promise((r) => proc.once("exit", r));
    },
  };
}
