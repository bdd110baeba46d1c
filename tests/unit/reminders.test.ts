import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { browser } from '#imports';
import {
  REMINDER_ALARM,
  SAFETY_ALARM,
  openRemindersPage,
  refreshReminders,
  registerReminders,
} from '@/utils/reminders';
import { NOTIFY_AT_MOST, NOTIFY_WITHIN_DAYS } from '@/utils/domain/reminders';
import { importBackup, saveSettings, updateConversation } from '@/utils/store/operations';
import { KEY_LISTS_READY, KEY_NOTIFIED } from '@/utils/store/layout';
import { ensurePointsIndex } from '@/utils/store/repository';
import { readBackup } from '@/utils/domain/backup';

const TZ = process.env.TZ;
const contact = (id: string, name: string) => ({
  id,
  name,
  profileUrl: `https://www.linkedin.com/in/${id}/`,
  createdAt: '2026-11-01T09:00:00.000Z',
  updatedAt: '2026-11-01T09:00:00.000Z',
});
const met = (id: string, contactId: string, metAt: string) => ({
  id,
  contactId,
  status: 'met',
  channel: 'linkedin-note',
  goal: 1,
  metAt,
  outcomes: { connected: true },
  createdAt: '2026-11-01T09:00:00.000Z',
  updatedAt: metAt,
});

async function seed(conversations: unknown[]) {
  const parsed = readBackup(
    JSON.stringify({
      format: 'fifteen-backup',
      version: 1,
      exportedAt: '2026-11-20T00:00:00.000Z',
      contacts: [contact('priya', 'Priya Raman'), contact('marcus', 'Marcus Oyelaran')],
      conversations,
      settings: {},
    }),
  );
  if (!parsed.ok) throw new Error(parsed.error);
  await importBackup(parsed.backup);
}

const notifications = async () =>
  Object.values(await browser.notifications.getAll()) as unknown as { title: string; iconUrl: string }[];

describe('reminders in the background', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    process.env.TZ = 'UTC';
  });
  afterEach(() => {
    process.env.TZ = TZ;
  });

  it('with nothing due: empty badge, no notification, no reminder alarm', async () => {
    const r = await refreshReminders(new Date('2026-11-20T12:00:00.000Z'));
    expect(r.due).toEqual([]);
    expect(await browser.action.getBadgeText({})).toBe('');
    expect(await notifications()).toEqual([]);
    expect(await browser.alarms.get(REMINDER_ALARM)).toBeUndefined();
  });

  it("after a write, works from the lists' slices (no record read), with the same answer as from every record", async () => {
    const conversations = [
      met('p1', 'priya', '2026-11-18T10:00:00.000Z'),
      met('m1', 'marcus', '2026-11-19T10:00:00.000Z'),
      met('later', 'marcus', '2026-11-20T10:00:00.000Z'),
    ];
    const now = new Date('2026-11-20T12:00:00.000Z');
    // The slices are taken at the time of the write: write "then", as a person would have.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(now);
    await ensurePointsIndex(); // as the background does on install: from then on every write keeps the slices
    await seed(conversations);
    const get = vi.spyOn(browser.storage.local, 'get');
    const fromSlices = await refreshReminders(now);
    const asked = get.mock.calls.flatMap(([keys]) => (Array.isArray(keys) ? keys : [keys]).map(String));
    expect(asked.some((k) => k.startsWith('fifteen:conversations:'))).toBe(false);
    get.mockRestore();
    // Without the slices (as after an update from a version without them): every record.
    fakeBrowser.reset();
    await seed(conversations);
    await browser.storage.local.remove(KEY_LISTS_READY);
    const fromRecords = await refreshReminders(now);
    expect(fromSlices.due).toEqual(fromRecords.due);
    expect(fromSlices.nextAt).toEqual(fromRecords.nextAt);
    expect(fromSlices.due).toHaveLength(2);
    vi.useRealTimers();
  });

  it('notifies each due reminder once, counts them on the badge and sets the next alarm', async () => {
    await seed([
      met('p1', 'priya', '2026-11-18T10:00:00.000Z'),
      met('m1', 'marcus', '2026-11-19T10:00:00.000Z'),
      met('later', 'marcus', '2026-11-20T10:00:00.000Z'),
    ]);
    const now = new Date('2026-11-20T12:00:00.000Z');
    const first = await refreshReminders(now);
    expect(first.due).toHaveLength(2);
    expect(await browser.action.getBadgeText({})).toBe('2');
    expect((await notifications()).map((n) => n.title).sort()).toEqual([
      'Say thank you to Marcus Oyelaran',
      'Say thank you to Priya Raman',
    ]);
    expect((await notifications())[0]!.iconUrl).toBe('/icon/128.png');
    const alarm = await browser.alarms.get(REMINDER_ALARM);
    expect(new Date(alarm!.scheduledTime).toISOString()).toBe('2026-11-21T09:00:00.000Z');
    // The count shows on Fifteen's coffee brown (#6f4e37), set through the browser's badge API.
    expect(await browser.action.getBadgeBackgroundColor({})).toEqual([0x6f, 0x4e, 0x37, 255]);

    // The background is stopped and woken again: nothing shown twice.
    const again = await refreshReminders(new Date('2026-11-20T13:00:00.000Z'));
    expect(again.notified).toEqual([]);
    const stored = (await browser.storage.local.get(KEY_NOTIFIED))[KEY_NOTIFIED] as string[];
    expect(stored).toHaveLength(2);
  });

  it('clears the badge when the reminders are done', async () => {
    await seed([met('p1', 'priya', '2026-11-18T10:00:00.000Z')]);
    await refreshReminders(new Date('2026-11-20T12:00:00.000Z'));
    expect(await browser.action.getBadgeText({})).toBe('1');
    await updateConversation('p1', { thankYouDoneAt: '2026-11-20T12:30:00.000Z' });
    await refreshReminders(new Date('2026-11-20T13:00:00.000Z'));
    expect(await browser.action.getBadgeText({})).toBe('');
  });

  it('with notifications off, sets the badge only', async () => {
    await seed([met('p1', 'priya', '2026-11-18T10:00:00.000Z')]);
    await saveSettings({ notifications: false });
    await refreshReminders(new Date('2026-11-20T12:00:00.000Z'));
    expect(await browser.action.getBadgeText({})).toBe('1');
    expect(await notifications()).toEqual([]);
  });

  it('uses a follow-up title when the follow-up is due', async () => {
    await seed([{ ...met('p1', 'priya', '2026-10-20T10:00:00.000Z'), thankYouDoneAt: '2026-10-21T10:00:00.000Z' }]);
    await refreshReminders(new Date('2026-11-10T12:00:00.000Z')); // due at 9:00 that day
    expect((await notifications()).map((n) => n.title)).toEqual(['Follow up with Priya Raman']);
  });

  it.each([
    ["the lists' slices", false],
    ['the records (no slices yet)', true],
  ])('greets the person by first name when their contact has one, read from %s', async (_from, noSlices) => {
    const parsed = readBackup(
      JSON.stringify({
        format: 'fifteen-backup',
        version: 1,
        exportedAt: '2026-11-20T00:00:00.000Z',
        contacts: [{ ...contact('priya', 'Priya Raman'), firstName: 'Priya' }, contact('marcus', 'Marcus Oyelaran')],
        conversations: [
          met('p1', 'priya', '2026-11-18T10:00:00.000Z'),
          met('m1', 'marcus', '2026-11-19T10:00:00.000Z'),
        ],
        settings: {},
      }),
    );
    if (!parsed.ok) throw new Error(parsed.error);
    await importBackup(parsed.backup);
    if (noSlices) await browser.storage.local.remove(KEY_LISTS_READY);
    await refreshReminders(new Date('2026-11-20T12:00:00.000Z'));
    expect((await notifications()).map((n) => n.title).sort()).toEqual([
      'Say thank you to Marcus Oyelaran',
      'Say thank you to Priya',
    ]);
  });

  it('wires install, alarms, store changes and notification clicks', async () => {
    const stop = registerReminders(() => undefined);
    try {
      await seed([met('p1', 'priya', '2020-01-01T10:00:00.000Z')]);
      await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
      await vi.waitFor(async () =>
        expect(await browser.alarms.get(SAFETY_ALARM)).toMatchObject({ periodInMinutes: 60 }),
      );

      // A store change (a meeting logged now) recomputes the next alarm without being asked.
      const meetingNow = new Date(Date.now() - 60_000).toISOString();
      await seed([met('p2', 'marcus', meetingNow)]);
      await vi.waitFor(async () => expect(await browser.alarms.get(REMINDER_ALARM)).toBeDefined());

      // The alarm firing refreshes the badge (the 2020 meeting's reminders are long stale: 0).
      await browser.action.setBadgeText({ text: 'x' });
      await fakeBrowser.alarms.onAlarm.trigger({ name: REMINDER_ALARM, scheduledTime: Date.now() });
      await vi.waitFor(async () => expect(await browser.action.getBadgeText({})).toBe(''));

      // Clicking a reminder opens the popup's page in a tab.
      const create = vi.spyOn(browser.tabs, 'create');
      await fakeBrowser.notifications.onClicked.trigger('fifteen-reminder:p2:thank-you@1');
      await vi.waitFor(() =>
        expect(create).toHaveBeenCalledWith({ url: 'chrome-extension://test-extension-id/popup.html' }),
      );
      // Other extensions' notifications are not ours.
      create.mockClear();
      await fakeBrowser.notifications.onClicked.trigger('something-else');
      expect(create).not.toHaveBeenCalled();
    } finally {
      stop();
    }
  });

  describe('after a bulk write (an import)', () => {
    const now = new Date('2026-11-20T12:00:00.000Z');
    // `n` meetings on 18 and 19 Nov: their thank-you notes fell due at 9:00 on 19 and 20 Nov,
    // within the last day and a half, so each is fresh enough to notify.
    const recent = (n: number, prefix = 'r') =>
      Array.from({ length: n }, (_, i) =>
        met(
          `${prefix}${i}`,
          i % 2 ? 'priya' : 'marcus',
          `2026-11-${i % 2 ? 18 : 19}T10:${String(i % 60).padStart(2, '0')}:00.000Z`,
        ),
      );
    // Meetings 10 days back: due, counted on the badge, but too old to notify.
    const old = (n: number) =>
      Array.from({ length: n }, (_, i) =>
        met(`o${i}`, 'priya', `2026-11-10T10:${String(i % 60).padStart(2, '0')}:00.000Z`),
      );
    const notifiedWrites = (set: { mock: { calls: unknown[][] } }) =>
      set.mock.calls.filter(([items]) => KEY_NOTIFIED in (items as object));

    it(`notifies at most ${NOTIFY_AT_MOST} of 700 newly due reminders, then one summary, and stores them all as shown in one write first`, async () => {
      await seed(recent(700));
      const set = vi.spyOn(browser.storage.local, 'set');
      const create = vi.spyOn(browser.notifications, 'create');
      // Every notification is made after the shown list is stored, all of it.
      const storedWhenCreated: number[] = [];
      create.mockImplementation(async (id) => {
        storedWhenCreated.push(
          ((await browser.storage.local.get(KEY_NOTIFIED))[KEY_NOTIFIED] as string[] | undefined)?.length ?? 0,
        );
        return typeof id === 'string' ? id : '';
      });

      const r = await refreshReminders(now);
      expect(r.due).toHaveLength(700);
      expect(await browser.action.getBadgeText({})).toBe('700');
      expect(create).toHaveBeenCalledTimes(NOTIFY_AT_MOST + 1);
      expect(r.notified).toHaveLength(NOTIFY_AT_MOST);
      const titles = create.mock.calls.map(([, options]) => (options as unknown as { title: string }).title);
      expect(titles).toContain('700 reminders are due');
      expect(titles.filter((t) => t.startsWith('Say thank you to'))).toHaveLength(NOTIFY_AT_MOST);
      // The ones notified one by one are the most recently due (the 20 Nov ones).
      for (const x of r.notified) expect(new Date(x.dueAt).toISOString()).toBe('2026-11-20T09:00:00.000Z');
      expect(notifiedWrites(set)).toHaveLength(1);
      expect(storedWhenCreated).toEqual(Array(NOTIFY_AT_MOST + 1).fill(700));

      // A second refresh (another wake-up, another store change) notifies nothing and writes nothing.
      create.mockClear();
      set.mockClear();
      const again = await refreshReminders(new Date('2026-11-20T12:05:00.000Z'));
      expect(create).not.toHaveBeenCalled();
      expect(again.notified).toEqual([]);
      expect(again.summarised).toBeNull();
      expect(notifiedWrites(set)).toHaveLength(0);
      expect(await browser.action.getBadgeText({})).toBe('700');
    });

    it(`never notifies reminders that fell due more than ${NOTIFY_WITHIN_DAYS} days ago, but counts them on the badge`, async () => {
      await seed(old(200));
      const create = vi.spyOn(browser.notifications, 'create');
      const r = await refreshReminders(now);
      expect(r.due).toHaveLength(200);
      expect(await browser.action.getBadgeText({})).toBe('200');
      expect(create).not.toHaveBeenCalled();
      // Stored as shown, so they stay quiet later too.
      expect((await browser.storage.local.get(KEY_NOTIFIED))[KEY_NOTIFIED]).toHaveLength(200);
      await refreshReminders(new Date('2026-11-21T12:00:00.000Z'));
      expect(create).not.toHaveBeenCalled();
    });

    it('with a few fresh among many old ones, notifies the fresh ones one by one and no summary', async () => {
      await seed([...old(300), ...recent(2)]);
      const r = await refreshReminders(now);
      expect(await browser.action.getBadgeText({})).toBe('302');
      expect(r.notified).toHaveLength(2);
      expect(r.summarised).toBeNull();
      expect((await notifications()).map((n) => n.title).sort()).toEqual([
        'Say thank you to Marcus Oyelaran',
        'Say thank you to Priya Raman',
      ]);
    });

    it(`notifies exactly ${NOTIFY_AT_MOST} one by one without a summary, and one more makes a summary`, async () => {
      await seed(recent(NOTIFY_AT_MOST));
      expect((await refreshReminders(now)).summarised).toBeNull();
      expect(await notifications()).toHaveLength(NOTIFY_AT_MOST);
      fakeBrowser.reset();
      await seed(recent(NOTIFY_AT_MOST + 1));
      expect((await refreshReminders(now)).summarised).toBe(NOTIFY_AT_MOST + 1);
      expect(await notifications()).toHaveLength(NOTIFY_AT_MOST + 1);
    });

    it('a refused notification is not retried: it was stored as shown before it was tried', async () => {
      await seed(recent(2));
      const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
      const create = vi.spyOn(browser.notifications, 'create').mockRejectedValue(new Error('refused'));
      await refreshReminders(now);
      expect(create).toHaveBeenCalledTimes(2);
      expect(error).toHaveBeenCalled();
      create.mockClear();
      await refreshReminders(new Date('2026-11-20T13:00:00.000Z'));
      expect(create).not.toHaveBeenCalled();
    });
  });

  describe('a click on a reminder or the summary', () => {
    it('opens the popup where the browser allows it', async () => {
      const open = vi.spyOn(browser.action, 'openPopup').mockResolvedValue(undefined);
      const tab = vi.spyOn(browser.tabs, 'create');
      await openRemindersPage('fifteen-reminder:summary');
      expect(open).toHaveBeenCalledOnce();
      expect(tab).not.toHaveBeenCalled();
    });

    it("opens the popup's page in a tab where openPopup is refused (Firefox: not a user action)", async () => {
      vi.spyOn(browser.action, 'openPopup').mockRejectedValue(new Error('openPopup requires a user gesture'));
      const tab = vi.spyOn(browser.tabs, 'create');
      await openRemindersPage('fifteen-reminder:summary');
      expect(tab).toHaveBeenCalledWith({ url: 'chrome-extension://test-extension-id/popup.html' });
    });
  });
});
