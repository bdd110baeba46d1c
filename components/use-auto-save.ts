// Saving as the user types: the last change wins after a short pause, and the view can say
// "Saving…", "Saved" or what went wrong. Closing or leaving the tab does not unmount the view, so
// pending work is flushed when the page is hidden or unloaded (`visibilitychange` to hidden,
// `pagehide`) as well as when the view goes away; the storage write then starts before the page
// is gone. Views may also flush when a field loses focus.
import { useEffect, useRef, useState } from 'preact/hooks';
import { errorMessage } from '@/utils/domain/errors';

export type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'error'; message: string };

export interface AutoSave {
  state: SaveState;
  schedule: (work: () => Promise<unknown>) => void;
  /** Starts the pending work now, if there is any. */
  flush: () => void;
  /** True while work is waiting for the pause or still being saved. */
  busy: () => boolean;
}

export function useAutoSave(delay = 500): AutoSave {
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const pending = useRef<(() => Promise<unknown>) | undefined>(undefined);
  const inFlight = useRef(0);
  const alive = useRef(true);

  // Reads only refs and state setters, so the listeners added once below stay current.
  const run = useRef(() => {
    clearTimeout(timer.current);
    timer.current = undefined;
    const work = pending.current;
    pending.current = undefined;
    if (!work) return;
    inFlight.current++;
    work()
      .finally(() => void inFlight.current--)
      .then(
        () => alive.current && !pending.current && setState({ kind: 'saved' }),
        (e: unknown) => alive.current && setState({ kind: 'error', message: errorMessage(e) }),
      );
  }).current;

  useEffect(() => {
    alive.current = true;
    const onHidden = () => {
      if (document.visibilityState === 'hidden') run();
    };
    window.addEventListener('pagehide', run);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      window.removeEventListener('pagehide', run);
      document.removeEventListener('visibilitychange', onHidden);
      alive.current = false;
      run();
    };
  }, []);

  return {
    state,
    schedule: (work) => {
      pending.current = work;
      setState({ kind: 'saving' });
      clearTimeout(timer.current);
      timer.current = setTimeout(run, delay);
    },
    flush: run,
    busy: () => pending.current !== undefined || inFlight.current > 0,
  };
}
