// Stored data that is corrupt or of an unknown shape (docs/product.md, "Ground rules": nothing
// lost): the store keeps working with
// what it can read, says what it cannot, never wipes it — not even when a write must take its
// place — and refuses to write data saved by a newer version.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { browser } from '#imports';
import { decodeShard } from '@/utils/store/codec';
import { loadRaw, loadSettings, loadSnapshot } from '@/utils/store/repository';
import {
  eraseAll,
  importBackup,
  logRequest,
  profileState,
  recordOutcome,
  saveContact,
  saveSettings,
} from '@/utils/store/operations';
import {
  KEY_META,
  KEY_SET_ASIDE,
  KEY_SETTINGS,
  SCHEMA_VERSION,
  shardKey,
  shardOf,
  type Table,
} from '@/utils/store/layout';
import { readBackup } from '@/utils/domain/backup';

const T = '2026-11-01T09:00:00.000Z';
const contact = (id: string, extra: object = {}) => ({
  id,
  name: `Person ${id}`,
  profileUrl: `https://www.linkedin.com/in/${id}/`,
  createdAt: T,
  updatedAt: T,
  ...extra,
});
const talk = (id: string, contactId: string, extra: object = {}) => ({
  id,
  contactId,
  status: 'met',
  channel: 'linkedin-note',
  goal: 2,
  requestedAt: T,
  metAt: T,
  outcomes: { connected: true, referral: false, memorable: false, opening: false },
  referrals: [],
  contactPerson: null,
  notes: '',
  createdAt: T,
  updatedAt: T,
  ...extra,
});
const keyOf = (table: Table, id: string) => shardKey(table, shardOf(id));
/** An id that falls into the same shard as `id`, so a write to it rewrites that shard. */
function sameShardAs(id: string): string {
  for (let i = 0; ; i++) if (shardOf(`n${i}`) === shardOf(id) && `n${i}` !== id) return `n${i}`;
}
/** An id in another shard than `id`. */
function otherShardThan(id: string): string {
  for (let i = 0; ; i++) if (shardOf(`o${i}`) !== shardOf(id)) return `o${i}`;
}
const stored = async (key: string) => (await browser.storage.local.get(key))[key];
/** A shard as stored (JSON text since version 2), read back as an object. */
const storedShard = async (key: string) => decodeShard(await stored(key));
const setAside = async () => ((await stored(KEY_SET_ASIDE)) ?? []) as { key: string; id?: string; value: unknown }[];
const input = (id: string) => ({ id, name: `Person ${id}`, profileUrl: `https://www.linkedin.com/in/${id}/` });

beforeEach(() => fakeBrowser.reset());

describe('a shard that is not an object (a string)', () => {
  const victim = 'ada';
  const key = keyOf('contacts', victim);
  const good = otherShardThan(victim);
  beforeEach(async () => {
    await browser.storage.local.set({
      [KEY_META]: { schemaVersion: SCHEMA_VERSION },
      [key]: 'garbage that was once a shard',
      [keyOf('contacts', good)]: { [good]: contact(good) },
    });
  });

  it('is reported, and the other shards are read', async () => {
    const snap = await loadSnapshot();
    expect(snap.problems).toEqual([{ where: key, message: 'A block of contacts could not be read.' }]);
    expect([...snap.contacts.keys()]).toEqual([good]);
    expect(snap.readOnly).toBe(false);
  });

  it('a write into that shard works, and the string is set aside, not lost', async () => {
    await saveContact(input(sameShardAs(victim)));
    const snap = await loadSnapshot();
    expect(snap.contacts.has(sameShardAs(victim))).toBe(true);
    expect(snap.contacts.has(good)).toBe(true);
    expect(await setAside()).toEqual([expect.objectContaining({ key, value: 'garbage that was once a shard' })]);
    // Still told about: it is still stored data that could not be read.
    expect(snap.problems.map((p) => p.where)).toEqual([`set aside: ${key}`]);
    expect(JSON.stringify(await loadRaw())).toContain('garbage that was once a shard');
  });
});

describe('a record that is missing fields', () => {
  const broken = { id: 'c-broken', contactId: 'ada' }; // no status, channel, outcomes, updatedAt
  const key = keyOf('conversations', broken.id);
  beforeEach(async () => {
    await browser.storage.local.set({ [key]: { [broken.id]: broken } });
    await saveContact(input('ada'));
  });

  it('is reported by id; the profile helper and the points ignore it', async () => {
    const snap = await loadSnapshot();
    expect(snap.problems).toEqual([
      { where: 'conversations/c-broken', message: 'A stored conversation could not be read.' },
    ]);
    expect(snap.conversations.size).toBe(0);
    expect((await profileState('ada')).conversations).toEqual([]);
  });

  it('stays stored exactly as it was while new records are written into its shard', async () => {
    const other = sameShardAs(broken.id);
    const read = readBackup(
      JSON.stringify({
        format: 'fifteen-backup',
        version: 1,
        exportedAt: T,
        contacts: [contact('ada')],
        conversations: [talk(other, 'ada')],
      }),
    );
    if (!read.ok) throw new Error(read.error);
    await importBackup(read.backup);
    await logRequest({ contact: input('ada'), channel: 'email', goal: 1 });
    expect((await storedShard(key)) as object).toMatchObject({
      [broken.id]: broken,
      [other]: expect.objectContaining({ id: other }),
    });
    expect((await loadSnapshot()).conversations.size).toBe(2);
  });

  it('refuses to record an outcome for it, saying so, and changes nothing', async () => {
    await expect(
      recordOutcome(broken.id, {
        status: 'met',
        outcomes: { connected: true, referral: false, memorable: false, opening: false },
      }),
    ).rejects.toThrow('That conversation no longer exists.');
    expect(((await storedShard(key)) as Record<string, unknown>)[broken.id]).toEqual(broken);
  });
});

describe('a record stored under another id', () => {
  const key = keyOf('contacts', 'ada');
  const misfiled = contact('bob', { name: 'Bob Misfiled' });
  beforeEach(() => browser.storage.local.set({ [key]: { ada: misfiled } }));

  it('is reported and not read as either person', async () => {
    const snap = await loadSnapshot();
    expect(snap.problems).toEqual([{ where: 'contacts/ada', message: 'A stored contact could not be read.' }]);
    expect(snap.contacts.size).toBe(0);
    expect((await profileState('ada')).contact).toBeNull();
  });

  it('when the real Ada is saved, the misfiled record is set aside, not overwritten', async () => {
    const saved = await saveContact(input('ada'));
    expect(saved.name).toBe('Person ada'); // not the misfiled record's name
    expect(((await storedShard(key)) as Record<string, unknown>).ada).toMatchObject({ id: 'ada' });
    expect(await setAside()).toEqual([expect.objectContaining({ key, id: 'ada', value: misfiled })]);
    const snap = await loadSnapshot();
    expect(snap.contacts.get('ada')?.name).toBe('Person ada');
    expect(snap.problems.map((p) => p.where)).toEqual([`set aside: ${key}/ada`]);
  });
});

describe('settings of the wrong type', () => {
  it('a string: the defaults are used, it is reported, and everything else works', async () => {
    await browser.storage.local.set({ [KEY_SETTINGS]: 'dark mode please' });
    const snap = await loadSnapshot();
    expect(snap.settings.noteLimit).toBe(200);
    expect(snap.problems).toEqual([
      { where: 'settings', message: expect.stringContaining('Your settings could not be read') },
    ]);
    expect((await loadSettings()).weeklyInvitationLimit).toBe(100);
    await logRequest({ contact: input('ada'), channel: 'linkedin-note', goal: 1 });
    expect((await profileState('ada')).requestsThisWeek).toBe(1);
    // Saving settings replaces them, and keeps the unreadable ones aside.
    await saveSettings({ myName: 'Jordan' });
    expect((await loadSnapshot()).settings.myName).toBe('Jordan');
    expect(await setAside()).toEqual([expect.objectContaining({ key: KEY_SETTINGS, value: 'dark mode please' })]);
  });

  it('one bad value: only that value falls back; the name, pitch and templates are kept', async () => {
    const templates = [{ id: 't1', name: 'Mine', kind: 'note', goal: null, subject: null, body: 'Hi {firstName}' }];
    const original = {
      myName: 'Jordan',
      pitch: 'Litigator moving into privacy law.',
      noteLimit: 250,
      theme: 42,
      templates,
    };
    await browser.storage.local.set({ [KEY_SETTINGS]: original });
    const snap = await loadSnapshot();
    expect(snap.settings).toMatchObject({
      myName: 'Jordan',
      pitch: 'Litigator moving into privacy law.',
      noteLimit: 200,
      theme: 'system',
      templates,
    });
    expect(snap.problems).toEqual([
      {
        where: 'settings',
        message:
          'Some settings could not be read (noteLimit, theme); they are back to their defaults until you save them again.',
      },
    ]);
    await saveSettings({ theme: 'dark' });
    const after = await loadSnapshot();
    expect(after.settings).toMatchObject({ myName: 'Jordan', theme: 'dark', noteLimit: 200, templates });
    expect(await setAside()).toEqual([expect.objectContaining({ key: KEY_SETTINGS, value: original })]);
  });
});

describe('meta', () => {
  it('from a newer version: read-only with a message, the readable data shown, every write refused', async () => {
    await browser.storage.local.set({
      [KEY_META]: { schemaVersion: SCHEMA_VERSION + 1, somethingNew: true },
      [keyOf('contacts', 'ada')]: { ada: contact('ada') },
      'fifteen:a-key-from-the-future': { x: 1 },
    });
    const before = await loadRaw();
    const snap = await loadSnapshot();
    expect(snap.readOnly).toBe(true);
    expect(snap.problems[0]).toEqual({ where: 'meta', message: expect.stringContaining('newer version of Fifteen') });
    expect(snap.contacts.get('ada')?.name).toBe('Person ada');
    const refused = /newer version of Fifteen/;
    await expect(saveContact(input('bob'))).rejects.toThrow(refused);
    await expect(logRequest({ contact: input('ada'), channel: 'email', goal: 1 })).rejects.toThrow(refused);
    await expect(saveSettings({ myName: 'x' })).rejects.toThrow(refused);
    await expect(eraseAll()).rejects.toThrow(refused);
    expect(await loadRaw()).toEqual(before);
  });

  it('of an unknown shape: reported, read as this version, and set aside by the first write', async () => {
    await browser.storage.local.set({ [KEY_META]: 'v?', [keyOf('contacts', 'ada')]: { ada: contact('ada') } });
    const snap = await loadSnapshot();
    expect(snap.readOnly).toBe(false);
    expect(snap.problems.map((p) => p.where)).toEqual(['meta']);
    expect(snap.contacts.size).toBe(1);
    await saveContact(input('bob'));
    expect(await stored(KEY_META)).toEqual({ schemaVersion: SCHEMA_VERSION });
    expect(await setAside()).toEqual([expect.objectContaining({ key: KEY_META, value: 'v?' })]);
    expect((await loadSnapshot()).contacts.size).toBe(2);
  });
});

describe('loadRaw, for the export of everything as stored', () => {
  it('holds every fifteen: key exactly as stored, known or not, readable or not, and nothing else', async () => {
    const raw = {
      [KEY_META]: { schemaVersion: SCHEMA_VERSION },
      [keyOf('contacts', 'ada')]: 'not a shard',
      [keyOf('conversations', 'x')]: { x: { id: 'x' } },
      [KEY_SETTINGS]: [1, 2, 3],
      'fifteen:from-a-newer-version': { anything: ['at', 'all'] },
    };
    await browser.storage.local.set({ ...raw, 'someone-else': 1 });
    expect(await loadRaw()).toEqual(raw);
  });
});

it('many corruptions at once, then many writes: every stored value is still somewhere in storage', async () => {
  const corrupt: Record<string, unknown> = {
    [keyOf('contacts', 'a')]: 12345,
    [keyOf('conversations', 'c1')]: { c1: { id: 'c1', status: 'ghosted' }, wrongid: talk('other-id', 'a') },
    [KEY_SETTINGS]: { noteLimit: 'lots', myName: 'Kept Name' },
    [KEY_META]: { schemaVersion: SCHEMA_VERSION },
  };
  expect(Object.keys(corrupt)).toHaveLength(4); // no two corruptions share a key
  await browser.storage.local.set(corrupt);
  const problemsBefore = (await loadSnapshot()).problems.length;
  expect(problemsBefore).toBe(4);
  for (let i = 0; i < 40; i++) await logRequest({ contact: input(`p${i}`), channel: 'linkedin-note', goal: 1 });
  await saveContact(input('a'));
  await saveSettings({ weeklyPointsGoal: 7 });
  // Shards are stored as JSON text: read them back as objects, so values compare as written.
  const raw = await loadRaw();
  const decoded = await Promise.all(
    Object.entries(raw).map(async ([k, v]) => [k, (typeof v === 'string' && (await decodeShard(v))) || v] as const),
  );
  const everything = JSON.stringify(Object.fromEntries(decoded));
  for (const value of [
    12345,
    { id: 'c1', status: 'ghosted' },
    talk('other-id', 'a'),
    { noteLimit: 'lots', myName: 'Kept Name' },
  ]) {
    expect(everything).toContain(JSON.stringify(value));
  }
  const snap = await loadSnapshot();
  expect(snap.conversations.size).toBe(40);
  expect(snap.settings).toMatchObject({ myName: 'Kept Name', weeklyPointsGoal: 7, noteLimit: 200 });
  expect(snap.contacts.has('a')).toBe(true);
  // Still four: two records left in their shard, a shard and the settings set aside.
  expect(snap.problems).toHaveLength(problemsBefore);
});
