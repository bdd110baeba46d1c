// The reminder schedule (docs/product.md): after a meeting, a thank-you note (default: the next day at
// 9:00 local time) and a follow-up a few weeks later (default: 21 days, same local hour), and
// which of the due ones to notify. Pure: the clock is passed in, so the background, the popup and
// the tests agree on what is due.
import type { AfterKind, Conversation, Settings } from './model';

export interface Reminder {
  conversationId: string;
  contactId: string;
  kind: AfterKind;
  /** When it is (or was) due, in ms: the scheduled time, or the end of a snooze after it. */
  dueAt: number;
}

type Remindable = Pick<
  Conversation,
  | 'id'
  | 'contactId'
  | 'status'
  | 'metAt'
  | 'thankYouDoneAt'
  | 'followUpDoneAt'
  | 'thankYouSnoozedUntil'
  | 'followUpSnoozedUntil'
>;
export type ReminderSettings = Pick<Settings, 'thankYouDelayDays' | 'thankYouHour' | 'followUpDelayDays'>;

/**
 * A reminder that is this far past due is dropped: the moment has passed, and an imported
 * history of old meetings must not flood the badge with thousands of stale reminders.
 */
export const STALE_AFTER_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * `days` calendar days after the local date of `from`, at `hour`:00 local time. Built from local
 * date parts, so a daylight-saving change in between moves nothing: 9:00 stays 9:00.
 */
export function localDaysAfter(from: Date, days: number, hour: number): number {
  return new Date(from.getFullYear(), from.getMonth(), from.getDate() + days, hour, 0, 0, 0).getTime();
}

const parse = (s: string | null | undefined): number => (s ? Date.parse(s) : NaN);

/** A conversation's reminders with their effective due times, done ones left out. */
export function remindersOf(c: Remindable, settings: ReminderSettings): Reminder[] {
  if (c.status !== 'met' || !c.metAt) return [];
  const met = new Date(c.metAt);
  if (Number.isNaN(met.getTime())) return [];
  const out: Reminder[] = [];
  const add = (kind: AfterKind, days: number, done: string | null | undefined, snoozed: string | null | undefined) => {
    if (done) return;
    const scheduled = localDaysAfter(met, days, settings.thankYouHour);
    const until = parse(snoozed);
    out.push({ conversationId: c.id, contactId: c.contactId, kind, dueAt: until > scheduled ? until : scheduled });
  };
  add('thank-you', settings.thankYouDelayDays, c.thankYouDoneAt, c.thankYouSnoozedUntil);
  add('follow-up', settings.followUpDelayDays, c.followUpDoneAt, c.followUpSnoozedUntil);
  return out;
}

/** Is this reminder due at `now` (and not yet stale)? */
export const isDue = (r: Reminder, now: number): boolean =>
  r.dueAt <= now && now - r.dueAt <= STALE_AFTER_DAYS * DAY_MS;

/** The reminders due now, oldest first. */
export function dueReminders(
  conversations: Iterable<Remindable>,
  settings: ReminderSettings,
  now: Date | number,
): Reminder[] {
  const t = typeof now === 'number' ? now : now.getTime();
  const out: Reminder[] = [];
  for (const c of conversations) for (const r of remindersOf(c, settings)) if (isDue(r, t)) out.push(r);
  return out.sort((a, b) => a.dueAt - b.dueAt);
}

/** When the next reminder falls due after `now`, in ms; null when none is pending. */
export function nextReminderAt(
  conversations: Iterable<Remindable>,
  settings: ReminderSettings,
  now: Date | number,
): number | null {
  const t = typeof now === 'number' ? now : now.getTime();
  let next: number | null = null;
  for (const c of conversations) {
    for (const r of remindersOf(c, settings)) if (r.dueAt > t && (next === null || r.dueAt < next)) next = r.dueAt;
  }
  return next;
}

/** A stable key for "this reminder, due at this time": a snoozed reminder notifies again. */
export const reminderKey = (r: Reminder): string => `${r.conversationId}:${r.kind}@${r.dueAt}`;

/**
 * At most this many reminders get a notification of their own in one refresh; any more newly
 * due ones get one summary notification instead. An import or any bulk write can make hundreds
 * due at once, and a notification each floods the person (and, in Firefox without a system
 * notification service, each one is a window that keeps the browser busy for minutes).
 */
export const NOTIFY_AT_MOST = 3;

/**
 * A reminder that was already due this long when the background first sees it never notifies:
 * only the badge and the popup's lists show it. The background looks at least hourly while the
 * browser runs (and at each due time), so a reminder this late was not missed by it: it comes
 * from an import, from a meeting logged days after it took place, or from a browser closed for
 * days. In the first two cases the person is in Fifteen at that moment anyway; in the last, a
 * burst of old news on start-up helps nobody.
 */
export const NOTIFY_WITHIN_DAYS = 2;

export interface NotificationPlan {
  /** Reminders to notify one by one: the most recently due first, at most NOTIFY_AT_MOST. */
  single: Reminder[];
  /** More were newly due than that: one summary notification, saying how many are due in all. */
  summary: { due: number } | null;
  /**
   * The keys to store as shown, all at once and before any notification is made: every due
   * reminder, so nothing due now (notified, summarised, too old or with notifications off) ever
   * notifies later. Keys of reminders no longer due are dropped, so the list stays as short as
   * the badge count.
   */
  shown: Set<string>;
}

/**
 * What to notify, given the due reminders (as from dueReminders) and the keys already shown.
 * `enabled` false (the person turned notifications off) marks everything shown and notifies
 * nothing: turning them back on later should not replay a backlog.
 */
export function planNotifications(
  due: readonly Reminder[],
  alreadyShown: ReadonlySet<string>,
  now: Date | number,
  enabled: boolean,
): NotificationPlan {
  const t = typeof now === 'number' ? now : now.getTime();
  const shown = new Set(due.map(reminderKey));
  if (!enabled) return { single: [], summary: null, shown };
  const fresh = due
    .filter((r) => !alreadyShown.has(reminderKey(r)) && t - r.dueAt <= NOTIFY_WITHIN_DAYS * DAY_MS)
    .sort((a, b) => b.dueAt - a.dueAt);
  if (fresh.length <= NOTIFY_AT_MOST) return { single: fresh, summary: null, shown };
  return { single: fresh.slice(0, NOTIFY_AT_MOST), summary: { due: due.length }, shown };
}
