import "server-only";
import { revalidateTag } from "next/cache";
import type { Prisma } from "@/lib/generated/prisma/client";
import { bumpPublicSiteVersion } from "./version";

/** The tag every cached public page and public data read carries. */
export const PUBLIC_SITE_TAG = "public-site";

/**
 * Call (and await) after any write that changes what the public may see (publishing, unpublishing, a confirmed
 * correction, a national outcome, a follow-up report, an announcement, the guidebook). Expires this process's
 * cached public pages at once — never stale-while-revalidate, so an unpublished entry is not served even once
 * more — and bumps the version in the database, which every other app process checks at most once a second
 * (decision 016). Pass the transaction client to bump it together with the write.
 */
export async function invalidatePublicSite(tx?: Prisma.TransactionClient): Promise<void> {
  await bumpPublicSiteVersion(tx);
  try {
    revalidateTag(PUBLIC_SITE_TAG, { expire: 0 });
  } catch {
    // Outside a Next.js request (scripts, integration tests) there is no local cache to expire.
  }
}
