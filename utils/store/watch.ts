// Tells a view that Fifteen's stored data changed. Light on purpose (no schemas, no codec): the
// content script uses it too.
import { browser } from '#imports';
import { isDataKey } from './layout';

/** Calls `onChange` (at most once per task) whenever Fifteen's stored data changes. */
export function watchStore(onChange: () => void): () => void {
  let queued = false;
  const listener = (changes: Record<string, unknown>, areaName: string) => {
    if (areaName !== 'local') return;
    // The background's notified list changes as reminders are shown; that is no data change.
    if (!Object.keys(changes).some(isDataKey)) return;
    if (queued) return;
    queued = true;
    queueMicrotask(() => {
      queued = false;
      onChange();
    });
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
