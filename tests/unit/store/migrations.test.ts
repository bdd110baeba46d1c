// Stored data of every earlier version loads into the current one with nothing lost
// (tests/fixtures/store/v<N>.json: what that version stored, and the records it holds), and the
// convention that keeps it so: every version below SCHEMA_VERSION has a step and a fixture.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { browser } from '#imports';
import { decodeShard } from '@/utils/store/codec';
import { loadRaw, loadSnapshot } from '@/utils/store/repository';
import { logRequest } from '@/utils/store/operations';
import { KEY_META, SCHEMA_VERSION } from '@/utils/store/layout';
import { migrate, MIGRATIONS } from '@/utils/store/migrations';

const DIR = join(__dirname, '..', '..', 'fixtures', 'store');

interface StoreFixture {
  version: number;
  note: string;
  stored: Record<string, unknown>;
  expected: { contacts: { id: string }[]; conversations: { id: string }[]; settings: Record<string, unknown> };
}

const fixtureFiles = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .sort();
const fixtures: StoreFixture[] = fixtureFiles.map(
  (f) => JSON.parse(readFileSync(join(DIR, f), 'utf8')) as StoreFixture,
);
const byId = <T extends { id: string }>(list: Iterable<T>) => Object.fromEntries([...list].map((r) => [r.id, r]));

beforeEach(() => fakeBrowser.reset());

describe('the migration convention', () => {
  const versions = Array.from({ length: SCHEMA_VERSION + 1 }, (_, v) => v);

  it('every version below the current one has a step, and no step goes beyond it', () => {
    for (const v of versions.slice(0, -1))
      expect(MIGRATIONS[v], `MIGRATIONS[${v}] (version ${v} → ${v + 1})`).toBeTypeOf('function');
    expect(
      Object.keys(MIGRATIONS)
        .map(Number)
        .filter((v) => v >= SCHEMA_VERSION),
    ).toEqual([]);
  });

  it('every version, earlier and current, has a fixture named after it', () => {
    expect(fixtureFiles).toEqual(versions.map((v) => `v${v}.json`));
    for (const [i, f] of fixtures.entries()) expect(f.version, fixtureFiles[i]).toBe(i);
  });

  it('a fixture carries its version mark from version 1 on (version 0 is the one without)', () => {
    for (const f of fixtures) {
      if (f.version === 0) expect(f.stored).not.toHaveProperty(KEY_META);
      else expect(f.stored[KEY_META]).toEqual({ schemaVersion: f.version });
    }
  });

  it('data without a version mark is read as version 0 and goes through the step from 0', async () => {
    const step = vi.spyOn(MIGRATIONS, 0);
    await browser.storage.local.set(structuredClone(fixtures[0]!.stored));
    await loadSnapshot();
    expect(step).toHaveBeenCalledTimes(1);
    await logRequest({ contact: { id: 'x', name: 'X' }, channel: 'email', goal: 1 });
    expect(step).toHaveBeenCalledTimes(2);
    await logRequest({ contact: { id: 'y', name: 'Y' }, channel: 'email', goal: 1 });
    expect(step).toHaveBeenCalledTimes(2); // once stamped, never again
  });

  it('a missing step is a clear error, not a silent skip', () => {
    expect(() => migrate({}, 0, {}, 1)).toThrow('No migration from stored version 0 to 1.');
  });
});

// Settings added after a fixture was taken read as their defaults (no stored shape changed).
const SETTINGS_ADDED_SINCE = { prepQuestions: null };

describe.each(fixtures.map((f) => [`version ${f.version}`, f] as const))('stored data of %s', (_, fixture) => {
  beforeEach(() => browser.storage.local.set(structuredClone(fixture.stored)));

  it('loads with every record and the settings, and no problem', async () => {
    const snap = await loadSnapshot();
    expect(snap.problems).toEqual([]);
    expect(snap.readOnly).toBe(false);
    expect(Object.fromEntries(snap.contacts)).toEqual(byId(fixture.expected.contacts));
    expect(Object.fromEntries(snap.conversations)).toEqual(byId(fixture.expected.conversations));
    expect(snap.settings).toEqual({ ...SETTINGS_ADDED_SINCE, ...fixture.expected.settings });
  });

  it('migrates to the current layout holding the same records', async () => {
    const { data } = migrate(structuredClone(fixture.stored), fixture.version);
    const shards = await Promise.all(
      Object.entries(data)
        .filter(([k]) => /^fifteen:(contacts|conversations):/.test(k))
        .map(([, shard]) => decodeShard(shard)),
    );
    const records = shards.flatMap((shard) => Object.values(shard as Record<string, { id: string }>));
    expect(byId(records)).toEqual(byId([...fixture.expected.contacts, ...fixture.expected.conversations]));
  });

  it('the first write stamps the current version and keeps every record', async () => {
    const conv = await logRequest({ contact: { id: 'new-person', name: 'New Person' }, channel: 'email', goal: 1 });
    expect((await browser.storage.local.get(KEY_META))[KEY_META]).toEqual({ schemaVersion: SCHEMA_VERSION });
    const snap = await loadSnapshot();
    expect(snap.problems).toEqual([]);
    for (const c of fixture.expected.contacts) expect(snap.contacts.get(c.id)).toEqual(c);
    for (const c of fixture.expected.conversations) expect(snap.conversations.get(c.id)).toEqual(c);
    expect(snap.contacts.size).toBe(fixture.expected.contacts.length + 1);
    expect(snap.conversations.get(conv.id)?.contactId).toBe('new-person');
    expect(snap.settings).toEqual({ ...SETTINGS_ADDED_SINCE, ...fixture.expected.settings });
    // Nothing of what that version stored is gone: every stored key is still there.
    expect(Object.keys(await loadRaw())).toEqual(expect.arrayContaining(Object.keys(fixture.stored)));
  });
});
