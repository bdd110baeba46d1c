// How well the helper reads LinkedIn's pages for this user: for each of the last profiles they
// opened, whether the person on it could be read. LinkedIn changes its markup without notice; when
// the readers stop recognising it, the options page says so ("Fifteen could not read 3 of the last
// 50 profiles you opened") instead of the helper failing quietly. Counted here, in this browser
// only: nothing about it is ever sent anywhere. Bookkeeping, not a record: not in backups.
import { browser } from '#imports';
import { KEY_READS } from './layout';
import { withLock } from './lock';

/** How many of the latest profiles are remembered. */
export const READS_KEPT = 50;

export interface ReadHealth {
  /** Profiles counted (at most READS_KEPT). */
  total: number;
  /** Of those, how many the helper could not read. */
  failed: number;
}

/** The stored list, oldest first: 1 = read, 0 = could not read. Anything else stored is ignored. */
async function loadReads(): Promise<number[]> {
  const got = (await browser.storage.local.get(KEY_READS)) as Record<string, unknown>;
  const list = got[KEY_READS];
  return Array.isArray(list) ? list.filter((x): x is 0 | 1 => x === 0 || x === 1).slice(-READS_KEPT) : [];
}

function summarise(list: number[]): ReadHealth {
  return { total: list.length, failed: list.filter((x) => x === 0).length };
}

/** Counts one profile the helper was shown on: `read` is false when it could not read the person. */
export function recordRead(read: boolean): Promise<ReadHealth> {
  return withLock('fifteen-reads', async () => {
    const list = [...(await loadReads()), read ? 1 : 0].slice(-READS_KEPT);
    await browser.storage.local.set({ [KEY_READS]: list });
    return summarise(list);
  });
}

export async function loadReadHealth(): Promise<ReadHealth> {
  return summarise(await loadReads());
}
