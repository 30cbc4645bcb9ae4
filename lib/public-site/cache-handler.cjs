// The incremental cache of every app process (next.config.ts `cacheHandler`): Next.js's own in-memory cache,
// plus one rule so that publishing reaches every process and machine (decision 016).
//
// Each entry remembers the "generation" of this process when its render started. The generation moves on when
// this process expires the public-site tag itself (invalidatePublicSite in a request here) or when the version
// in the database (lib/public-site/version.ts, read at most once a second) has moved since the last read —
// i.e. another process published. An entry of an older generation is a miss, so it is rendered again from the
// database before anyone sees it: no stale-while-revalidate for what may have been unpublished.
//
// A plain CommonJS script because Next.js loads it at run time outside the app bundle; the database read comes
// from the app itself through a function instrumentation.ts registers on globalThis.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- CommonJS by necessity (see above)
const FileSystemCache = require("next/dist/server/lib/incremental-cache/file-system-cache").default;

const VERSION_READER = Symbol.for("kovablik.publicSiteVersion");
const PUBLIC_SITE_TAG = "public-site";
const MAX_TRACKED = 20000;

const state = { generation: 0, lastVersion: null, generationOf: new Map(), startedAt: new Map() };

function moveOn() {
  state.generation += 1;
}

async function syncWithDatabase() {
  const read = globalThis[VERSION_READER];
  if (typeof read !== "function") return; // the build, or before instrumentation ran
  let version;
  try {
    version = await read();
  } catch {
    return; // database briefly unreachable: pages already cached stay; the next read catches up
  }
  if (state.lastVersion !== null && version !== state.lastVersion) moveOn();
  state.lastVersion = version;
}

class PublicSiteCacheHandler extends FileSystemCache {
  async get(key, ctx) {
    await syncWithDatabase();
    if (state.startedAt.size > MAX_TRACKED || state.generationOf.size > MAX_TRACKED) {
      // Many distinct addresses (someone guessing URLs): forget them all rather than grow.
      state.startedAt.clear();
      state.generationOf.clear();
      moveOn();
    }
    // A render (first or background) that follows this read is stored with the generation it started in.
    state.startedAt.set(key, state.generation);
    const entry = await super.get(key, ctx);
    if (!entry) return null;
    const generation = state.generationOf.get(key);
    // Entries without a generation are the build's own prerendered pages: they never read the database.
    if (generation !== undefined && generation !== state.generation) return null;
    return entry;
  }

  async set(key, data, ctx) {
    const generation = state.startedAt.get(key) ?? state.generation;
    state.startedAt.delete(key);
    state.generationOf.set(key, generation);
    return super.set(key, data, ctx);
  }

  async revalidateTag(tags, durations) {
    const list = typeof tags === "string" ? [tags] : tags;
    if (list.includes(PUBLIC_SITE_TAG)) moveOn();
    return super.revalidateTag(tags, durations);
  }
}

// The app process's front door keeps whole public pages in front of this cache (lib/public-site/page-door.ts)
// and asks here, on every hit, whether the generation they were served in is still the current one.
globalThis[Symbol.for("kovablik.publicSiteGeneration")] = {
  current: async () => {
    await syncWithDatabase();
    return state.generation;
  },
  known: () => state.generation,
};

module.exports = PublicSiteCacheHandler;
module.exports.__state = state;
