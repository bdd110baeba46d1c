// The screen for one conversation the popup shows in place of its dashboard, if any, and the
// records it needs. Such a screen (Prepare, a draft for after) shows the whole record of the
// person and who led to them: where the lists came from their slices, the records are read when
// such a screen opens, and let go when it closes (so what it shows is never stale).
import { useEffect, useState } from 'preact/hooks';
import { loadSnapshot, type Snapshot } from '@/utils/store/repository';
import type { Screen } from './journey';

export interface ScreenState {
  screen: Screen | null;
  setScreen(screen: Screen | null): void;
  /** The records for the screen: the store's snapshot if it has one, else read for it; null until then. */
  records: Snapshot | null;
}

export function useScreen(snapshot: Snapshot | null, onError: (e: unknown) => void): ScreenState {
  const [screen, setScreen] = useState<Screen | null>(null);
  // A screen for one conversation starts at its top, and going back returns to the dashboard's.
  useEffect(() => window.scrollTo?.(0, 0), [screen]);
  const [records, setRecords] = useState<Snapshot | null>(null);
  useEffect(() => {
    if (!screen) return setRecords(null);
    if (snapshot || records) return;
    loadSnapshot().then(setRecords, onError);
  }, [screen, snapshot]);
  return { screen, setScreen, records: snapshot ?? records };
}
