// The popup's wiring: store → summary and agenda → views; view callbacks → store operations
// and browser actions (passed in, so tests can hand in their own).
import { useState } from 'preact/hooks';
import { PointsSummaryView } from '@/components/points-summary';
import { WeeklyChart } from '@/components/weekly-chart';
import { GettingStarted } from '@/components/getting-started';
import type { Settings } from '@/utils/domain/model';
import type { PointsIndex } from '@/utils/store/points-index';
import type { PopupLists } from '@/utils/store/repository';
import { usePopupStore } from '@/utils/store/use-popup';
import { saveFile as saveToDisk } from '@/utils/save-file';
import { strings } from './strings';
import { JourneyScreen } from './journey';
import { usePopupActions, type SaveFile } from './actions';
import { PopupHeader } from './header';
import { DashboardLists } from './dashboard-lists';
import { Notices } from './notices';
import { useDashboard } from './use-dashboard';
import { useScreen } from './use-screen';

export const LINKEDIN_FEED = 'https://www.linkedin.com/feed/';

export interface PopupActions {
  openOptions(): void;
  openUrl(url: string): void;
  /** The clock, for tests. */
  now?: () => Date;
  /** Saves a file the page made (utils/save-file.ts); tests hand in their own. */
  saveFile?: SaveFile;
  /** Puts text on the clipboard; tests hand in their own. */
  copyText?: (text: string) => Promise<void>;
}

export interface PopupProps extends PopupActions {
  /** The points index the first script has read and painted (entrypoints/popup-points/), if it has. */
  initialPoints?: PointsIndex<Settings> | null;
  /** Reads the points index (else loadPointsIndex): the first script's read, if still on its way. */
  loadPoints?: () => Promise<PointsIndex<Settings> | null>;
  /** The lists' slices, if already asked for (else loadListsSlice). */
  firstLists?: Promise<PopupLists | null>;
  /** Whether the stored data changed since the first reads were asked for (they are then not used). */
  firstStale?: () => boolean;
}

export function App({
  openOptions,
  openUrl,
  now = () => new Date(),
  initialPoints = null,
  loadPoints,
  firstLists,
  firstStale,
  saveFile = saveToDisk,
  copyText = (text) => navigator.clipboard.writeText(text),
}: PopupProps) {
  // Points from the small index, lists from their small slices; the records only when those
  // cannot stand for them.
  const store = usePopupStore({ initialPoints, loadPoints, firstLists, firstStale, now });
  const { snapshot, lists } = store;
  const [editingId, setEditingId] = useState<string | null>(null);
  const actions = usePopupActions(now, openUrl, saveFile);
  const { screen, setScreen, records: full } = useScreen(snapshot, actions.failed);
  const { summary, agenda, settings, problems } = useDashboard(store, now);
  const records = snapshot ?? lists;

  return (
    <main class="popup">
      <PopupHeader openOptions={openOptions} />
      <Notices
        loadError={store.status === 'error' ? (store.error ?? '') : undefined}
        problems={problems}
        readOnly={!!snapshot?.readOnly}
        actionError={actions.actionError}
        notice={actions.notice}
        openOptions={openOptions}
      />
      {/* From the points index first (settings included), before the records arrive. */}
      {!screen && summary && (
        <PointsSummaryView summary={summary} requestGoal={settings?.weeklyRequestGoal ?? 0} strings={strings.points} />
      )}
      {/* Below the points, which then never move; the first script paints the same. */}
      {store.status === 'loading' && <p aria-live="polite">{summary ? strings.loadingRest : strings.loading}</p>}
      {!screen && summary && summary.conversations > 0 && (
        <WeeklyChart weekly={summary.weekly} goal={summary.weeklyGoal} strings={strings.chart} />
      )}
      {summary && summary.conversations === 0 && (
        <GettingStarted strings={strings.start} onOpenLinkedIn={() => openUrl(LINKEDIN_FEED)} />
      )}
      {screen && !full && <p aria-live="polite">{strings.loading}</p>}
      {screen && full && (
        <JourneyScreen
          screen={screen}
          snapshot={full}
          onBack={() => setScreen(null)}
          onOpenUrl={actions.openProfile}
          onAddToCalendar={actions.addToCalendar}
          onCopy={copyText}
          onDone={(item) => {
            setScreen(null);
            void actions.markDone(item);
          }}
        />
      )}
      {!screen && agenda && records && summary && summary.conversations > 0 && (
        <DashboardLists
          agenda={agenda}
          records={records}
          now={now()}
          editingId={editingId}
          onEdit={setEditingId}
          onDone={(item) => void actions.markDone(item)}
          onOpenDraft={(item) => setScreen({ kind: 'draft', id: item.conversation.id, reminder: item.reminder })}
          onSnooze={(item, days) => void actions.snooze(item, days)}
          onOpenProfile={actions.openProfile}
          onAddToCalendar={actions.addToCalendar}
          onPrepare={(id) => setScreen({ kind: 'prepare', id })}
        />
      )}
    </main>
  );
}
