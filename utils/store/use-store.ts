// The hook that hands views their data: loads a snapshot of the store and reloads it whenever
// the stored data changes (another tab, the popup, the background), so open views stay live.
// The popup has its own (./use-popup.ts): it reads small slices, not the records.
import { useEffect, useState } from 'preact/hooks';
import { loadSnapshot, watchStore, type Snapshot } from './repository';
import { errorMessage } from '../domain/errors';

export type SnapshotState =
  { status: 'loading' } | { status: 'ready'; snapshot: Snapshot } | { status: 'error'; error: string };

export function useSnapshot(): SnapshotState {
  const [state, setState] = useState<SnapshotState>({ status: 'loading' });
  useEffect(() => {
    let alive = true;
    let generation = 0;
    const load = () => {
      const mine = ++generation;
      loadSnapshot().then(
        (snapshot) => alive && mine === generation && setState({ status: 'ready', snapshot }),
        (e: unknown) => alive && mine === generation && setState({ status: 'error', error: errorMessage(e) }),
      );
    };
    const stop = watchStore(load);
    load();
    return () => {
      alive = false;
      stop();
    };
  }, []);
  return state;
}
