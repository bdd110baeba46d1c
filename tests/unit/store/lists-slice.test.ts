// The lists' slices: the popup's lists built from them must be the lists built from all the
// records, over varied data, at any time from a day before the slices were taken on, and after
// every kind of write.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { browser } from '#imports';
import { buildAgenda, listsOf, type Agenda } from '@/utils/domain/agenda';
import type { Contact, Conversation } from '@/utils/domain/model';
import { readBackup } from '@/utils/domain/backup';
import { ensurePointsIndex, loadListsSlice, loadSnapshot, transact } from '@/utils/store/repository';
import {
  deleteConversation,
  eraseAll,
  importBackup,
  importConnections,
  logRequest,
  recordOutcome,
  saveContact,
  saveSettings,
  undoRequest,
  updateConversation,
} from '@/utils/store/operations';
import { ALL_LISTS_KEYS, KEY_LISTS_READY, shardKey, shardOf } from '@/utils/store/layout';

const DAY = 24 * 60 * 60 * 1000;
const T0 = new Date('2026-11-20T12:00:00.000Z');
const iso = (ms: number) => new Date(ms).toISOString();

/** Varied data: every status, dates around T0 (and a few unreadable ones), reminders done, snoozed or not, referral lines. */
function generate(n: number, seed = 7): { contacts: Contact[]; conversations: Conversation[] } {
  const rand = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296;
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const around = (days: number) => T0.getTime() + Math.round((rand() * 2 - 1) * days * DAY);
  const people = Math.max(3, Math.round(n / 3));
  const contacts: Contact[] = Array.from({ length: people }, (_, i) => ({
    id: `p${i}`,
    name: rand() < 0.05 ? '' : pick(['Priya', 'Marcus', 'Dana', 'Sam']) + ` ${i % 7}`,
    firstName: null,
    profileUrl: pick([`https://www.linkedin.com/in/p${i}/`, null, `https://www.linkedin.com/in/other-${i}/`]),
    headline: null,
    company: null,
    role: null,
    location: null,
    referredBy: null,
    source: null,
    connectedOn: null,
    edited: [],
    notes: '',
    createdAt: iso(around(400)),
    updatedAt: iso(around(400)),
  }));
  const conversations: Conversation[] = Array.from({ length: n }, (_, i) => {
    const status = pick(['met', 'met', 'scheduled', 'requested', 'declined', 'no-response'] as const);
    const at = around(rand() < 0.3 ? 700 : 70);
    const met = status === 'met' ? iso(at) : rand() < 0.1 ? 'not a date' : null;
    const maybe = (p: number, v: string) => (rand() < p ? v : null);
    return {
      id: `c${i}`,
      contactId: `p${Math.floor(rand() * people)}`,
      status,
      channel: pick(['linkedin-note', 'email'] as const),
      goal: 1,
      requestedAt: rand() < 0.1 ? null : iso(at - 5 * DAY),
      scheduledFor: status === 'scheduled' || rand() < 0.3 ? iso(around(20)) : null,
      metAt: status === 'met' ? met : null,
      outcomes: { connected: rand() < 0.7, referral: rand() < 0.3, memorable: rand() < 0.2, opening: rand() < 0.1 },
      referrals:
        rand() < 0.3
          ? [`p${Math.floor(rand() * people)}`, ...(rand() < 0.3 ? [`p${Math.floor(rand() * people)}`] : [])]
          : [],
      contactPerson: rand() < 0.1 ? `p${Math.floor(rand() * people)}` : null,
      notes: '',
      thankYouDoneAt: maybe(0.5, iso(at + DAY)),
      followUpDoneAt: maybe(0.2, iso(at + 22 * DAY)),
      thankYouSnoozedUntil: maybe(0.1, iso(around(10))),
      followUpSnoozedUntil: maybe(0.1, iso(around(30))),
      createdAt: iso(at - 6 * DAY),
      updatedAt: iso(at),
    };
  });
  // Some people name the conversation that produced them: one with links, one without, one gone.
  for (const c of contacts) if (rand() < 0.2) c.referredBy = rand() < 0.1 ? 'gone' : `c${Math.floor(rand() * n)}`;
  return { contacts, conversations };
}

/** Stores the records, the index and slices built over every shard (as on install, then writes). */
async function put(data: { contacts: Contact[]; conversations: Conversation[] }) {
  await transact((tx) => tx.reindexAll());
  await transact(async (tx) => {
    await tx.putAll('contacts', data.contacts);
    await tx.putAll('conversations', data.conversations);
  });
}

/** An agenda with each person as the lists see them (id, name, profile). */
const plain = (a: Agenda) =>
  JSON.parse(
    JSON.stringify(a, (key, value: unknown) =>
      key === 'contact' && value
        ? { id: (value as Contact).id, name: (value as Contact).name, profileUrl: (value as Contact).profileUrl }
        : value,
    ),
  ) as unknown;

/** The slices stand for the records at `now`: the same lists, the same count of problems. */
async function expectSliceRight(now: Date, options = { recent: 5 }) {
  const lists = await loadListsSlice(now);
  expect(lists, `slices at ${now.toISOString()}`).not.toBeNull();
  const snap = await loadSnapshot();
  const fromSlice = listsOf(
    { contacts: lists!.contacts, conversations: lists!.conversations.values(), links: lists!.links },
    lists!.settings,
    { now, ...options },
  );
  expect(plain(fromSlice)).toEqual(plain(buildAgenda(snap, snap.settings, { now, ...options })));
  expect(lists!.problems).toBe(snap.problems.length);
  expect(lists!.settings).toEqual(snap.settings);
  return { lists: lists!, snap };
}

const TZ = process.env.TZ;
beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(T0);
});
afterEach(() => {
  vi.useRealTimers();
  process.env.TZ = TZ;
});

describe('the lists from the slices', () => {
  it('are the lists from all the records, over varied data, from a day before they were taken to months after', async () => {
    for (const [n, seed] of [
      [40, 1],
      [400, 2],
      [1500, 3],
    ] as const) {
      fakeBrowser.reset();
      await put(generate(n, seed));
      for (const days of [-0.9, 0, 0.4, 1, 2, 7, 15, 29, 31, 45, 80, 400]) {
        const { lists, snap } = await expectSliceRight(new Date(T0.getTime() + days * DAY));
        if (n === 1500) expect(lists.conversations.size).toBeLessThan(snap.conversations.size / 2);
      }
    }
  });

  it('are the same in another time zone, and with lists shorter or longer than the popup shows', async () => {
    await put(generate(600, 9));
    for (const tz of ['America/Los_Angeles', 'Asia/Kolkata', 'Pacific/Kiritimati']) {
      process.env.TZ = tz;
      await expectSliceRight(new Date(T0.getTime() + 3 * DAY));
    }
    await expectSliceRight(T0, { recent: 3 });
  });

  it('cannot stand for the records once the clock is set back more than a day, or with other reminder settings', async () => {
    await put(generate(100));
    expect(await loadListsSlice(new Date(T0.getTime() - 1.5 * DAY))).toBeNull();
    await browser.storage.local.set({ 'fifteen:settings': { followUpDelayDays: 30 } });
    expect(await loadListsSlice(T0)).toBeNull();
  });

  it('cannot stand for data without them (an update), nor for a slice that is missing its mark, damaged or of an unknown shape', async () => {
    await put(generate(50));
    expect(await loadListsSlice(T0)).not.toBeNull();
    await browser.storage.local.remove(KEY_LISTS_READY);
    expect(await loadListsSlice(T0)).toBeNull();
    expect(await ensurePointsIndex()).toBe(true);
    await expectSliceRight(T0);
    await browser.storage.local.set({ [ALL_LISTS_KEYS[3]!]: 'gz:garbage' });
    expect(await loadListsSlice(T0)).toBeNull();
    await browser.storage.local.set({ [ALL_LISTS_KEYS[3]!]: '{"v":2,"problems":0,"at":1,"list":7}' });
    expect(await loadListsSlice(T0)).toBeNull();
    await browser.storage.local.set({ [ALL_LISTS_KEYS[3]!]: '{"v":3,"problems":0}' });
    expect(await loadListsSlice(T0)).toBeNull();
    // Format 1 (people without their first names), as an earlier version wrote it.
    await browser.storage.local.set({ [ALL_LISTS_KEYS[3]!]: '{"v":1,"problems":0}' });
    expect(await loadListsSlice(T0)).toBeNull();
  });
});

describe('every write keeps the slices right', () => {
  beforeEach(async () => {
    await put(generate(300, 5));
    await expectSliceRight(T0);
  });

  it('logging a request, recording how it went (referrals become people), marking done, snoozing', async () => {
    const c = await logRequest({
      contact: { id: 'new-person', name: 'New Person' },
      channel: 'linkedin-note',
      goal: 2,
    });
    await expectSliceRight(T0);
    await recordOutcome(c.id, {
      status: 'met',
      metAt: iso(T0.getTime() - 2 * DAY),
      outcomes: { connected: true, referral: true, memorable: false, opening: true },
      referralNames: ['Ref One', 'Ref Two'],
      contactPersonName: 'Hiring Lead',
    });
    await expectSliceRight(T0);
    await updateConversation(c.id, { thankYouDoneAt: T0.toISOString() });
    await expectSliceRight(T0);
    await updateConversation(c.id, { followUpSnoozedUntil: iso(T0.getTime() + 40 * DAY) });
    await expectSliceRight(new Date(T0.getTime() + 41 * DAY));
    await updateConversation('c7', { status: 'scheduled', scheduledFor: iso(T0.getTime() + 3 * DAY) });
    await expectSliceRight(T0);
  });

  it('deleting, taking back a request, renaming a person, Connections.csv', async () => {
    await deleteConversation('c3');
    const snap = await loadSnapshot();
    const referredTo = [...snap.contacts.values()].find((p) => p.referredBy && snap.conversations.has(p.referredBy))!;
    await deleteConversation(referredTo.referredBy!);
    await expectSliceRight(T0);
    const c = await logRequest({ contact: { id: 'p1', name: 'Someone' }, channel: 'email', goal: 1 });
    await undoRequest(c.id, 'p1');
    await saveContact({ id: 'p2', name: 'Renamed Person', profileUrl: 'https://www.linkedin.com/in/renamed/' });
    await expectSliceRight(T0);
    await importConnections([
      { ...snap.contacts.get('p4')!, name: 'From CSV' },
      { ...snap.contacts.get('p4')!, id: 'csv-new', name: 'New From CSV' },
    ]);
    await expectSliceRight(T0);
  });

  it('changing the reminder settings (the slices are taken again), and other settings', async () => {
    await saveSettings({ followUpDelayDays: 10, thankYouHour: 7 });
    await expectSliceRight(T0);
    await saveSettings({ weeklyPointsGoal: 9 });
    await expectSliceRight(new Date(T0.getTime() + 12 * DAY));
  });

  it('importing a backup, erasing everything, and time moving on between writes', async () => {
    const more = generate(200, 11);
    const file = JSON.stringify({
      format: 'fifteen-backup',
      version: 1,
      exportedAt: T0.toISOString(),
      contacts: more.contacts.map((c) => ({ ...c, id: `b${c.id}`, referredBy: null })),
      conversations: more.conversations
        .filter((c) => c.metAt !== 'not a date')
        .map((c) => ({ ...c, id: `b${c.id}`, contactId: `b${c.contactId}`, referrals: [], contactPerson: null })),
      settings: { thankYouDelayDays: 2 },
    });
    const parsed = readBackup(file);
    if (!parsed.ok) throw new Error(parsed.error);
    vi.setSystemTime(new Date(T0.getTime() + 5 * DAY)); // some shards now taken later than others
    await importBackup(parsed.backup);
    await expectSliceRight(new Date(T0.getTime() + 5 * DAY));
    await expectSliceRight(new Date(T0.getTime() + 35 * DAY));
    await eraseAll();
    await expectSliceRight(new Date(T0.getTime() + 5 * DAY));
    expect((await loadListsSlice(new Date(T0.getTime() + 5 * DAY)))!.conversations.size).toBe(0);
  });

  it('counts what cannot be read as the records do, and after it is set aside', async () => {
    const key = shardKey('conversations', shardOf('c1'));
    const stored = (await browser.storage.local.get(key))[key];
    // A damaged record inside a shard: written by hand, as a rebuild would find it.
    await transact(async (tx) => {
      await tx.putConversation({ id: 'broken', status: 'nonsense' } as unknown as Conversation);
    });
    await expectSliceRight(T0);
    await browser.storage.local.set({ [key]: 'not json at all' });
    await transact((tx) => tx.reindexAll());
    await expectSliceRight(T0);
    await logRequest({ contact: { id: 'x', name: 'X' }, channel: 'email', goal: 1 }); // may land in the damaged shard or not
    await expectSliceRight(T0);
    expect(stored).toBeDefined();
  });
});

describe('a store migrated from an earlier version', () => {
  it('has no slices until they are built from the records, and they are right then', async () => {
    const fixture = JSON.parse(readFileSync(join(__dirname, '..', '..', 'fixtures', 'store', 'v1.json'), 'utf8')) as {
      stored: Record<string, unknown>;
    };
    await browser.storage.local.set(structuredClone(fixture.stored));
    expect(await loadListsSlice(T0)).toBeNull();
    await logRequest({ contact: { id: 'after-migration', name: 'A' }, channel: 'email', goal: 1 });
    expect(await loadListsSlice(T0)).toBeNull(); // a write keeps slices, it does not build them all
    await ensurePointsIndex();
    await expectSliceRight(T0);
  });
});
