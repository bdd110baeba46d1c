// What the options page says above the settings: loading, a failed read, data of a newer
// version (read only), how well the helper has read the user's last profiles, and stored records
// it could not read.
import { useEffect, useState } from 'preact/hooks';
import { StoreProblems } from '@/components/store-problems';
import { loadReadHealth, type ReadHealth } from '@/utils/store/read-health';
import type { SnapshotState } from '@/utils/store/use-store';
import { exportRaw } from './data-actions';
import { strings } from './strings';

/** How well the helper has read the user's last profiles; loaded once, as the page opens. */
function useReadHealth(): ReadHealth | null {
  const [health, setHealth] = useState<ReadHealth | null>(null);
  useEffect(() => {
    loadReadHealth().then(setHealth, () => setHealth(null));
  }, []);
  return health;
}

export function Notices({ state }: { state: SnapshotState }) {
  const reads = useReadHealth();
  const snapshot = state.status === 'ready' ? state.snapshot : null;
  return (
    <>
      {state.status === 'loading' && <p aria-live="polite">{strings.loading}</p>}
      {state.status === 'error' && (
        <p role="alert" class="status-error">
          {strings.loadError(state.error)}
        </p>
      )}
      {snapshot?.readOnly && (
        <p role="alert" class="banner">
          {strings.readOnly}
        </p>
      )}
      {reads && reads.failed > 0 && (
        <p role="status" class="banner" data-testid="read-health">
          {strings.readHealth(reads.failed, reads.total)}
        </p>
      )}
      {snapshot && snapshot.problems.length > 0 && (
        <StoreProblems strings={strings.storeProblems} problems={snapshot.problems} onExportRaw={() => exportRaw()} />
      )}
    </>
  );
}
