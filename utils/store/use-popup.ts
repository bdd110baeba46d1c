// The popup's hook: the points from the small index and the lists from their small stored slices
// (tens of KB together, where the records are tens of MB at 50,000 conversations), reloaded
// whenever the stored data changes. Only when the index or a slice cannot stand for the records
// (an update from a version without them, a clock set back, other reminder settings) are the
// records read — the points shown from the index meanwhile if it can — and both rebuilt.
import { useEffect, useState } from 'preact/hooks';
import {
  loadListsSlice,
  loadPointsIndex,
  loadSnapshot,
  rebuildPointsIndex,
  watchStore,
  type PopupLists,
  type Snapshot,
} from './repository';
import type { PointsIndex } from './points-index';
import type { Settings } from '../domain/model';
import { errorMessage } from '../domain/errors';

export interface PopupStore {
  status: 'loading' | 'ready' | 'error';
  /** From the index: until the records are read, when they must be. */
  points: PointsIndex<Settings> | null;
  /** From the slices, when they (and the index) stand for the records. */
  lists: PopupLists | null;
  /** The records, read only when the index or the slices could not stand for them. */
  snapshot: Snapshot | null;
  error?: string;
}

const loading = (points: PointsIndex<Settings> | null): PopupStore => ({
  status: 'loading',
  points,
  lists: null,
  snapshot: null,
});

export interface PopupStoreOptions {
  /** The points index, already read and painted by the popup's first script. */
  initialPoints?: PointsIndex<Settings> | null;
  /** How to read the points index the first time (the first script's read, if on its way). */
  loadPoints?: () => Promise<PointsIndex<Settings> | null>;
  /** The lists' slices, already asked for (the first time). */
  firstLists?: Promise<PopupLists | null>;
  /** Called once this hook watches the store: true when the data changed since the first reads. */
  firstStale?: () => boolean;
  /** The clock (the slices and the index stand for the records only at some times). */
  now?: () => Date;
}

export function usePopupStore({
  initialPoints = null,
  loadPoints = loadPointsIndex,
  firstLists,
  firstStale,
  now = () => new Date(),
}: PopupStoreOptions = {}): PopupStore {
  const [store, setStore] = useState<PopupStore>(loading(initialPoints));
  useEffect(() => {
    let alive = true;
    let generation = 0;
    const load = async (first: boolean) => {
      const mine = ++generation;
      const current = () => alive && mine === generation;
      try {
        // Both small reads at once; the first time, the index may be read (or painted) already.
        const indexRead = first
          ? initialPoints
            ? Promise.resolve(initialPoints)
            : loadPoints().catch(() => null)
          : loadPointsIndex(now());
        const [points, lists] = await Promise.all([
          indexRead,
          (first && firstLists ? firstLists : loadListsSlice(now())).catch(() => null),
        ]);
        if (!current()) return;
        if (points && lists && !points.oldFormat) return setStore({ status: 'ready', points, lists, snapshot: null });
        // What is on screen stays until the records are in (after a write, they soon are).
        setStore((s) => (s.status === 'ready' ? s : loading(points)));
        const snapshot = await loadSnapshot();
        if (!current()) return;
        setStore({ status: 'ready', points: null, lists: null, snapshot });
        if (!snapshot.readOnly)
          rebuildPointsIndex().catch((e: unknown) => console.error('[Fifteen] points index and lists', e));
      } catch (e) {
        if (current()) setStore((s) => ({ ...loading(s.points), status: 'error', error: errorMessage(e) }));
      }
    };
    const stop = watchStore(() => void load(false));
    void load(!firstStale?.());
    return () => {
      alive = false;
      stop();
    };
  }, []);
  return store;
}
