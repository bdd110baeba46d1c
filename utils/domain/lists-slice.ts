// Which conversations the popup's lists could show, so the store can keep just those beside the
// records (utils/store/lists-slice.ts) and the popup need not read tens of thousands of records.
// A slice of one shard, taken at time `at`, holds every conversation that a list could show at
// any time from a day before `at` on: a chat scheduled from then on, a reminder not done whose
// due time is from then on (a due reminder drops out after STALE_AFTER_DAYS), and the shard's
// RECENT most recent (time does not reorder those). Time moving on only drops conversations from
// the lists, never adds one, so a slice stays good until its shard is next written, unless the
// clock goes back more than a day or the reminder settings change. Who led to whom is global, so
// the slice keeps every conversation's links too, in the records' order.
import { mostRecent, RECENT } from './agenda';
import type { Conversation, Settings } from './model';
import { remindersOf, STALE_AFTER_DAYS, type ReminderSettings } from './reminders';

const DAY_MS = 24 * 60 * 60 * 1000;
/** How far before the time it is taken a slice reaches: a day of clock set back, a day of time zone, and room. */
const REACH_MS = 3 * DAY_MS;
/** A slice taken at `at` stands for its shard at `now` from a day before `at` on. */
export const sliceStandsAt = (at: number, now: number): boolean => Number.isFinite(at) && now >= at - DAY_MS;

/** The reminder settings a slice was taken with, as one string: other settings make another slice. */
export const reminderSettingsKey = (s: ReminderSettings | Settings): string =>
  `${s.thankYouDelayDays},${s.thankYouHour},${s.followUpDelayDays}`;

/** A conversation that says who led to whom: what the links need of it, and its id. */
export type LinkRow = [id: string, contactId: string, referrals: string[], contactPerson: string | null];

export interface ShardSlice {
  /** The conversations a list could show, in the shard's order. */
  list: Conversation[];
  /** Every conversation with links, in the shard's order. */
  links: LinkRow[];
}

/** Could a list show `c` at some time from `from` on (scheduled, or a reminder not done)? */
export function mayList(c: Conversation, settings: ReminderSettings, from: number): boolean {
  if (c.status === 'scheduled' && c.scheduledFor && Date.parse(c.scheduledFor) >= from) return true;
  if (c.status !== 'met' || !c.metAt || (c.thankYouDoneAt && c.followUpDoneAt)) return false;
  const staleFrom = from - STALE_AFTER_DAYS * DAY_MS;
  // Most meetings are long past: no reminder of theirs falls due as late as `staleFrom` (a
  // reminder is due on a local date `days` after the meeting, at most two days' worth of hours
  // later than the meeting plus `days`), unless snoozed that far. Only the others are worked out.
  const latest = Date.parse(c.metAt) + (Math.max(settings.thankYouDelayDays, settings.followUpDelayDays) + 2) * DAY_MS;
  const snoozed = (s: string | null | undefined) => !!s && Date.parse(s) >= staleFrom;
  if (latest < staleFrom && !snoozed(c.thankYouSnoozedUntil) && !snoozed(c.followUpSnoozedUntil)) return false;
  return remindersOf(c, settings).some((r) => r.dueAt >= staleFrom);
}

/** The slice of one shard's conversations (in the shard's order), taken at `at`. */
export function sliceOf(conversations: readonly Conversation[], settings: ReminderSettings, at: number): ShardSlice {
  const from = at - REACH_MS;
  const recent = new Set(mostRecent(conversations, RECENT).map((r) => r.c));
  const list: Conversation[] = [];
  const links: LinkRow[] = [];
  for (const c of conversations) {
    if (recent.has(c) || mayList(c, settings, from)) list.push(c);
    if (c.referrals.length || c.contactPerson) links.push([c.id, c.contactId, c.referrals, c.contactPerson ?? null]);
  }
  return { list, links };
}
