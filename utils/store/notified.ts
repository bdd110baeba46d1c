// Which reminders the background has already shown, so each is notified once even though the
// background is stopped and restarted (MV3): kept in storage, never only in memory. Bookkeeping,
// not a record: it is not in backups and the views don't watch it.
import { browser } from '#imports';
import { KEY_NOTIFIED } from './layout';
import { withLock } from './lock';

export async function loadNotified(): Promise<Set<string>> {
  const got = (await browser.storage.local.get(KEY_NOTIFIED)) as Record<string, unknown>;
  const list = got[KEY_NOTIFIED];
  return new Set(Array.isArray(list) ? list.filter((x): x is string => typeof x === 'string') : []);
}

/**
 * Replaces the list, under a lock of its own so two wake-ups (an alarm and a store change)
 * don't both notify: `decide` gets the current list and returns the new one.
 */
export function updateNotified<T>(
  decide: (current: Set<string>) => Promise<{ next: Set<string>; result: T }>,
): Promise<T> {
  return withLock('fifteen-notified', async () => {
    const current = await loadNotified();
    const { next, result } = await decide(current);
    const same = next.size === current.size && [...next].every((k) => current.has(k));
    if (!same) await browser.storage.local.set({ [KEY_NOTIFIED]: [...next] });
    return result;
  });
}
