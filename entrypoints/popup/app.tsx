// The popup's wiring: store → summary → views.
import { useMemo } from 'preact/hooks';
import { PointsSummaryView } from '@/components/points-summary';
import { summarise } from '@/utils/domain/points';
import { useSnapshot } from '@/utils/store/use-store';
import { strings } from './strings';

export function App({ openOptions }: { openOptions: () => void }) {
  const state = useSnapshot();
  const snapshot = state.status === 'ready' ? state.snapshot : null;
  const summary = useMemo(
    () => snapshot && summarise(snapshot.conversations.values(), { weeklyGoal: snapshot.settings.weeklyPointsGoal }),
    [snapshot],
  );
  return (
    <main class="popup">
      <header class="popup-header">
        <h1>☕ {strings.title}</h1>
        <button type="button" class="link" onClick={openOptions}>{strings.openOptions}</button>
      </header>
      {state.status === 'error' && <p role="alert">{strings.error(state.error)}</p>}
      {state.status === 'loading' && <p aria-live="polite">{strings.loading}</p>}
      {summary && <PointsSummaryView summary={summary} strings={strings.points} />}
      {snapshot && snapshot.problems.length > 0 && <p role="status" class="warning">{strings.problems(snapshot.problems.length)}</p>}
    </main>
  );
}
