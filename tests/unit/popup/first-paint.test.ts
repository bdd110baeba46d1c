// @vitest-environment happy-dom
// The popup's first script: points painted from the index before the app loads, in the very
// nodes the app then keeps (no blink, no jump), zeros for a new user, nothing without an index,
// and painted again when storage changes until the app takes over.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { waitFor } from '@testing-library/preact';
import { createElement, render } from 'preact';
import { fakeBrowser } from 'wxt/testing';
import { browser } from '#imports';
import { App } from '@/entrypoints/popup/app';
import { startFirstPaint } from '@/entrypoints/popup-points/first-paint';
import type { FirstPaint } from '@/utils/first-paint-contract';
import { readBackup } from '@/utils/domain/backup';
import { shardKey } from '@/utils/store/layout';
import { importBackup, logRequest } from '@/utils/store/operations';
import { pointsIndexFrom, rebuildPointsIndex } from '@/utils/store/repository';

const now = new Date('2026-11-20T12:00:00.000Z'); // a Friday
const TZ = process.env.TZ;
let app: HTMLElement;
let first: FirstPaint | undefined;

beforeEach(() => {
  fakeBrowser.reset();
  process.env.TZ = 'UTC';
  app = document.createElement('div');
  app.id = 'app';
  document.body.append(app);
});
afterEach(() => {
  first?.take();
  first = undefined;
  render(null, app);
  app.remove();
  delete document.documentElement.dataset.theme;
  process.env.TZ = TZ;
});

async function seed(conversations: object[], settings: object = {}) {
  const contacts = [
    { id: 'priya', name: 'Priya Raman', createdAt: '2026-10-01T09:00:00.000Z', updatedAt: '2026-10-01T09:00:00.000Z' },
  ];
  const parsed = readBackup(
    JSON.stringify({
      format: 'fifteen-backup',
      version: 1,
      exportedAt: now.toISOString(),
      contacts,
      conversations,
      settings,
    }),
  );
  if (!parsed.ok) throw new Error(parsed.error);
  await importBackup(parsed.backup);
}
const talk = (id: string, extra: object) => ({
  id,
  contactId: 'priya',
  status: 'met',
  channel: 'linkedin-note',
  goal: 2,
  requestedAt: '2026-11-10T09:00:00.000Z',
  createdAt: '2026-11-10T09:00:00.000Z',
  updatedAt: '2026-11-10T09:00:00.000Z',
  ...extra,
});
const HISTORY = [
  talk('a', { metAt: '2026-11-18T10:00:00.000Z', outcomes: { connected: true, referral: true, memorable: true } }), // this week, 3
  talk('b', { metAt: '2026-11-03T10:00:00.000Z', outcomes: { connected: true, opening: true } }), // this month, 4
  talk('c', {
    metAt: '2025-01-03T10:00:00.000Z',
    requestedAt: '2025-01-01T09:00:00.000Z',
    outcomes: { connected: true },
  }), // long ago, 1
  talk('d', { status: 'requested', requestedAt: '2026-11-19T09:00:00.000Z' }),
];

const start = () => (first = startFirstPaint({ api: browser.storage as never, now: () => now }));
const text = (testid: string) => app.querySelector(`[data-testid="${testid}"]`)?.textContent;

/** Reading the records takes seconds at 50,000 conversations: here, it never ends. */
function recordsNeverArrive() {
  const get = browser.storage.local.get.bind(browser.storage.local) as (
    keys: unknown,
  ) => Promise<Record<string, unknown>>;
  vi.spyOn(browser.storage.local, 'get').mockImplementation(((keys: unknown) =>
    Array.isArray(keys) && keys.includes(shardKey('conversations', 0))
      ? new Promise(() => undefined)
      : get(keys)) as typeof browser.storage.local.get);
}

describe('the popup first script', () => {
  it('paints the points from the index, in the nodes the app then keeps and renders the same', async () => {
    await seed(HISTORY, { weeklyPointsGoal: 6, weeklyRequestGoal: 4, theme: 'dark' });
    await rebuildPointsIndex();
    start();
    await first!.settled; // what the app waits for before its first render
    expect(text('points-total')).toBe('8');
    expect(
      ['points-week', 'points-month', 'conversations-logged', 'points-level-1', 'points-level-3', 'points-level-4'].map(
        text,
      ),
    ).toEqual(['3', '7', '4', '1', '1', '1']);
    expect(document.documentElement.dataset.theme).toBe('dark');
    const main = app.querySelector('main')!;
    const painted = [...main.children];
    const html = painted.map((e) => e.outerHTML);
    expect(painted.map((e) => e.localName)).toEqual(['header', 'section', 'p']);
    expect(main.querySelector('[data-testid="goal-progress"]')?.getAttribute('aria-valuetext')).toBe('3 of 6 points');
    expect(main.querySelector('[data-testid="request-goal-progress"]')?.getAttribute('aria-valuetext')).toBe(
      '1 of 4 requests sent',
    );

    // The app takes over, as main.tsx does, while the records are still on their way.
    recordsNeverArrive();
    const taken = first!.take();
    expect(taken.painted).not.toBeNull();
    render(
      createElement(App, {
        openOptions: () => undefined,
        openUrl: () => undefined,
        now: () => now,
        initialPoints: pointsIndexFrom(taken.painted!),
      }),
      app,
    );
    const after = app.querySelector('main')!;
    expect(after).toBe(main);
    // Header, points and the loading note: the same markup in the same nodes; the chart follows.
    expect([...after.children].slice(0, 2).map((e) => e.outerHTML)).toEqual(html.slice(0, 2));
    expect(after.children[0]).toBe(painted[0]);
    expect(after.children[1]).toBe(painted[1]);
    expect(after.querySelector('[data-testid="points-total"]')).toBe(
      painted[1]!.querySelector('[data-testid="points-total"]'),
    );
    const note = after.querySelector(':scope > p[aria-live="polite"]')!;
    expect(note.outerHTML).toBe(html[2]);
    expect(after.querySelector(':scope > figure.weekly-chart')).not.toBeNull();
  });

  it('shows a new user zero points at once: an empty store marked ready on install', async () => {
    await rebuildPointsIndex(); // what the background does on install
    start();
    await waitFor(() => expect(text('points-total')).toBe('0'));
    expect(text('conversations-logged')).toBe('0');
  });

  it('paints nothing without a usable index, and hands the app its read', async () => {
    await seed(HISTORY); // data from before the index: not marked ready
    await browser.storage.local.remove('fifteen:points:ready');
    start();
    await first!.settled;
    const taken = first!.take();
    expect(taken.painted).toBeNull();
    expect(await taken.reading).toBeNull();
    expect(app.childElementCount).toBe(0);
  });

  it('paints again when storage changes while the popup is open, and stops once the app takes over', async () => {
    await rebuildPointsIndex();
    start();
    await waitFor(() => expect(text('conversations-logged')).toBe('0'));
    await logRequest({ contact: { id: 'sam', name: 'Sam Ortiz' }, channel: 'email', goal: 1 });
    await waitFor(() => expect(text('conversations-logged')).toBe('1'));
    first!.take();
    await logRequest({ contact: { id: 'dana', name: 'Dana Lee' }, channel: 'email', goal: 1 });
    await new Promise((r) => setTimeout(r, 20));
    expect(text('conversations-logged')).toBe('1');
  });
});

describe('the lists, asked for by the first script', () => {
  it('are asked for at once, and the app is told when the data changed before it watches the store', async () => {
    await seed(HISTORY);
    await rebuildPointsIndex();
    start();
    const raw = await first!.lists;
    expect(Object.keys(raw)).toContain('fifteen:lists:ready');
    await first!.settled;
    expect(first!.take().changed).toBe(false);

    start();
    await logRequest({ contact: { id: 'sam', name: 'Sam Ortiz' }, channel: 'email', goal: 1 });
    expect(first!.take().changed).toBe(true);
  });
});
