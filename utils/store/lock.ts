// Serialises read-modify-write cycles. Extension pages and the background share one origin, so
// the Web Locks API makes their writes take turns across contexts; where it is missing (tests
// in Node), a promise chain does the same within the one context.
const chains = new Map<string, Promise<unknown>>();

interface LockManagerLike {
  request<T>(name: string, callback: () => Promise<T>): Promise<T>;
}

function lockManager(): LockManagerLike | undefined {
  const nav = (globalThis as { navigator?: { locks?: LockManagerLike } }).navigator;
  return nav?.locks;
}

export function withLock<T>(name: string, fn: () => Promise<T>): Promise<T> {
  const locks = lockManager();
  if (locks) return locks.request(name, fn);
  const previous = chains.get(name) ?? Promise.resolve();
  const next = previous.then(fn, fn);
  // Keep the chain alive whatever the outcome; the caller still sees its own rejection.
  const settled = next.catch(() => undefined);
  chains.set(name, settled);
  void settled.then(() => {
    if (chains.get(name) === settled) chains.delete(name);
  });
  return next;
}
