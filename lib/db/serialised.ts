// Work that ends up waiting on one database lock anyway (the audit chain's, one account's sign-in counters)
// queues here, inside the process, instead of each caller holding a pooled connection while it waits: a
// burst of 100 would otherwise fill the pool with transactions stuck on the lock. (Measured: 100 concurrent
// interactive transactions on one advisory lock, plus reads, made the pg driver adapter fail with
// "portal does not exist" / "unnamed prepared statement does not exist".) Across processes the database
// lock still decides.
// Measured again without any lock: 100 concurrent interactive transactions plus reads fail the same way, so
// it is the adapter under a full pool, not the locks. `scope` (a client) keeps separate clients' queues apart.
const scopes = new WeakMap<object, Map<string, Promise<unknown>>>();
const global = {};

export function serialised<T>(key: string, work: () => Promise<T>, scope: object = global): Promise<T> {
  let queues = scopes.get(scope);
  if (!queues) scopes.set(scope, (queues = new Map()));
  const previous = queues.get(key) ?? Promise.resolve();
  const next = previous.catch(() => undefined).then(work);
  queues.set(key, next);
  void next
    .finally(() => {
      if (queues!.get(key) === next) queues!.delete(key);
    })
    .catch(() => undefined);
  return next;
}
