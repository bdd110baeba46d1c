// The records a screen for one conversation needs. Such a screen (Prepare, a draft for after)
// shows the whole record of the person and who led to them: where the lists came from their
// slices, the records are read when such a screen opens, and let go when it closes (so what it
// shows is never stale).
import { useEffect, useState } from 'preact/hooks';
import { loadSnapshot, type Snapshot } from '@/utils/store/repository';
import type { Screen } from './journey';

/** The records for `screen`: the store's snapshot if it has one, else read for it; null until then. */
export function useScreenRecords(
  screen: Screen | null,
  snapshot: Snapshot | null,
  onError: (e: unknown) => void,
): Snapshot | null {
  const [records, setRecords] = useState<Snapshot | null>(null);
  useEffect(() => {
    if (!screen) return setRecords(null);
    if (snapshot || records) return;
    loadSnapshot().then(setRecords, onError);
  }, [screen, snapshot]);
  return snapshot ?? records;
}
