// The popup's wiring: store → summary and agenda → views; view callbacks → store operations
// and browser actions (passed in, so tests can hand in their own).
import { useEffect, useMemo, useState } from 'preact/hooks';
import { PointsSummaryView } from '@/components/points-summary';
import { WeeklyChart } from '@/components/weekly-chart';
import { NextUp } from '@/components/next-up';
import { RecentConversations } from '@/components/recent-conversations';
import { ReferralChains } from '@/components/referral-chains';
import { GettingStarted } from '@/components/getting-started';
import { OutcomeForm } from '@/components/outcome-form';
import { buildAgenda, listsOf, type AgendaItem, type DueItem } from '@/utils/domain/agenda';
import { calendarFileName, coffeeEvent, writeCalendar } from '@/utils/domain/calendar';
import { isLinkedInProfileUrl, type Settings } from '@/utils/domain/model';
import { summarise, summariseEntries } from '@/utils/domain/points';
import type { OutcomeInput } from '@/utils/domain/records';
import { recordOutcome, updateConversation } from '@/utils/store/operations';
import type { PointsIndex } from '@/utils/store/points-index';
import { loadSnapshot, type PopupLists, type Snapshot } from '@/utils/store/repository';
import { usePopupStore } from '@/utils/store/use-popup';
import { saveFile as saveToDisk } from '@/utils/save-file';
import { strings } from './strings';
import { JourneyScreen, type Screen } from './journey';
import { errorMessage } from '@/utils/domain/errors';

export const LINKEDIN_FEED = 'https://www.linkedin.com/feed/';
const DAY_MS = 24 * 60 * 60 * 1000;

export interface PopupActions {
  openOptions(): void;
  openUrl(url: string): void;
  /** The clock, for tests. */
  now?: () => Date;
  /** Saves a file the page made (utils/save-file.ts); tests hand in their own. */
  saveFile?: (name: string, text: string, type: string) => void;
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

/** Saves a scheduled chat as an .ics file, made here in the page; returns what to tell the user. */
export function saveCalendarFile(item: AgendaItem, now: Date, save: PopupActions['saveFile'] = saveToDisk): string {
  const event = coffeeEvent(item.conversation, item.contact, strings.calendar, now);
  if (!event) return '';
  const name = calendarFileName(item.conversation);
  save(name, writeCalendar(event), 'text/calendar');
  return strings.calendar.saved(name);
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
  const { snapshot, lists, points } = store;
  const [editingId, setEditingId] = useState<string | null>(null);
  const [actionError, setActionError] = useState('');
  const [notice, setNotice] = useState('');
  const [screen, setScreen] = useState<Screen | null>(null);
  // A screen for one conversation starts at its top, and going back returns to the dashboard's.
  useEffect(() => window.scrollTo?.(0, 0), [screen]);
  // A screen for one conversation (Prepare, a draft for after) shows the whole record of the
  // person and who led to them: where the lists came from their slices, the records are read
  // when such a screen opens, and let go when it closes (so what it shows is never stale).
  const [records, setRecords] = useState<Snapshot | null>(null);
  useEffect(() => {
    if (!screen) return setRecords(null);
    if (snapshot || records) return;
    loadSnapshot().then(setRecords, (e: unknown) => setActionError(strings.actionFailed(errorMessage(e))));
  }, [screen, snapshot]);
  const full = snapshot ?? records;
  // Points first and in one pass; the lists in a second memoised pass over the same snapshot.
  const summary = useMemo(
    () =>
      snapshot
        ? summarise(snapshot.conversations.values(), { weeklyGoal: snapshot.settings.weeklyPointsGoal, now: now() })
        : points &&
          summariseEntries(points.entries, { weeklyGoal: points.settings.weeklyPointsGoal, now: now() }, points.tally),
    [snapshot, points],
  );
  const agenda = useMemo(
    () =>
      snapshot
        ? buildAgenda(snapshot, snapshot.settings, { now: now() })
        : lists &&
          listsOf(
            { contacts: lists.contacts, conversations: lists.conversations.values(), links: lists.links },
            lists.settings,
            { now: now() },
          ),
    [snapshot, lists],
  );
  const settings = (snapshot ?? lists ?? points)?.settings;
  const problems = snapshot ? snapshot.problems.length : (lists?.problems ?? 0);
  const theme = settings?.theme ?? 'system';
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);

  const act = (work: Promise<unknown>) =>
    work.then(
      () => setActionError(''),
      (e: unknown) => setActionError(strings.actionFailed(errorMessage(e))),
    );
  const markDone = (item: DueItem) =>
    act(
      updateConversation(
        item.conversation.id,
        item.reminder.kind === 'thank-you'
          ? { thankYouDoneAt: now().toISOString() }
          : { followUpDoneAt: now().toISOString() },
      ),
    );
  const snooze = (item: DueItem, days: number) => {
    const until = new Date(now().getTime() + days * DAY_MS).toISOString();
    return act(
      updateConversation(
        item.conversation.id,
        item.reminder.kind === 'thank-you' ? { thankYouSnoozedUntil: until } : { followUpSnoozedUntil: until },
      ),
    );
  };

  const editing = editingId ? (snapshot ?? lists)?.conversations.get(editingId) : undefined;
  const nameOf = (id: string) => (snapshot ?? lists)?.contacts.get(id)?.name || id;
  const form = editing && (
    <OutcomeForm
      key={editing.id}
      conversation={editing}
      personName={nameOf(editing.contactId)}
      strings={strings.outcomeForm}
      initialReferralNames={editing.referrals.map(nameOf)}
      initialContactPersonName={editing.contactPerson ? nameOf(editing.contactPerson) : null}
      now={now()}
      onSubmit={async (input: OutcomeInput) => {
        await recordOutcome(editing.id, input);
        setEditingId(null);
      }}
      onCancel={() => setEditingId(null)}
    />
  );
  // The form appears once: under the upcoming chat when it is one, else under the recent item.
  const inUpcoming = !!agenda?.upcoming.some((i) => i.conversation.id === editingId);

  return (
    <main class="popup">
      <header class="popup-header">
        <h1>
          <span aria-hidden="true">☕ </span>
          {strings.title}
        </h1>
        <button type="button" class="link" onClick={openOptions}>
          {strings.openOptions}
        </button>
      </header>
      {store.status === 'error' && <p role="alert">{strings.error(store.error ?? '')}</p>}
      {problems > 0 && (
        <div role="status" class="warning" data-testid="problems">
          <p>{snapshot?.readOnly ? strings.readOnly : strings.problems(problems)}</p>
          <button type="button" class="link" onClick={openOptions}>
            {strings.problemsAction}
          </button>
        </div>
      )}
      {actionError && (
        <p role="alert" class="warning">
          {actionError}
        </p>
      )}
      {notice && (
        <p role="status" class="notice" data-testid="popup-notice">
          {notice}
        </p>
      )}
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
          onOpenUrl={(url) => isLinkedInProfileUrl(url) && openUrl(url)}
          onAddToCalendar={(item) => setNotice(saveCalendarFile(item, now(), saveFile))}
          onCopy={copyText}
          onDone={(item) => {
            setScreen(null);
            void markDone(item);
          }}
        />
      )}
      {!screen && agenda && summary && summary.conversations > 0 && (
        <>
          <NextUp
            upcoming={agenda.upcoming}
            thankYou={agenda.thankYou}
            followUp={agenda.followUp}
            strings={strings.next}
            onDone={(item) => void markDone(item)}
            onOpenDraft={(item) => setScreen({ kind: 'draft', id: item.conversation.id, reminder: item.reminder })}
            onSnooze={(item, days) => void snooze(item, days)}
            // Stored data may be older than the backup check, or written by hand: open only a
            // LinkedIn profile, never whatever address a record holds.
            onOpenProfile={(url) => isLinkedInProfileUrl(url) && openUrl(url)}
            onRecord={setEditingId}
            onAddToCalendar={(item) => setNotice(saveCalendarFile(item, now(), saveFile))}
            onPrepare={(id) => setScreen({ kind: 'prepare', id })}
            editingId={inUpcoming ? editingId : null}
            form={inUpcoming ? form : null}
          />
          <RecentConversations
            items={agenda.recent}
            strings={strings.recent}
            onRecord={setEditingId}
            onPrepare={(id) => setScreen({ kind: 'prepare', id })}
            editingId={inUpcoming ? null : editingId}
            form={inUpcoming ? null : form}
          />
          <ReferralChains chains={agenda.chains} title={strings.chains} />
        </>
      )}
    </main>
  );
}
