import { afterEach, describe, expect, it } from 'vitest';
import {
  dueReminders,
  localDaysAfter,
  nextReminderAt,
  NOTIFY_AT_MOST,
  NOTIFY_WITHIN_DAYS,
  planNotifications,
  reminderKey,
  remindersOf,
  STALE_AFTER_DAYS,
  type Reminder,
} from '@/utils/domain/reminders';
import { DEFAULT_SETTINGS, type Conversation } from '@/utils/domain/model';

const base: Conversation = {
  id: 'c1',
  contactId: 'priya',
  status: 'met',
  channel: 'linkedin-note',
  goal: 1,
  requestedAt: null,
  scheduledFor: null,
  metAt: '2026-11-10T16:00:00.000Z',
  outcomes: { connected: true, referral: false, memorable: false, opening: false },
  referrals: [],
  contactPerson: null,
  notes: '',
  createdAt: '2026-11-01T10:00:00.000Z',
  updatedAt: '2026-11-10T17:00:00.000Z',
};
const conv = (extra: Partial<Conversation> = {}): Conversation => ({ ...base, ...extra });
const settings = DEFAULT_SETTINGS;

const TZ = process.env.TZ;
afterEach(() => {
  process.env.TZ = TZ;
});

describe('the reminder schedule', () => {
  it('puts the thank-you the next day at 9:00 local and the follow-up 21 days later', () => {
    process.env.TZ = 'UTC';
    const [thanks, follow] = remindersOf(conv(), settings);
    expect(thanks!.kind).toBe('thank-you');
    expect(new Date(thanks!.dueAt).toISOString()).toBe('2026-11-11T09:00:00.000Z');
    expect(follow!.kind).toBe('follow-up');
    expect(new Date(follow!.dueAt).toISOString()).toBe('2026-12-01T09:00:00.000Z');
  });

  it('uses the local day and hour of the user', () => {
    process.env.TZ = 'America/Los_Angeles';
    // 16:00 UTC on 10 Nov is 08:00 on 10 Nov in California: thank-you at 9:00 PST on 11 Nov = 17:00 UTC.
    const [thanks] = remindersOf(conv(), settings);
    expect(new Date(thanks!.dueAt).toISOString()).toBe('2026-11-11T17:00:00.000Z');
    process.env.TZ = 'Asia/Tokyo';
    // 16:00 UTC on 10 Nov is 01:00 on 11 Nov in Tokyo: thank-you at 9:00 JST on 12 Nov = 00:00 UTC.
    const [tokyo] = remindersOf(conv(), settings);
    expect(new Date(tokyo!.dueAt).toISOString()).toBe('2026-11-12T00:00:00.000Z');
  });

  it('keeps 9:00 local across a daylight-saving change', () => {
    process.env.TZ = 'Europe/Berlin';
    // Met on Saturday 24 Oct 2026 (CEST, UTC+2); clocks go back on 25 Oct; follow-up lands in CET (UTC+1).
    const c = conv({ metAt: '2026-10-24T10:00:00.000Z' });
    const [thanks, follow] = remindersOf(c, { ...settings, thankYouDelayDays: 1 });
    expect(new Date(thanks!.dueAt).toISOString()).toBe('2026-10-25T08:00:00.000Z'); // 9:00 CET, the day clocks change
    expect(new Date(follow!.dueAt).toISOString()).toBe('2026-11-14T08:00:00.000Z');
    // And forward in spring: met 28 Mar (CET), thank-you 29 Mar at 9:00 CEST = 07:00 UTC.
    const [spring] = remindersOf(conv({ metAt: '2026-03-28T12:00:00.000Z' }), settings);
    expect(new Date(spring!.dueAt).toISOString()).toBe('2026-03-29T07:00:00.000Z');
  });

  it('follows the settings', () => {
    process.env.TZ = 'UTC';
    const [thanks, follow] = remindersOf(conv(), { thankYouDelayDays: 0, thankYouHour: 18, followUpDelayDays: 7 });
    expect(new Date(thanks!.dueAt).toISOString()).toBe('2026-11-10T18:00:00.000Z');
    expect(new Date(follow!.dueAt).toISOString()).toBe('2026-11-17T18:00:00.000Z');
  });

  it('has nothing for conversations that did not take place', () => {
    for (const status of ['requested', 'scheduled', 'declined', 'no-response'] as const) {
      expect(remindersOf(conv({ status }), settings)).toEqual([]);
    }
    expect(remindersOf(conv({ metAt: null }), settings)).toEqual([]);
  });
});

describe('dueReminders and nextReminderAt', () => {
  it('is due from its time on, not before', () => {
    process.env.TZ = 'UTC';
    const before = new Date('2026-11-11T08:59:59.000Z');
    const at = new Date('2026-11-11T09:00:00.000Z');
    expect(dueReminders([conv()], settings, before)).toEqual([]);
    expect(nextReminderAt([conv()], settings, before)).toBe(at.getTime());
    expect(dueReminders([conv()], settings, at).map((r) => r.kind)).toEqual(['thank-you']);
    expect(new Date(nextReminderAt([conv()], settings, at)!).toISOString()).toBe('2026-12-01T09:00:00.000Z');
    expect(dueReminders([conv()], settings, new Date('2026-12-02T00:00:00.000Z')).map((r) => r.kind)).toEqual([
      'thank-you',
      'follow-up',
    ]);
  });

  it('drops a done reminder', () => {
    process.env.TZ = 'UTC';
    const now = new Date('2026-12-02T00:00:00.000Z');
    const done = conv({ thankYouDoneAt: '2026-11-11T10:00:00.000Z' });
    expect(dueReminders([done], settings, now).map((r) => r.kind)).toEqual(['follow-up']);
    const both = conv({ thankYouDoneAt: '2026-11-11T10:00:00.000Z', followUpDoneAt: '2026-12-01T10:00:00.000Z' });
    expect(dueReminders([both], settings, now)).toEqual([]);
    expect(nextReminderAt([both], settings, now)).toBeNull();
  });

  it('hides a snoozed reminder until the snooze ends, then it is due again', () => {
    process.env.TZ = 'UTC';
    const snoozed = conv({ thankYouSnoozedUntil: '2026-11-12T09:00:00.000Z' });
    const during = new Date('2026-11-11T12:00:00.000Z');
    expect(dueReminders([snoozed], settings, during)).toEqual([]);
    expect(new Date(nextReminderAt([snoozed], settings, during)!).toISOString()).toBe('2026-11-12T09:00:00.000Z');
    const after = new Date('2026-11-12T09:00:01.000Z');
    expect(dueReminders([snoozed], settings, after).map((r) => r.kind)).toEqual(['thank-you']);
    // A snooze that ended before the reminder's time changes nothing.
    const old = conv({ thankYouSnoozedUntil: '2026-11-01T00:00:00.000Z' });
    expect(dueReminders([old], settings, new Date('2026-11-11T09:00:00.000Z'))).toHaveLength(1);
  });

  it('lets stale reminders go, so old history does not flood the badge', () => {
    process.env.TZ = 'UTC';
    const long = new Date(Date.parse('2026-12-01T09:00:00.000Z') + (STALE_AFTER_DAYS + 1) * 86_400_000);
    expect(dueReminders([conv()], settings, long)).toEqual([]);
    expect(nextReminderAt([conv()], settings, long)).toBeNull();
  });

  it('orders due reminders oldest first and finds the soonest next one', () => {
    process.env.TZ = 'UTC';
    const a = conv({ id: 'a', metAt: '2026-11-05T10:00:00.000Z' });
    const b = conv({ id: 'b', metAt: '2026-11-03T10:00:00.000Z' });
    const c = conv({ id: 'c', metAt: '2026-11-20T10:00:00.000Z' });
    const now = new Date('2026-11-10T00:00:00.000Z');
    expect(dueReminders([a, b, c], settings, now).map((r) => r.conversationId)).toEqual(['b', 'a']);
    expect(new Date(nextReminderAt([a, b, c], settings, now)!).toISOString()).toBe('2026-11-21T09:00:00.000Z');
  });

  it('builds its times from local date parts', () => {
    process.env.TZ = 'UTC';
    expect(new Date(localDaysAfter(new Date('2026-01-31T10:00:00Z'), 1, 9)).toISOString()).toBe(
      '2026-02-01T09:00:00.000Z',
    );
  });
});

describe('planNotifications', () => {
  const now = Date.parse('2026-11-20T12:00:00.000Z');
  const HOUR = 3_600_000;
  // `n` reminders that fell due `hoursAgo` hours before now (the first one most recently).
  const due = (n: number, hoursAgo: number, prefix = 'c'): Reminder[] =>
    Array.from({ length: n }, (_, i) => ({
      conversationId: `${prefix}${i}`,
      contactId: 'priya',
      kind: 'thank-you',
      dueAt: now - (hoursAgo + i / 1000) * HOUR,
    }));

  it(`notifies up to ${NOTIFY_AT_MOST} one by one, most recently due first, and marks them shown`, () => {
    const rs = due(NOTIFY_AT_MOST, 1);
    const plan = planNotifications([...rs].reverse(), new Set(), now, true);
    expect(plan.single).toEqual(rs);
    expect(plan.summary).toBeNull();
    expect([...plan.shown].sort()).toEqual(rs.map(reminderKey).sort());
  });

  it('beyond that, one summary counting every due reminder, and all of them marked shown', () => {
    const rs = [...due(700, 1), ...due(50, 24 * (NOTIFY_WITHIN_DAYS + 1), 'old')];
    const plan = planNotifications(rs, new Set(), now, true);
    expect(plan.single).toEqual(rs.slice(0, NOTIFY_AT_MOST));
    expect(plan.summary).toEqual({ due: 750 });
    expect(plan.shown.size).toBe(750);
  });

  it(`never notifies what fell due more than ${NOTIFY_WITHIN_DAYS} days ago, yet marks it shown`, () => {
    const justIn = due(1, 24 * NOTIFY_WITHIN_DAYS - 1, 'in');
    const tooOld = due(10, 24 * NOTIFY_WITHIN_DAYS + 1, 'old');
    const plan = planNotifications([...tooOld, ...justIn], new Set(), now, true);
    expect(plan.single).toEqual(justIn);
    expect(plan.summary).toBeNull();
    expect(plan.shown.size).toBe(11);
  });

  it('skips what was shown before and drops keys no longer due', () => {
    const rs = due(5, 1);
    const plan = planNotifications(rs, new Set([...rs.map(reminderKey), 'gone:thank-you@1']), now, true);
    expect(plan.single).toEqual([]);
    expect(plan.summary).toBeNull();
    expect([...plan.shown].sort()).toEqual(rs.map(reminderKey).sort());
  });

  it('with notifications off, notifies nothing and marks everything shown', () => {
    const plan = planNotifications(due(10, 1), new Set(), now, false);
    expect(plan.single).toEqual([]);
    expect(plan.summary).toBeNull();
    expect(plan.shown.size).toBe(10);
  });
});
