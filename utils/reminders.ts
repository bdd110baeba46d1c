// Reminders in the background: works out from the stored data what is due, shows each due
// reminder once as a notification, keeps the toolbar badge at the count of due reminders and
// sets one alarm for the next one. Holds no state in memory: the MV3 background may be stopped
// at any time, so every wake-up (install, startup, alarm, store change) recomputes everything.
import { browser } from '#imports';
import { dueReminders, nextReminderAt, reminderKey, type Reminder } from './domain/reminders';
import { loadSnapshot, watchStore } from './store/repository';
import { updateNotified } from './store/notified';

export const REMINDER_ALARM = 'fifteen-reminders';
export const SAFETY_ALARM = 'fifteen-reminders-check';
export const SAFETY_PERIOD_MINUTES = 60;
const BADGE_COLOUR = '#6f4e37';
const NOTIFICATION_PREFIX = 'fifteen-reminder:';

export const reminderStrings = {
  thankYouTitle: (name: string) => `Say thank you to ${name}`,
  followUpTitle: (name: string) => `Follow up with ${name}`,
  thankYouBody: 'A short note about what you took away from your chat keeps you memorable.',
  followUpBody: 'A few weeks on: share how their advice helped, and keep the door open.',
};

export interface RefreshResult {
  due: Reminder[];
  notified: Reminder[];
  nextAt: number | null;
}

/** Recomputes badge, notifications and the next alarm from the stored data. */
export async function refreshReminders(now: Date = new Date()): Promise<RefreshResult> {
  const snapshot = await loadSnapshot();
  const { settings, conversations, contacts } = snapshot;
  const due = dueReminders(conversations.values(), settings, now);
  const nextAt = nextReminderAt(conversations.values(), settings, now);

  await browser.action.setBadgeText({ text: due.length ? String(due.length) : '' });
  await browser.action.setBadgeBackgroundColor({ color: BADGE_COLOUR });

  if (nextAt === null) await browser.alarms.clear(REMINDER_ALARM);
  else await browser.alarms.create(REMINDER_ALARM, { when: nextAt });

  const notified = await updateNotified(async (current) => {
    // Only keys of reminders still due are kept, so the list stays as short as the badge count.
    const next = new Set<string>();
    const shown: Reminder[] = [];
    for (const r of due) {
      const key = reminderKey(r);
      next.add(key);
      if (current.has(key) || settings.notifications === false) continue;
      const name = contacts.get(r.contactId)?.firstName || contacts.get(r.contactId)?.name || r.contactId;
      try {
        await browser.notifications.create(`${NOTIFICATION_PREFIX}${key}`, {
          type: 'basic',
          iconUrl: '/icon/128.png', // resolved against the extension's own origin
          title: r.kind === 'thank-you' ? reminderStrings.thankYouTitle(name) : reminderStrings.followUpTitle(name),
          message: r.kind === 'thank-you' ? reminderStrings.thankYouBody : reminderStrings.followUpBody,
        });
        shown.push(r);
      } catch (e) {
        // Loud, not silent: a refused notification is retried at the next wake-up.
        console.error('Fifteen: could not show a reminder notification', e);
        next.delete(key);
      }
    }
    // With notifications off, the due ones count as handled: turning them back on later
    // should not replay a backlog.
    return { next, result: shown };
  });
  return { due, notified, nextAt };
}

export const isReminderNotification = (id: string): boolean => id.startsWith(NOTIFICATION_PREFIX);

/** Opens the popup's page in a tab (`action.openPopup()` is not reliable from a notification). */
export async function openRemindersPage(notificationId?: string): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL('/popup.html') });
  if (notificationId) await browser.notifications.clear(notificationId);
}

/** Makes sure the hourly safety check exists (alarms survive restarts, not reinstalls). */
export async function ensureSafetyAlarm(): Promise<void> {
  const existing = await browser.alarms.get(SAFETY_ALARM);
  if (!existing) await browser.alarms.create(SAFETY_ALARM, { periodInMinutes: SAFETY_PERIOD_MINUTES });
}

/**
 * The background's listeners for reminders. Registered synchronously at start-up, as MV3
 * requires, so a wake-up by an alarm or a notification click reaches them.
 */
export function registerReminders(onError: (e: unknown) => void = (e) => console.error('Fifteen: reminders could not be refreshed', e)): () => void {
  let pending: Promise<unknown> = Promise.resolve();
  // One refresh at a time: a burst of store changes makes a queue of one, not a stampede.
  const refresh = () => {
    pending = pending.then(() => refreshReminders()).catch(onError);
    return pending;
  };
  const onInstalledOrStartup = () => {
    void ensureSafetyAlarm().catch(onError);
    void refresh();
  };
  const onAlarm = (alarm: { name: string }) => {
    if (alarm.name === REMINDER_ALARM || alarm.name === SAFETY_ALARM) void refresh();
  };
  const onClicked = (id: string) => {
    if (isReminderNotification(id)) void openRemindersPage(id).catch(onError);
  };
  browser.runtime.onInstalled.addListener(onInstalledOrStartup);
  browser.runtime.onStartup.addListener(onInstalledOrStartup);
  browser.alarms.onAlarm.addListener(onAlarm);
  browser.notifications.onClicked.addListener(onClicked);
  const stopWatching = watchStore(() => void refresh());
  return () => {
    browser.runtime.onInstalled.removeListener(onInstalledOrStartup);
    browser.runtime.onStartup.removeListener(onInstalledOrStartup);
    browser.alarms.onAlarm.removeListener(onAlarm);
    browser.notifications.onClicked.removeListener(onClicked);
    stopWatching();
  };
}
