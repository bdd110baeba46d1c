// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing';
import { App, LINKEDIN_FEED } from '@/entrypoints/popup/app';
import { importBackup } from '@/utils/store/operations';
import { loadSnapshot, rebuildPointsIndex } from '@/utils/store/repository';
import { readBackup } from '@/utils/domain/backup';
import { summarise } from '@/utils/domain/points';
import { browser } from '#imports';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ALL_POINTS_INDEX_KEYS, shardKey } from '@/utils/store/layout';

const now = new Date('2026-11-20T12:00:00.000Z'); // a Friday
const contact = (id: string, name: string, extra: object = {}) => ({
  id,
  name,
  profileUrl: `https://www.linkedin.com/in/${id}/`,
  createdAt: '2026-10-01T09:00:00.000Z',
  updatedAt: '2026-10-01T09:00:00.000Z',
  ...extra,
});
const talk = (id: string, contactId: string, extra: object) => ({
  id,
  contactId,
  status: 'requested',
  channel: 'linkedin-note',
  goal: 2,
  requestedAt: '2026-10-01T09:00:00.000Z',
  createdAt: '2026-10-01T09:00:00.000Z',
  updatedAt: '2026-10-01T09:00:00.000Z',
  ...extra,
});

async function seed(contacts: object[], conversations: object[], settings: object = {}) {
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

function open() {
  const openOptions = vi.fn();
  const openUrl = vi.fn();
  render(<App openOptions={openOptions} openUrl={openUrl} now={() => now} />);
  return { openOptions, openUrl };
}
const text = (testid: string) => screen.getByTestId(testid).textContent;

const TZ = process.env.TZ;
beforeEach(() => {
  fakeBrowser.reset();
  process.env.TZ = 'UTC';
});
afterEach(() => {
  cleanup();
  process.env.TZ = TZ;
});

describe('the popup with no conversations', () => {
  it('shows zero points, teaches the method and points to LinkedIn', async () => {
    const { openUrl } = open();
    await screen.findByTestId('points-total');
    expect(
      ['points-total', 'points-week', 'points-month', 'conversations-logged', 'points-level-1', 'points-level-4'].map(
        text,
      ),
    ).toEqual(['0', '0', '0', '0', '0', '0']);
    expect(screen.getByText(/15 minutes to hear what they do/)).toBeTruthy();
    expect(screen.getByText(/they suggest someone to talk to · 2 pts/)).toBeTruthy();
    expect(screen.getByText(/Never call it an "informational interview"/)).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Next' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Find someone on LinkedIn' }));
    expect(openUrl).toHaveBeenCalledWith(LINKEDIN_FEED);
  });
});

describe('the popup with a busy history', () => {
  beforeEach(async () => {
    await seed(
      [
        contact('priya', 'Priya Raman'),
        contact('marcus', 'Marcus Oyelaran', { referredBy: 'p1' }),
        contact('dana', 'Dana Lee', { referredBy: 'm1' }),
        contact('sam', 'Sam Ortiz'),
      ],
      [
        // Met this week, level 3, suggested Marcus: thank-you due (19 Nov 09:00).
        talk('p1', 'priya', {
          status: 'met',
          metAt: '2026-11-18T10:00:00.000Z',
          outcomes: { connected: true, referral: true, memorable: true },
          referrals: ['marcus'],
        }),
        // Met four weeks ago, level 4, thank-you done: follow-up due (19 Nov 09:00 + …).
        talk('m1', 'marcus', {
          status: 'met',
          metAt: '2026-10-27T10:00:00.000Z',
          thankYouDoneAt: '2026-10-28T10:00:00.000Z',
          outcomes: { connected: true, opening: true },
          referrals: ['dana'],
        }),
        // Coming up.
        talk('d1', 'dana', { status: 'scheduled', scheduledFor: '2026-11-24T16:00:00.000Z' }),
        talk('s1', 'sam', { status: 'no-response' }),
      ],
      { weeklyPointsGoal: 6 },
    );
  });

  it('shows the points, the goal, the chart and the test contract', async () => {
    open();
    await waitFor(() => expect(text('points-total')).toBe('7'));
    expect(text('points-week')).toBe('3');
    expect(text('points-month')).toBe('3');
    expect(text('conversations-logged')).toBe('4');
    expect([1, 2, 3, 4].map((n) => text(`points-level-${n}`))).toEqual(['0', '0', '1', '1']);
    const goal = screen.getByRole('progressbar', { name: 'Weekly points goal' });
    expect(goal.getAttribute('aria-valuenow')).toBe('3');
    expect(goal.getAttribute('aria-valuetext')).toBe('3 of 6 points');
    // The chart's text equivalent: 12 weeks, the last one holding this week's 3 points.
    const table = screen.getByRole('table', { name: 'Points per week, last 12 weeks' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(12);
    expect(rows.at(-1)!.textContent).toMatch(/3$/);
    expect(rows.at(-4)!.textContent).toMatch(/4$/);
  });

  it('lists what is next, recent conversations and who led to whom', async () => {
    open();
    await screen.findByRole('heading', { name: 'Next' });
    expect(within(screen.getByTestId('next-upcoming')).getByText('Dana Lee')).toBeTruthy();
    expect(within(screen.getByTestId('next-thank-you')).getByText('Priya Raman')).toBeTruthy();
    expect(within(screen.getByTestId('next-follow-up')).getByText('Marcus Oyelaran')).toBeTruthy();
    expect(screen.getAllByTestId('recent-item')).toHaveLength(4);
    const chains = screen.getByRole('heading', { name: 'Who led to whom' }).parentElement!;
    expect(chains.textContent).toContain('Priya Raman → Marcus Oyelaran → Dana Lee');
  });

  it('marks a thank-you done and snoozes a follow-up, in the store', async () => {
    open();
    fireEvent.click(await screen.findByRole('button', { name: 'Mark the thank-you note to Priya Raman as done' }));
    await waitFor(() => expect(screen.queryByTestId('next-thank-you')).toBeNull());
    fireEvent.click(screen.getByRole('button', { name: 'Remind me about the follow-up to Marcus Oyelaran in 3 days' }));
    await waitFor(() => expect(screen.queryByTestId('next-follow-up')).toBeNull());
    const snap = await loadSnapshot();
    expect(snap.conversations.get('p1')!.thankYouDoneAt).toBe(now.toISOString());
    expect(snap.conversations.get('m1')!.followUpSnoozedUntil).toBe('2026-11-23T12:00:00.000Z');
  });

  it('opens a profile', async () => {
    const { openUrl } = open();
    fireEvent.click(await screen.findByRole('button', { name: "Profile: open Priya Raman's LinkedIn profile" }));
    expect(openUrl).toHaveBeenCalledWith('https://www.linkedin.com/in/priya/');
  });

  it('shows progress toward the weekly requests goal next to the points goal', async () => {
    fakeBrowser.reset();
    await seed(
      [contact('priya', 'Priya Raman'), contact('marcus', 'Marcus Oyelaran'), contact('sam', 'Sam Ortiz')],
      [
        // Two requests this week (the week starts Monday 16 Nov), one the week before.
        talk('p1', 'priya', { requestedAt: '2026-11-16T09:00:00.000Z' }),
        talk('m1', 'marcus', { requestedAt: '2026-11-19T09:00:00.000Z' }),
        talk('s1', 'sam', { requestedAt: '2026-11-13T09:00:00.000Z' }),
      ],
      { weeklyRequestGoal: 3, weeklyPointsGoal: 6 },
    );
    open();
    const requests = await screen.findByRole('progressbar', { name: 'Weekly requests goal' });
    expect(screen.getByTestId('request-goal-progress')).toBe(requests);
    expect(requests.getAttribute('aria-valuenow')).toBe('2');
    expect(requests.getAttribute('aria-valuemax')).toBe('3');
    expect(requests.getAttribute('aria-valuetext')).toBe('2 of 3 requests sent');
    expect(requests.parentElement!.textContent).toContain('2 of 3 requests sent');
    expect(screen.getByRole('progressbar', { name: 'Weekly points goal' }).getAttribute('aria-valuetext')).toBe(
      '0 of 6 points',
    );
  });

  it('hides the requests goal when it is 0', async () => {
    await seed([], [], { weeklyRequestGoal: 0 });
    open();
    await screen.findByRole('progressbar', { name: 'Weekly points goal' });
    expect(screen.queryByTestId('request-goal-progress')).toBeNull();
  });

  it('does not offer or open a stored profile address that is not a LinkedIn profile', async () => {
    // Stored data is not re-checked like a backup file: an older version (or a hand-edited
    // store) may hold any address. The seeded backup is valid; the address is changed after.
    fakeBrowser.reset();
    const parsed = readBackup(
      JSON.stringify({
        format: 'fifteen-backup',
        version: 1,
        exportedAt: now.toISOString(),
        contacts: [contact('priya', 'Priya Raman'), contact('marcus', 'Marcus Oyelaran')],
        conversations: [
          talk('p1', 'priya', { status: 'met', metAt: '2026-11-18T10:00:00.000Z', outcomes: { connected: true } }),
          talk('m1', 'marcus', { status: 'met', metAt: '2026-11-18T11:00:00.000Z', outcomes: { connected: true } }),
        ],
      }),
    );
    if (!parsed.ok) throw new Error(parsed.error);
    parsed.backup.contacts[0]!.profileUrl = 'https://evil.example/in/priya/';
    await importBackup(parsed.backup);
    const { openUrl } = open();
    fireEvent.click(await screen.findByRole('button', { name: "Profile: open Marcus Oyelaran's LinkedIn profile" }));
    expect(openUrl).toHaveBeenCalledWith('https://www.linkedin.com/in/marcus/');
    expect(within(screen.getByTestId('next-thank-you')).getByText('Priya Raman')).toBeTruthy();
    expect(screen.queryByRole('button', { name: "Profile: open Priya Raman's LinkedIn profile" })).toBeNull();
    expect(openUrl).toHaveBeenCalledTimes(1);
  });

  it('records how a chat went and the points update', async () => {
    open();
    fireEvent.click(await screen.findByRole('button', { name: 'Record how it went with Sam Ortiz' }));
    fireEvent.click(screen.getByRole('radio', { name: 'We met' }));
    fireEvent.click(screen.getByRole('checkbox', { name: /new connection/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(text('points-total')).toBe('8'));
    expect(screen.queryByRole('button', { name: 'Save' })).toBeNull();
    expect((await loadSnapshot()).conversations.get('s1')!.status).toBe('met');
  });

  it('warns about unreadable records and links to the backup', async () => {
    await browser.storage.local.set({ [shardKey('conversations', 0)]: { broken: { id: 'broken' } } });
    const { openOptions } = open();
    const problems = await screen.findByTestId('problems');
    expect(problems.textContent).toContain('1 stored item could not be read');
    fireEvent.click(within(problems).getByRole('button', { name: 'See what, and export a copy' }));
    expect(openOptions).toHaveBeenCalled();
  });

  it('applies the theme from the settings', async () => {
    await seed([], [], { theme: 'dark' });
    open();
    await waitFor(() => expect(document.documentElement.dataset.theme).toBe('dark'));
  });
});

describe('the popup with a large history', () => {
  it('shows the points from the small index before the records have arrived', async () => {
    await seed(
      [contact('priya', 'Priya Raman')],
      [
        talk('p1', 'priya', {
          status: 'met',
          metAt: '2026-11-18T10:00:00.000Z',
          outcomes: { connected: true, referral: true, memorable: true },
        }),
      ],
      { weeklyRequestGoal: 4 },
    );
    await rebuildPointsIndex(); // as the first open after an update does
    // Reading the records takes seconds at 50,000 conversations: here, it never ends.
    const get = browser.storage.local.get.bind(browser.storage.local) as (
      keys: unknown,
    ) => Promise<Record<string, unknown>>;
    vi.spyOn(browser.storage.local, 'get').mockImplementation(((keys: unknown) =>
      Array.isArray(keys) && keys.includes(shardKey('conversations', 0))
        ? new Promise(() => undefined)
        : get(keys)) as typeof browser.storage.local.get);
    open();
    await waitFor(() => expect(text('points-total')).toBe('3'));
    expect(text('points-level-3')).toBe('1');
    expect(screen.queryByText('Priya Raman')).toBeNull();
  });

  it('shows everything, lists too, from the index and the slices, without reading the records', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(now); // the slices are taken at the time of the write
    try {
      await seed(
        [contact('priya', 'Priya Raman'), contact('marcus', 'Marcus Oyelaran', { referredBy: 'p1' })],
        [
          talk('p1', 'priya', {
            status: 'met',
            metAt: '2026-11-18T10:00:00.000Z',
            outcomes: { connected: true, referral: true },
            referrals: ['marcus'],
          }),
        ],
      );
      await rebuildPointsIndex(); // as on install
      const get = browser.storage.local.get.bind(browser.storage.local) as (
        keys: unknown,
      ) => Promise<Record<string, unknown>>;
      const read = vi
        .spyOn(browser.storage.local, 'get')
        .mockImplementation(((keys: unknown) =>
          Array.isArray(keys) && keys.includes(shardKey('conversations', 0))
            ? new Promise(() => undefined)
            : get(keys)) as typeof browser.storage.local.get);
      open();
      const next = await screen.findByTestId('next-thank-you');
      expect(next.textContent).toContain('Priya Raman');
      expect(screen.getByRole('heading', { name: 'Who led to whom' }).closest('section')!.textContent).toContain(
        'Priya Raman → Marcus Oyelaran',
      );
      expect(screen.queryByText(/loading/i)).toBeNull();
      expect(
        read.mock.calls.some(
          ([keys]) => Array.isArray(keys) && (keys as string[]).includes(shardKey('conversations', 0)),
        ),
      ).toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });

  it('shows points at once from an index in the older format, and rewrites it in version 2 once the records are in', async () => {
    const fixture = JSON.parse(
      readFileSync(join(__dirname, '..', '..', 'fixtures', 'store', 'points-index', 'v1.json'), 'utf8'),
    ) as { stored: Record<string, unknown> };
    await browser.storage.local.set(structuredClone(fixture.stored));
    const expected = summarise((await loadSnapshot()).conversations.values(), { now }).total;
    open();
    await waitFor(() => expect(text('points-total')).toBe(String(expected)));
    await waitFor(async () => {
      const stored = await browser.storage.local.get(ALL_POINTS_INDEX_KEYS);
      expect(ALL_POINTS_INDEX_KEYS.map((k) => String(stored[k]).slice(0, 3))).toEqual(
        ALL_POINTS_INDEX_KEYS.map(() => 'p2\n'),
      );
    });
    expect(text('points-total')).toBe(String(expected));
  });

  it('shows the first five of a long list of what is due, and the rest on request', async () => {
    const people = Array.from({ length: 8 }, (_, i) => contact(`p${i}`, `Person ${i}`));
    await seed(
      people,
      people.map((p, i) =>
        talk(`c${i}`, p.id, {
          status: 'met',
          metAt: `2026-10-2${i}T10:00:00.000Z`,
          thankYouDoneAt: '2026-10-29T10:00:00.000Z',
          outcomes: { connected: true },
        }),
      ),
    );
    open();
    const group = await screen.findByTestId('next-follow-up');
    expect(within(group).getAllByRole('listitem')).toHaveLength(5);
    expect(within(group).getByText('8')).toBeTruthy();
    fireEvent.click(within(group).getByRole('button', { name: 'Show all 8: Follow-ups due' }));
    expect(within(group).getAllByRole('listitem')).toHaveLength(8);
    expect(within(group).queryByRole('button', { name: /Show all/ })).toBeNull();
  });
});
