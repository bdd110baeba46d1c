// The popup's first paint, before its app has loaded: the popup's first script (index.ts, a few
// KB without Preact) reads the points index and builds the header, the points summary and the
// loading note exactly as the app renders them (components/points-summary.tsx; a test compares the
// two). The app then takes over (utils/first-paint-contract.ts): it asks for what was painted,
// renders the same numbers from its first render, and Preact keeps the nodes it finds, so nothing
// blinks or moves. Until then, a change in storage is read and painted again.
// It also asks for what the lists are read from (the lists' slices, much larger), so that the
// answer is on its way while the app's module loads.
import { POINTS_SUMMARY_STRINGS } from '@/components/points-summary-strings';
import { summariseEntries, type PointsSummary } from '@/utils/domain/points';
import { numberOrDefault, themeOrDefault } from '@/utils/domain/settings-defaults';
import { isDataKey, LISTS_READ_KEYS } from '@/utils/store/layout';
import type { PointsIndex } from '@/utils/store/points-index';
import { POINTS_KEYS, readPointsIndex } from '@/utils/store/points-read';
import { FIRST_PAINT_STRINGS as S, type FirstPaint } from '@/utils/first-paint-contract';

/** The part of browser.storage used here (Chrome's and Firefox's own, no polyfill). */
export interface PointsStorage {
  local: { get(keys: string[]): Promise<Record<string, unknown>> };
  onChanged: {
    addListener(fn: (changes: Record<string, unknown>, area: string) => void): void;
    removeListener(fn: (changes: Record<string, unknown>, area: string) => void): void;
  };
}

export interface FirstPaintOptions {
  api: PointsStorage;
  doc?: Document;
  now?: () => Date;
}

/** The settings the first paint shows, checked as the app's schema checks them (else its defaults). */
function paintSettings(raw: unknown): { theme: string; weeklyPointsGoal: number; weeklyRequestGoal: number } {
  const o = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  return {
    theme: themeOrDefault(o.theme),
    weeklyPointsGoal: numberOrDefault('weeklyPointsGoal', o.weeklyPointsGoal),
    weeklyRequestGoal: numberOrDefault('weeklyRequestGoal', o.weeklyRequestGoal),
  };
}

const KEYS = new Set(POINTS_KEYS);

export function startFirstPaint({ api, doc = document, now = () => new Date() }: FirstPaintOptions): FirstPaint {
  let taken = false;
  let painted: PointsIndex | null = null;
  let generation = 0;
  let reading: Promise<PointsIndex | null> = Promise.resolve(null);
  // Stored data changed since the reads were asked for: the app reads the lists again.
  let changed = false;
  let settle = () => {};
  const settled = new Promise<void>((resolve) => (settle = resolve));
  const show = (read: PointsIndex | null) => {
    if (taken) return;
    const app = doc.getElementById('app');
    if (!app) return;
    painted = read;
    if (!read) {
      app.replaceChildren();
      return;
    }
    const settings = paintSettings(read.settings);
    doc.documentElement.dataset.theme = settings.theme;
    const summary = summariseEntries(read.entries, { weeklyGoal: settings.weeklyPointsGoal, now: now() }, read.tally);
    app.replaceChildren(popup(doc, summary, settings.weeklyRequestGoal));
  };
  const read = () => {
    const mine = ++generation;
    reading = api.local.get(POINTS_KEYS).then(
      (raw) => {
        const index = readPointsIndex(raw, now());
        // Nothing to show yet: leave the page to the app (and the loading note it shows).
        if (taken || mine !== generation || (!index && !painted)) {
          settle();
          return index;
        }
        // The script runs in the head: the element to paint in is usually parsed by the time
        // storage answers, else it is watched for.
        if (doc.getElementById('app')) {
          show(index);
          settle();
        } else {
          const watch = new MutationObserver(() => {
            if (!doc.getElementById('app')) return;
            watch.disconnect();
            show(index);
            settle();
          });
          watch.observe(doc, { childList: true, subtree: true });
        }
        return index;
      },
      () => {
        settle();
        return null;
      },
    );
  };
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area !== 'local' || taken) return;
    if (Object.keys(changes).some(isDataKey)) changed = true;
    if (Object.keys(changes).some((k) => KEYS.has(k))) read();
  };
  api.onChanged.addListener(listener);
  read();
  const lists = api.local.get(LISTS_READ_KEYS);
  lists.catch(() => undefined); // the app may never ask for it
  return {
    take() {
      taken = true;
      api.onChanged.removeListener(listener);
      settle();
      return { painted, reading, changed };
    },
    lists,
    settled,
  };
}

type Attrs = Record<string, string | number>;

function el(doc: Document, tag: string, attrs: Attrs, ...children: (Node | string | number)[]): HTMLElement {
  const e = doc.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) e.setAttribute(name, String(value));
  for (const c of children) e.append(typeof c === 'object' ? c : String(c));
  return e;
}

/** One figure of the points summary (points-summary.tsx's Stat). */
function stat(doc: Document, label: string, value: number, testid: string, big = false): HTMLElement {
  return el(
    doc,
    'div',
    { class: big ? 'stat stat-big' : 'stat' },
    el(doc, 'span', { class: 'stat-value', 'data-testid': testid }, value),
    el(doc, 'span', { class: 'stat-label' }, label),
  );
}

/** Progress toward a weekly goal (points-summary.tsx's GoalBar). */
function goalBar(
  doc: Document,
  id: string,
  label: string,
  value: number,
  goal: number,
  text: string,
  testid: string,
): HTMLElement {
  const progress = Math.min(1, value / goal);
  const fill = el(doc, 'div', { class: progress >= 1 ? 'goal-fill goal-met' : 'goal-fill' });
  fill.style.width = `${Math.round(progress * 100)}%`;
  return el(
    doc,
    'div',
    { class: 'goal' },
    el(doc, 'div', { class: 'goal-text' }, el(doc, 'span', { id: `${id}-label` }, label), el(doc, 'span', {}, text)),
    el(
      doc,
      'div',
      {
        class: 'goal-bar',
        role: 'progressbar',
        'aria-labelledby': `${id}-label`,
        'aria-valuemin': 0,
        'aria-valuemax': goal,
        'aria-valuenow': Math.min(value, goal),
        'aria-valuetext': text,
        'data-testid': testid,
      },
      fill,
    ),
  );
}

/** How many conversations reached each level (points-summary.tsx's table). */
function levelsTable(doc: Document, summary: PointsSummary): HTMLElement {
  const p = POINTS_SUMMARY_STRINGS;
  const rows = p.levels.map((label, i) =>
    el(
      doc,
      'tr',
      {},
      el(
        doc,
        'th',
        { scope: 'row' },
        el(doc, 'span', { class: `level-badge level-${i + 1}`, 'aria-hidden': 'true' }, i + 1),
        ' ',
        label,
      ),
      el(doc, 'td', { 'data-testid': `points-level-${i + 1}` }, summary.byLevel[i + 1]!),
    ),
  );
  return el(doc, 'table', { class: 'levels' }, el(doc, 'caption', {}, p.levelsCaption), el(doc, 'tbody', {}, ...rows));
}

/** The points summary: figures, weekly goals and levels (components/points-summary.tsx). */
function pointsSection(doc: Document, summary: PointsSummary, requestGoal: number): HTMLElement {
  const p = POINTS_SUMMARY_STRINGS;
  const section = el(
    doc,
    'section',
    { class: 'points', 'aria-label': p.total },
    el(
      doc,
      'div',
      { class: 'points-main' },
      stat(doc, p.total, summary.total, 'points-total', true),
      stat(doc, p.week, summary.week, 'points-week'),
      stat(doc, p.month, summary.month, 'points-month'),
      stat(doc, p.logged, summary.conversations, 'conversations-logged'),
    ),
  );
  if (summary.weeklyGoal > 0)
    section.append(
      goalBar(
        doc,
        'goal',
        p.goalLabel,
        summary.week,
        summary.weeklyGoal,
        p.goal(summary.week, summary.weeklyGoal),
        'goal-progress',
      ),
    );
  if (requestGoal > 0) {
    section.append(
      goalBar(
        doc,
        'request-goal',
        p.requestGoalLabel,
        summary.requestsThisWeek,
        requestGoal,
        p.requestGoal(summary.requestsThisWeek, requestGoal),
        'request-goal-progress',
      ),
    );
  }
  section.append(levelsTable(doc, summary));
  return section;
}

/** The app's first render with points and records still loading (app.tsx, points-summary.tsx). */
function popup(doc: Document, summary: PointsSummary, requestGoal: number): HTMLElement {
  return el(
    doc,
    'main',
    { class: 'popup' },
    el(
      doc,
      'header',
      { class: 'popup-header' },
      el(doc, 'h1', {}, el(doc, 'span', { 'aria-hidden': 'true' }, '☕ '), S.title),
      el(doc, 'button', { type: 'button', class: 'link' }, S.openOptions),
    ),
    pointsSection(doc, summary, requestGoal),
    el(doc, 'p', { 'aria-live': 'polite' }, S.loadingRest),
  );
}
