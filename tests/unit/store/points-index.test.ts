import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { browser } from '#imports';
import type { Conversation } from '@/utils/domain/model';
import { entryOf, summarise, summariseEntries } from '@/utils/domain/points';
import { decodePointsIndex, encodePointsIndex } from '@/utils/store/points-index';
import { loadPointsIndex, loadSnapshot, rebuildPointsIndex } from '@/utils/store/repository';
import { deleteConversation, eraseAll, importBackup, logRequest, recordOutcome } from '@/utils/store/operations';
import { readBackup } from '@/utils/domain/backup';
import { KEY_META, shardKey, shardOf } from '@/utils/store/layout';

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

describe('the points index format', () => {
  it('gives back what the summary needs of each conversation', () => {
    const all = Array.from({ length: 200 }, (_, i) => conv(i));
    expect(decodePointsIndex(encodePointsIndex(all))).toEqual(all.map(entryOf));
  });

  it('sums up exactly as the records do', () => {
    const all = Array.from({ length: 500 }, (_, i) => conv(i));
    const opts = { now: NOW, weeklyGoal: 5 };
    expect(summariseEntries(decodePointsIndex(encodePointsIndex(all))!, opts)).toEqual(summarise(all, opts));
  });

  it('keeps an unknown date unknown (it counts in no week)', () => {
    const odd = conv(0, { metAt: 'not a date', status: 'met' });
    const [entry] = decodePointsIndex(encodePointsIndex([odd]))!;
    expect(entry!.earnedAt).toBeNaN();
    expect(entry!.level).toBeGreaterThan(0);
  });

  it('reads an empty shard as no entries, and anything else as no index', () => {
    expect(decodePointsIndex(encodePointsIndex([]))).toEqual([]);
    for (const other of [undefined, null, 42, '', 'p2\n', 'p1\nz', 'p1\n3abc', { entries: [] }]) expect(decodePointsIndex(other)).toBeNull();
  });
});

describe('the points index in the store', () => {
  beforeEach(() => fakeBrowser.reset());

  const expectIndexMatchesRecords = async () => {
    const index = await loadPointsIndex();
    const snap = await loadSnapshot();
    expect(index).not.toBeNull();
    const opts = { now: NOW, weeklyGoal: 5 };
    expect(summariseEntries(index!.entries, opts)).toEqual(summarise(snap.conversations.values(), opts));
  };

  it('follows every write once built: log, outcome, delete, import, erase', async () => {
    expect(await loadPointsIndex()).toBeNull(); // a new store has none until the popup builds it
    await rebuildPointsIndex();
    expect((await loadPointsIndex())!.entries).toEqual([]);
    const a = await logRequest({ contact: { id: 'priya-raman', name: 'Priya Raman' }, channel: 'linkedin-note', goal: 3 });
    const b = await logRequest({ contact: { id: 'marcus-oyelaran', name: 'Marcus Oyelaran' }, channel: 'email', goal: 1 });
    await expectIndexMatchesRecords();
    await recordOutcome(a.id, { status: 'met', metAt: NOW.toISOString(), outcomes: { connected: true, referral: false, memorable: true, opening: false } });
    await expectIndexMatchesRecords();
    expect((await loadPointsIndex())!.entries.reduce((s, e) => s + e.level, 0)).toBe(3);
    await deleteConversation(b.id);
    await expectIndexMatchesRecords();
    expect((await loadPointsIndex())!.entries).toHaveLength(1);
    const file = { format: 'fifteen-backup', version: 1, exportedAt: NOW.toISOString(), contacts: Array.from({ length: 40 }, (_, i) => ({ id: `p${i}`, name: `Person ${i}`, createdAt: NOW.toISOString(), updatedAt: NOW.toISOString() })),
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
    const items: Record<string, unknown> = { [KEY_META]: { schemaVersion: 1 } };
    for (let i = 0; i < 50; i++) {
      const c = conv(i);
      ((items[shardKey('conversations', shardOf(c.id))] ??= {}) as Record<string, unknown>)[c.id] = c;
    }
    await browser.storage.local.set(items);
    expect(await loadPointsIndex()).toBeNull();
    await rebuildPointsIndex();
    await expectIndexMatchesRecords();
    expect((await loadPointsIndex())!.entries).toHaveLength(50);
  });
});
