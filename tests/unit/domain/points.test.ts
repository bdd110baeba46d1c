import { afterEach, describe, expect, it } from 'vitest';
import { levelOf, startOfWeek, summarise } from '@/utils/domain/points';
import type { Conversation } from '@/utils/domain/model';

const base: Conversation = {
  id: 'x',
  contactId: 'p',
  status: 'met',
  channel: 'linkedin-note',
  goal: 1,
  requestedAt: null,
  scheduledFor: null,
  metAt: '2026-11-25T10:00:00.000Z',
  outcomes: { connected: false, referral: false, memorable: false, opening: false },
  referrals: [],
  contactPerson: null,
  notes: '',
  createdAt: '2026-11-20T10:00:00.000Z',
  updatedAt: '2026-11-25T10:00:00.000Z',
};
const conv = (o: Partial<Conversation['outcomes']>, extra: Partial<Conversation> = {}): Conversation => ({
  ...base,
  ...extra,
  outcomes: { ...base.outcomes, ...o },
});

const TZ = process.env.TZ;
afterEach(() => {
  process.env.TZ = TZ;
});

describe('levelOf', () => {
  it('scores the highest level reached, not the sum', () => {
    expect(levelOf(conv({}))).toBe(0);
    expect(levelOf(conv({ connected: true }))).toBe(1);
    expect(levelOf(conv({ connected: true, referral: true }))).toBe(2);
    expect(levelOf(conv({ connected: true, referral: true, memorable: true }))).toBe(3);
    expect(levelOf(conv({ connected: true, referral: true, memorable: true, opening: true }))).toBe(4);
    expect(levelOf(conv({ opening: true }))).toBe(4);
  });
  it('scores nothing unless the conversation took place', () => {
    for (const status of ['requested', 'scheduled', 'declined', 'no-response'] as const) {
      expect(levelOf(conv({ opening: true }, { status }))).toBe(0);
    }
  });
});

describe('summarise', () => {
  const now = new Date('2026-11-28T12:00:00.000Z'); // a Saturday

  it('is all zeros on no data', () => {
    const s = summarise([], { now });
    expect([s.total, s.week, s.month, s.conversations, ...s.byLevel]).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(s.weekly).toHaveLength(12);
  });

  it('adds totals, week, month and levels in one pass', () => {
    process.env.TZ = 'UTC';
    const data = [
      conv({ connected: true }, { metAt: '2026-11-24T09:00:00.000Z' }), // this week (Mon 23rd)
      conv({ memorable: true }, { metAt: '2026-11-05T09:00:00.000Z' }), // this month
      conv({ opening: true }, { metAt: '2026-10-05T09:00:00.000Z' }), // earlier
      conv({}, { status: 'requested', requestedAt: '2026-11-27T09:00:00.000Z' }),
    ];
    const s = summarise(data, { now, weeklyGoal: 2 });
    expect(s.total).toBe(8);
    expect(s.week).toBe(1);
    expect(s.month).toBe(4);
    expect(s.byLevel).toEqual([1, 1, 0, 1, 1]);
    expect(s.conversations).toBe(4);
    expect(s.goalProgress).toBe(0.5);
    expect(s.requestsThisWeek).toBe(1);
    expect(s.weekly.at(-1)!.points).toBe(1);
    expect(s.weekly.reduce((a, w) => a + w.points, 0)).toBe(8);
  });

  it('starts weeks on Monday in the local time zone', () => {
    process.env.TZ = 'America/Los_Angeles';
    // Monday 00:30 in Los Angeles is Monday 08:30 UTC; Sunday 23:30 local is Monday 07:30 UTC.
    const nowLA = new Date('2026-11-25T20:00:00.000Z');
    const sundayNight = conv({ connected: true }, { metAt: '2026-11-23T07:30:00.000Z' });
    const mondayMorning = conv({ connected: true }, { metAt: '2026-11-23T08:30:00.000Z' });
    expect(summarise([sundayNight], { now: nowLA }).week).toBe(0);
    expect(summarise([mondayMorning], { now: nowLA }).week).toBe(1);
    process.env.TZ = 'Asia/Tokyo';
    // The same instant is Monday afternoon in Tokyo: this week there.
    expect(summarise([sundayNight], { now: nowLA }).week).toBe(1);
  });

  it('counts weeks across a daylight-saving change by local midnights', () => {
    process.env.TZ = 'Europe/Berlin';
    // Clocks went back on Sunday 25 October 2026; the week of 26 October starts at local midnight.
    const now = new Date('2026-10-28T12:00:00.000Z');
    expect(startOfWeek(now).toISOString()).toBe('2026-10-25T23:00:00.000Z');
    const lastSundayLate = conv({ connected: true }, { metAt: '2026-10-25T22:30:00.000Z' });
    const s = summarise([lastSundayLate], { now });
    expect(s.week).toBe(0);
    expect(s.weekly.at(-2)!.points).toBe(1);
  });

  it('handles 50,000 conversations', () => {
    const many = Array.from({ length: 50_000 }, (_, i) => conv({ connected: i % 2 === 0, memorable: i % 5 === 0 }));
    const s = summarise(many, { now });
    expect(s.conversations).toBe(50_000);
    expect(s.byLevel[3]).toBe(10_000);
    expect(s.byLevel[1]).toBe(20_000);
    expect(s.total).toBe(10_000 * 3 + 20_000);
  });
});

describe('when points were earned', () => {
  const now = new Date('2026-11-28T12:00:00.000Z');
  it('a meeting without a date counts when it was asked for, not when it was last touched', () => {
    process.env.TZ = 'UTC';
    const old = conv(
      { connected: true },
      { metAt: null, requestedAt: '2026-09-01T09:00:00.000Z', updatedAt: '2026-11-27T09:00:00.000Z' },
    );
    const s = summarise([old], { now });
    expect(s.total).toBe(1);
    expect(s.week).toBe(0);
    expect(s.month).toBe(0);
  });
  it('a meeting dated next month does not count in this month', () => {
    process.env.TZ = 'UTC';
    const s = summarise([conv({ connected: true }, { metAt: '2026-12-03T09:00:00.000Z' })], { now });
    expect(s.month).toBe(0);
    expect(s.total).toBe(1);
  });
});
