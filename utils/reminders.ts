// Reminders in the background: works out from the stored data what is due, notifies each newly
// due reminder once (a few at most, then one summary; long-overdue ones never: see
// planNotifications), keeps the toolbar badge at the count of due reminders and sets one alarm
// for the next one. Holds no state in memory: the MV3 background may be stopped
// at any time, so every wake-up (install, startup, alarm, store change) recomputes everything.
import { browser } from '#imports';
import { dueReminders, nextReminderAt, planNotifications, reminderKey, type Reminder } from './domain/reminders';
import type { Conversation, Settings } from './domain/model';
import type { ContactCard } from './domain/agenda';
import { loadListsSlice, loadSnapshot, watchStore } from './store/repository';
import { updateNotified } from './store/notified';

export const REMINDER_ALARM = 'fifteen-reminders';
export const SAFETY_ALARM = 'fifteen-reminders-check';
export const SAFETY_PERIOD_MINUTES = 60;
const BADGE_COLOUR = '#6f4e37';
const NOTIFICATION_PREFIX = 'fifteen-reminder:';
/** One id for the summary: a newer summary replaces the one still on screen. */
const SUMMARY_NOTIFICATION = `${NOTIFICATION_PREFIX}summary`;

export const reminderStrings = {
  thankYouTitle: (name: string) => `Say thank you to ${name}`,
  followUpTitle: (name: string) => `Follow up with ${name}`,
  thankYouBody: 'A short note about what you took away from your chat keeps you memorable.',
  followUpBody: 'A few weeks on: share how their advice helped, and keep the door open.',
  summaryTitle: (n: number) => `${n} reminders are due`,
  summaryBody: 'Open Fifteen to see who to thank and whom to follow up with.',
};

export interface RefreshResult {
  due: Reminder[];
  /** The reminders notified one by one in this refresh (at most NOTIFY_AT_MOST). */
  notified: Reminder[];
  /** The count the summary notification gave, when one was made. */
  summarised: number | null;
  nextAt: number | null;
}

interface Remindable {
  settings: Settings;
  conversations: Conversation[];
  nameOf: (contactId: string) => string | undefined;
}

/**
 * What the reminders are worked out from. The lists' slices hold every conversation with a
 * reminder the popup could list, and are written with the records, so when they stand they are
 * enough: a refresh after each write then reads a few small keys, not every record (at 50,000
 * conversations, 23 MB of text to decode after every import step — in Firefox in the same
 * process as the page doing the import). Otherwise, every record.
 */
/** A reminder greets the person as the user would: by first name, else by name. */
const greetingName = (c: ContactCard | undefined) => c?.firstName || c?.name;

async function remindable(now: Date): Promise<Remindable> {
  const lists = await loadListsSlice(now).catch(() => null);
  if (lists)
    return {
      settings: lists.settings,
      conversations: [...lists.conversations.values()],
      nameOf: (id) => greetingName(lists.contacts.get(id)),
    };
  const { settings, conversations, contacts } = await loadSnapshot();
  return { settings, conversations: [...conversations.values()], nameOf: (id) => greetingName(contacts.get(id)) };
}

/** Recomputes badge, notifications and the next alarm from the stored data. */
export async function refreshReminders(now: Date = new Date()): Promise<RefreshResult> {
  const { settings, conversations, nameOf } = await remindable(now);
  const due = dueReminders(conversations, settings, now);
  const nextAt = nextReminderAt(conversations, settings, now);

  await browser.action.setBadgeText({ text: due.length ? String(due.length) : '' });
  await browser.action.setBadgeBackgroundColor({ color: BADGE_COLOUR });

  if (nextAt === null) await browser.alarms.clear(REMINDER_ALARM);
  else await browser.alarms.create(REMINDER_ALARM, { when: nextAt });

  // Decided and stored in one write before any notification is made, so a slow or refused
  // notification holds up nothing and a second wake-up meanwhile finds them all shown.
  const plan = await updateNotified(async (current) => {
    const plan = planNotifications(due, current, now, settings.notifications !== false);
    return { next: plan.shown, result: plan };
  });
  const name = (r: Reminder) => nameOf(r.contactId) || r.contactId;
  const notes = plan.single.map((r) =>
    notify(`${NOTIFICATION_PREFIX}${reminderKey(r)}`, {
      title: r.kind === 'thank-you' ? reminderStrings.thankYouTitle(name(r)) : reminderStrings.followUpTitle(name(r)),
      message: r.kind === 'thank-you' ? reminderStrings.thankYouBody : reminderStrings.followUpBody,
    }),
  );
  if (plan.summary) {
    notes.push(
      notify(SUMMARY_NOTIFICATION, {
        title: reminderStrings.summaryTitle(plan.summary.due),
        message: reminderStrings.summaryBody,
      }),
    );
  }
  await Promise.all(notes);
  return { due, notified: plan.single, summarised: plan.summary?.due ?? null, nextAt };
}

/**
 * Shows one notification. A refused one is logged, not retried: it is already stored as shown,
 * and the badge and the popup still carry the reminder.
 */
async function notify(id: string, text: { title: string; message: string }): Promise<void> {
  try {
    await browser.notifications.create(id, {
      type: 'basic',
      iconUrl: '/icon/128.png', // resolved against the extension's own origin
      ...text,
    });
  } catch (e) {
    console.error('Fifteen: could not show a reminder notification', e);
  }
}

export const isReminderNotification = (id: string): boolean => id.startsWith(NOTIFICATION_PREFIX);

/**
 * A click on a reminder or the summary opens the popup, where the lists are. `action.openPopup()`
 * is refused in many cases: Firefox allows it only in handlers of user actions, and a
 * notification click is not one of them; Chrome (127 and later) refuses it with no focused
 * browser window, and older versions lack it or keep it behind a policy. Then the popup's page
 * opens in a tab instead, which shows the same lists.
 */
export async function openRemindersPage(notificationId?: string): Promise<void> {
  try {
    if (typeof browser.action?.openPopup !== 'function') throw new Error('no action.openPopup');
    await browser.action.openPopup();
  } catch {
    await browser.tabs.create({ url: browser.runtime.getURL('/popup.html') });
  }
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
export function registerReminders(
  onError: (e: unknown) => void = (e) => console.error('Fifteen: reminders could not be refreshed', e),
): () => void {
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
