// The hook that hands views their data: loads a snapshot of the store and reloads it whenever
// the stored data changes (another tab, the popup, the background), so open views stay live.
// With `pointsFirst` (the popup), the small points index is read first and handed over before
// the records, which take seconds to read at tens of thousands of conversations; or, with
// `initialPoints`, the index the popup's first script has already read and painted.
import { useEffect, useState } from 'preact/hooks';
import { loadPointsIndex, loadSnapshot, rebuildPointsIndex, watchStore, type PointsIndex, type Snapshot } from './repository';

export type SnapshotState = { status: 'loading' } | { status: 'ready'; snapshot: Snapshot } | { status: 'error'; error: string };

export function useSnapshot(): SnapshotState {
  return useStore().state;
}

export interface StoreState {
  state: SnapshotState;
  /** The points index, until the snapshot is ready (pointsFirst only; null when there is none). */
  points: PointsIndex | null;
}

export interface StoreOptions {
  pointsFirst?: boolean;
  /** The points index, already read (pointsFirst): it is shown from the first render. */
  initialPoints?: PointsIndex | null;
  /** How to read the points index (pointsFirst, without initialPoints). */
  loadPoints?: () => Promise<PointsIndex | null>;
}

export function useStore({ pointsFirst = false, initialPoints = null, loadPoints = loadPointsIndex }: StoreOptions = {}): StoreState {
  const [state, setState] = useState<SnapshotState>({ status: 'loading' });
  const [points, setPoints] = useState<PointsIndex | null>(initialPoints);
  useEffect(() => {
    let alive = true;
    let generation = 0;
    let rebuild = false;
    const load = () => {
      const mine = ++generation;
      loadSnapshot().then(
        (snapshot) => {
          if (!alive || mine !== generation) return;
          setState({ status: 'ready', snapshot });
          if (rebuild && !snapshot.readOnly) {
            rebuild = false;
            rebuildPointsIndex().catch((e: unknown) => console.error('[Fifteen] points index', e));
          }
        },
        (e: unknown) => alive && mine === generation && setState({ status: 'error', error: e instanceof Error ? e.message : String(e) }),
      );
    };
    // The records are asked for after the index arrives, so its read is not queued behind theirs.
    // An index in the older format reads as well, and is rewritten once the records are in.
    const first = !pointsFirst
      ? Promise.resolve()
      : initialPoints
        ? Promise.resolve((rebuild = initialPoints.oldFormat))
        : loadPoints().then(
            (index) => {
              if (!alive) return;
              if (index) setPoints(index);
              rebuild = !index || index.oldFormat;
            },
            () => undefined,
          );
    const stop = watchStore(load);
    void first.then(() => alive && generation === 0 && load());
    return () => {
      alive = false;
      stop();
    };
  }, []);
  return { state, points: state.status === 'ready' ? null : points };
}
