import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { browser } from '#imports';
import { REMINDER_ALARM, SAFETY_ALARM, refreshReminders, registerReminders } from '@/utils/reminders';
import { importBackup, saveSettings, updateConversation } from '@/utils/store/operations';
import { KEY_NOTIFIED } from '@/utils/store/layout';
import { readBackup } from '@/utils/domain/backup';

const TZ = process.env.TZ;
const contact = (id: string, name: string) => ({ id, name, profileUrl: `https://www.linkedin.com/in/${id}/`, createdAt: '2026-11-01T09:00:00.000Z', updatedAt: '2026-11-01T09:00:00.000Z' });
const met = (id: string, contactId: string, metAt: string) => ({
  id, contactId, status: 'met', channel: 'linkedin-note', goal: 1, metAt,
  outcomes: { connected: true }, createdAt: '2026-11-01T09:00:00.000Z', updatedAt: metAt,
});

async function seed(conversations: unknown[]) {
  const parsed = readBackup(
    JSON.stringify({
      format: 'fifteen-backup', version: 1, exportedAt: '2026-11-20T00:00:00.000Z',
      contacts: [contact('priya', 'Priya Raman'), contact('marcus', 'Marcus Oyelaran')], conversations, settings: {},
    }),
  );
  if (!parsed.ok) throw new Error(parsed.error);
  await importBackup(parsed.backup);
}

const notifications = async () => Object.values(await browser.notifications.getAll()) as unknown as { title: string; iconUrl: string }[];

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

  it('notifies each due reminder once, counts them on the badge and sets the next alarm', async () => {
    await seed([met('p1', 'priya', '2026-11-18T10:00:00.000Z'), met('m1', 'marcus', '2026-11-19T10:00:00.000Z'), met('later', 'marcus', '2026-11-20T10:00:00.000Z')]);
    const now = new Date('2026-11-20T12:00:00.000Z');
    const first = await refreshReminders(now);
    expect(first.due).toHaveLength(2);
    expect(await browser.action.getBadgeText({})).toBe('2');
    expect((await notifications()).map((n) => n.title).sort()).toEqual(['Say thank you to Marcus Oyelaran', 'Say thank you to Priya Raman']);
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
    await refreshReminders(new Date('2026-11-20T12:00:00.000Z'));
    expect((await notifications()).map((n) => n.title)).toEqual(['Follow up with Priya Raman']);
  });

  it('wires install, alarms, store changes and notification clicks', async () => {
    const stop = registerReminders(() => undefined);
    try {
      await seed([met('p1', 'priya', '2020-01-01T10:00:00.000Z')]);
      await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
      await vi.waitFor(async () => expect(await browser.alarms.get(SAFETY_ALARM)).toMatchObject({ periodInMinutes: 60 }));

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
      await vi.waitFor(() => expect(create).toHaveBeenCalledWith({ url: 'chrome-extension://test-extension-id/popup.html' }));
      // Other extensions' notifications are not ours.
      create.mockClear();
      await fakeBrowser.notifications.onClicked.trigger('something-else');
      expect(create).not.toHaveBeenCalled();
    } finally {
      stop();
    }
  });
});
