import "server-only";
import { revalidateTag } from "next/cache";

/** The tag every cached public page and public data read carries. */
export const PUBLIC_SITE_TAG = "public-site";

/**
 * Call after any write that changes what the public may see (publishing, unpublishing, a confirmed correction,
 * a national outcome, a follow-up report). Expires at once — never stale-while-revalidate, so an unpublished
 * entry is not served even once more.
 */
export function invalidatePublicSite(): void {
  try {
    revalidateTag(PUBLIC_SITE_TAG, { expire: 0 });
  } catch {
    // Outside a Next.js request (scripts, integration tests) there is no cache to expire.
  }
}
