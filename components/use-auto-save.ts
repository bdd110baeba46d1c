// Saving as the user types: the last change wins after a short pause, and the view can say
// "Saving…", "Saved" or what went wrong. Pending work is flushed when the view goes away, so
// closing the tab right after typing loses nothing that could be saved.
import { useEffect, useRef, useState } from 'preact/hooks';

export type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'error'; message: string };

export function useAutoSave(delay = 500): { state: SaveState; schedule: (work: () => Promise<unknown>) => void; flush: () => void } {
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const pending = useRef<(() => Promise<unknown>) | undefined>(undefined);
  const alive = useRef(true);

  const run = () => {
    clearTimeout(timer.current);
    timer.current = undefined;
    const work = pending.current;
    pending.current = undefined;
    if (!work) return;
    work().then(
      () => alive.current && !pending.current && setState({ kind: 'saved' }),
      (e: unknown) => alive.current && setState({ kind: 'error', message: e instanceof Error ? e.message : String(e) }),
    );
  };

  useEffect(() => {
    alive.current = true;
    return () => {
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
  };
}
