import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { browser } from '#imports';
import type { Conversation } from '@/utils/domain/model';
import { entryOf, summarise, summariseEntries, windowStart } from '@/utils/domain/points';
import {
  decodePointsIndex,
  encodePointsIndex,
  encodePointsIndexV1,
  INDEX_HORIZON_MS,
  type PointsIndex,
} from '@/utils/store/points-index';
import { readPointsIndex } from '@/utils/store/points-read';
import { ensurePointsIndex, loadPointsIndex, loadSnapshot, rebuildPointsIndex } from '@/utils/store/repository';
import { deleteConversation, eraseAll, importBackup, logRequest, recordOutcome } from '@/utils/store/operations';
import { readBackup } from '@/utils/domain/backup';
import {
  ALL_POINTS_INDEX_KEYS,
  KEY_META,
  KEY_POINTS_INDEX_READY,
  pointsIndexKey,
  shardKey,
  shardOf,
} from '@/utils/store/layout';

const NOW = new Date('2026-11-28T10:00:00.000Z');
const conv = (i: number, patch: Partial<Conversation> = {}): Conversation => ({
  id: `c${i}`,
  contactId: `p${i}`,
  status: (['met', 'requested', 'scheduled', 'declined', 'no-response'] as const)[i % 5]!,
  channel: (['linkedin-note', 'email', 'linkedin-message', 'other'] as const)[i % 4]!,
  goal: 1,
  requestedAt: i % 3 === 0 ? null : new Date(NOW.getTime() - i * 36e5).toISOString(),
  scheduledFor: null,
  metAt: i % 5 === 0 ? new Date(NOW.getTime() - i * 35e5).toISOString() : null,
  outcomes: { connected: i % 2 === 0, referral: i % 3 === 0, memorable: i % 7 === 0, opening: i % 11 === 0 },
  referrals: [],
  contactPerson: null,
  notes: '',
  createdAt: new Date(NOW.getTime() - i * 4e6).toISOString(),
  updatedAt: new Date(NOW.getTime() - i * 3e6).toISOString(),
  ...patch,
});

const DAY = 24 * 60 * 60 * 1000;
/** Conversations spread over three years before NOW, some ahead of it (chats scheduled). */
const years = (n: number) =>
  Array.from({ length: n }, (_, i) => {
    const at = NOW.getTime() - ((i * 7919) % (3 * 365)) * DAY + (i % 13 === 0 ? 20 * DAY : 0);
    return conv(i, {
      requestedAt: new Date(at - 2 * DAY).toISOString(),
      metAt: i % 5 === 0 ? new Date(at).toISOString() : null,
      createdAt: new Date(at - 2 * DAY).toISOString(),
    });
  });
const summaryOf = (r: Pick<PointsIndex, 'entries' | 'tally'>, opts: { now: Date; weeklyGoal: number }) =>
  summariseEntries(r.entries, opts, r.tally);

describe('the points index format', () => {
  it('sums up exactly as the records do, now and at any later time', () => {
    const all = [...Array.from({ length: 500 }, (_, i) => conv(i)), ...years(1500)];
    const reading = decodePointsIndex(encodePointsIndex(all, NOW.getTime()))!;
    for (const later of [0, 1, 6, 30, 95, 400].map((d) => new Date(NOW.getTime() + d * DAY))) {
      const opts = { now: later, weeklyGoal: 5 };
      expect(summaryOf(reading, opts), later.toISOString()).toEqual(summarise(all, opts));
    }
  });

  it('keeps dated entries only for conversations recent enough to show in a week or month; the rest as counts', () => {
    const all = years(3000);
    const reading = decodePointsIndex(encodePointsIndex(all, NOW.getTime()))!;
    const recent = all
      .map(entryOf)
      .filter((e) => Math.max(e.level > 0 ? e.earnedAt : -Infinity, e.requestedAt) >= NOW.getTime() - INDEX_HORIZON_MS);
    expect(reading.entries).toEqual(recent);
    expect(reading.entries.length).toBeLessThan(all.length / 5);
    expect(reading.tally.byLevel.reduce((a, b) => a + b, 0)).toBe(all.length - recent.length);
    expect(reading.latestTallied).toBeLessThan(NOW.getTime() - INDEX_HORIZON_MS);
    expect(reading.latestTallied).toBeLessThan(windowStart(NOW));
    // Far smaller than version 1, which had a line for every conversation.
    expect(encodePointsIndex(all, NOW.getTime()).length * 5).toBeLessThan(encodePointsIndexV1(all).length);
  });

  it('reads back what it counted from dates before 1970 (a year typed as 0025)', () => {
    const old = [
      conv(1, { requestedAt: '0025-03-01T10:00:00.000Z', metAt: null, status: 'requested' }),
      conv(2, { requestedAt: '1969-07-20T20:17:00.000Z', metAt: '1969-07-21T02:56:00.000Z', status: 'met' }),
    ];
    const reading = decodePointsIndex(encodePointsIndex(old, NOW.getTime()));
    expect(reading).not.toBeNull();
    expect(reading!.latestTallied).toBe(Date.parse('1969-07-21T02:56:00.000Z'));
    const opts = { now: NOW, weeklyGoal: 5 };
    expect(summariseEntries(reading!.entries, opts, reading!.tally)).toEqual(summarise(old, opts));
  });

  it('keeps an unknown date unknown (it counts in no week)', () => {
    const odd = conv(0, { metAt: 'not a date', status: 'met' });
    const reading = decodePointsIndex(encodePointsIndex([odd], NOW.getTime()))!;
    const opts = { now: NOW, weeklyGoal: 5 };
    expect(summaryOf(reading, opts)).toEqual(summarise([odd], opts));
    expect(summaryOf(reading, opts).total).toBeGreaterThan(0);
  });

  it('still reads version 1, as the same points, and says it is version 1', () => {
    const all = [...Array.from({ length: 200 }, (_, i) => conv(i)), ...years(300)];
    const v1 = decodePointsIndex(encodePointsIndexV1(all))!;
    expect(v1.oldFormat).toBe(true);
    expect(v1.entries).toEqual(all.map(entryOf));
    const opts = { now: NOW, weeklyGoal: 5 };
    expect(summaryOf(v1, opts)).toEqual(summarise(all, opts));
    expect(decodePointsIndex(encodePointsIndex(all, NOW.getTime()))!.oldFormat).toBe(false);
  });

  it('reads an empty shard as no entries, and anything else as no index', () => {
    expect(decodePointsIndex(encodePointsIndex([], NOW.getTime()))).toEqual(
      expect.objectContaining({ entries: [], latestTallied: -Infinity }),
    );
    expect(decodePointsIndex(encodePointsIndexV1([]))!.entries).toEqual([]);
    const bad = [
      undefined,
      null,
      42,
      '',
      'p3\n',
      'p2\n',
      'p2\n,1,2',
      'p2\nzz,x,0,0,0,0,0',
      'p2\n,0,0,0,0,0,0\nz',
      'p1\nz',
      'p1\n3abc',
      { entries: [] },
    ];
    for (const other of bad) expect(decodePointsIndex(other), JSON.stringify(other)).toBeNull();
  });

  it('is not taken for the records when what it counts without dates falls in the weeks shown (a clock set back)', () => {
    const all = years(400);
    const raw: Record<string, unknown> = {
      [KEY_META]: { schemaVersion: 2 },
      [KEY_POINTS_INDEX_READY]: true,
      [pointsIndexKey(0)]: encodePointsIndex(all, NOW.getTime()),
    };
    expect(readPointsIndex(raw, NOW)).not.toBeNull();
    expect(readPointsIndex(raw, new Date(NOW.getTime() + 365 * DAY))).not.toBeNull();
    expect(readPointsIndex(raw, new Date(NOW.getTime() - 30 * DAY))).toBeNull();
    expect(readPointsIndex({ ...raw, [KEY_META]: { schemaVersion: 1 } }, NOW)).toBeNull();
    expect(readPointsIndex({ ...raw, [KEY_POINTS_INDEX_READY]: undefined }, NOW)).toBeNull();
  });
});

/** n conversations stored as a version before the points index stored them: records only. */
async function storeWithoutIndex(n: number) {
  const items: Record<string, unknown> = { [KEY_META]: { schemaVersion: 1 } };
  for (let i = 0; i < n; i++) {
    const c = conv(i);
    ((items[shardKey('conversations', shardOf(c.id))] ??= {}) as Record<string, unknown>)[c.id] = c;
  }
  await browser.storage.local.set(items);
}

describe('the points index in the store', () => {
  beforeEach(() => fakeBrowser.reset());

  const expectIndexMatchesRecords = async () => {
    const index = await loadPointsIndex();
    const snap = await loadSnapshot();
    expect(index).not.toBeNull();
    const opts = { now: NOW, weeklyGoal: 5 };
    expect(summariseEntries(index!.entries, opts, index!.tally)).toEqual(summarise(snap.conversations.values(), opts));
  };

  it('reads an empty store, once marked ready (as on install), as zero points', async () => {
    await rebuildPointsIndex();
    const index = await loadPointsIndex();
    expect(index).not.toBeNull();
    expect(summariseEntries(index!.entries, {}, index!.tally)).toEqual(
      expect.objectContaining({ total: 0, conversations: 0 }),
    );
  });

  it('follows every write once built: log, outcome, delete, import, erase', async () => {
    expect(await loadPointsIndex()).toBeNull(); // a new store has none until the popup builds it
    await rebuildPointsIndex();
    expect((await loadPointsIndex())!.entries).toEqual([]);
    const a = await logRequest({
      contact: { id: 'priya-raman', name: 'Priya Raman' },
      channel: 'linkedin-note',
      goal: 3,
    });
    const b = await logRequest({
      contact: { id: 'marcus-oyelaran', name: 'Marcus Oyelaran' },
      channel: 'email',
      goal: 1,
    });
    await expectIndexMatchesRecords();
    await recordOutcome(a.id, {
      status: 'met',
      metAt: NOW.toISOString(),
      outcomes: { connected: true, referral: false, memorable: true, opening: false },
    });
    await expectIndexMatchesRecords();
    expect((await loadPointsIndex())!.entries.reduce((s, e) => s + e.level, 0)).toBe(3);
    await deleteConversation(b.id);
    await expectIndexMatchesRecords();
    expect((await loadPointsIndex())!.entries).toHaveLength(1);
    const file = {
      format: 'fifteen-backup',
      version: 1,
      exportedAt: NOW.toISOString(),
      contacts: Array.from({ length: 40 }, (_, i) => ({
        id: `p${i}`,
        name: `Person ${i}`,
        createdAt: NOW.toISOString(),
        updatedAt: NOW.toISOString(),
      })),
      conversations: Array.from({ length: 40 }, (_, i) => conv(i)),
      settings: {},
    };
    const read = readBackup(JSON.stringify(file));
    if (!read.ok) throw new Error(read.error);
    await importBackup(read.backup);
    await expectIndexMatchesRecords();
    await eraseAll();
    expect(await loadPointsIndex()).toEqual(expect.objectContaining({ entries: [] }));
  });

  it('is missing for data stored without it, until rebuilt from the records', async () => {
    await storeWithoutIndex(50);
    expect(await loadPointsIndex()).toBeNull();
    await rebuildPointsIndex();
    await expectIndexMatchesRecords();
    expect((await loadPointsIndex())!.entries).toHaveLength(50);
  });
});

describe('ensurePointsIndex (what the background runs on install and update)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('builds the index for data stored without one, and leaves a good index alone', async () => {
    await storeWithoutIndex(30);
    expect(await ensurePointsIndex()).toBe(true);
    expect((await loadPointsIndex())!.entries).toHaveLength(30);
    const before = await browser.storage.local.get(null);
    expect(await ensurePointsIndex()).toBe(false);
    expect(await browser.storage.local.get(null)).toEqual(before);
  });

  it('marks an empty store (a new install) as indexed: zero points', async () => {
    expect(await ensurePointsIndex()).toBe(true);
    expect((await loadPointsIndex())!.entries).toEqual([]);
  });
});

describe('a store whose points index is in version 1 (tests/fixtures/store/points-index/v1.json)', () => {
  const fixture = JSON.parse(
    readFileSync(join(__dirname, '..', '..', 'fixtures', 'store', 'points-index', 'v1.json'), 'utf8'),
  ) as { stored: Record<string, unknown> };
  beforeEach(async () => {
    fakeBrowser.reset();
    await browser.storage.local.set(structuredClone(fixture.stored));
  });
  const opts = { now: NOW, weeklyGoal: 6 };

  it('shows the same points as the records, at once, and says the index is old', async () => {
    const index = (await loadPointsIndex(NOW))!;
    expect(index.oldFormat).toBe(true);
    const snap = await loadSnapshot();
    expect(snap.conversations.size).toBeGreaterThan(0);
    expect(summariseEntries(index.entries, opts, index.tally)).toEqual(summarise(snap.conversations.values(), opts));
  });

  it('is rewritten in version 2 from the records with nothing lost, and the records are left as they were', async () => {
    const before = await loadSnapshot();
    const records = Object.fromEntries(
      Object.entries(fixture.stored).filter(([k]) => /^fifteen:(contacts|conversations):/.test(k)),
    );
    await rebuildPointsIndex();
    const stored = await browser.storage.local.get(null);
    for (const key of ALL_POINTS_INDEX_KEYS) expect(String(stored[key])).toMatch(/^p2\n/);
    for (const [key, value] of Object.entries(records)) expect(stored[key], key).toEqual(value);
    const index = (await loadPointsIndex(NOW))!;
    expect(index.oldFormat).toBe(false);
    expect(summariseEntries(index.entries, opts, index.tally)).toEqual(summarise(before.conversations.values(), opts));
  });
});
