import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { browser } from '#imports';
import { decodeShard } from '@/utils/store/codec';
import { loadSnapshot, transact } from '@/utils/store/repository';
import { STORE_FULL } from '@/utils/store/transaction';
import {
  importBackup,
  logRequest,
  recordOutcome,
  saveContact,
  saveSettings,
  eraseAll,
  profileState,
  updateConversation,
} from '@/utils/store/operations';
import { readBackup, writeBackup } from '@/utils/domain/backup';
import { KEY_META, SCHEMA_VERSION, shardKey, shardOf } from '@/utils/store/layout';

const contact = (id: string) => ({ id, name: `Person ${id}`, profileUrl: `https://www.linkedin.com/in/${id}/` });

describe('the store', () => {
  beforeEach(() => fakeBrowser.reset());

  it('starts empty, with default settings', async () => {
    const snap = await loadSnapshot();
    expect(snap.contacts.size).toBe(0);
    expect(snap.conversations.size).toBe(0);
    expect(snap.settings.noteLimit).toBe(200);
    expect(snap.problems).toEqual([]);
  });

  it('keeps all 300 records when 3 writers make 100 writes each at once', async () => {
    const writer = (w: number) =>
      Promise.all(
        Array.from({ length: 100 }, (_, i) =>
          logRequest({
            contact: contact(`w${w}-p${i}`),
            channel: 'linkedin-note',
            goal: ((i % 4) + 1) as 1 | 2 | 3 | 4,
          }),
        ),
      );
    await Promise.all([writer(1), writer(2), writer(3)]);
    const snap = await loadSnapshot();
    expect(snap.conversations.size).toBe(300);
    expect(snap.contacts.size).toBe(300);
  });

  it('loses no update when writers change the same shard interleaved', async () => {
    // Ids chosen to fall into one shard, so every write rewrites the same storage key.
    const ids: string[] = [];
    for (let i = 0; ids.length < 60; i++) if (shardOf(`same-${i}`) === 0) ids.push(`same-${i}`);
    await Promise.all(ids.map((id) => saveContact(contact(id))));
    const snap = await loadSnapshot();
    expect([...snap.contacts.keys()].sort()).toEqual([...ids].sort());
  });

  it('a failing transaction writes nothing and does not block the next one', async () => {
    await expect(
      transact(async (tx) => {
        await tx.putContact({ ...(await saveContactRecord('a')) });
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    await saveContact(contact('b'));
    const snap = await loadSnapshot();
    expect([...snap.contacts.keys()]).toEqual(['b']);
  });

  it('records an outcome and links the people it names', async () => {
    const conv = await logRequest({ contact: contact('priya-raman'), channel: 'linkedin-note', goal: 3 });
    await recordOutcome(conv.id, {
      status: 'met',
      outcomes: { connected: true, referral: true, memorable: false, opening: true },
      referralNames: ['Marcus Oyelaran'],
      contactPersonName: 'Dana Whitfield',
    });
    const snap = await loadSnapshot();
    const saved = snap.conversations.get(conv.id)!;
    expect(saved.referrals).toEqual(['marcus-oyelaran']);
    expect(saved.contactPerson).toBe('dana-whitfield');
    expect(snap.contacts.get('marcus-oyelaran')?.referredBy).toBe(conv.id);
    const state = await profileState('priya-raman');
    expect(state.conversations).toHaveLength(1);
    expect(state.requestsThisWeek).toBe(1);
    expect(state.notesThisMonth).toBe(1);
  });

  it('remembers corrections: a later page reading does not overwrite them', async () => {
    await saveContact({ ...contact('ada'), company: 'Acme' });
    await saveContact({ ...contact('ada'), company: 'Analytical Engines Ltd' }, ['company']);
    await saveContact({ ...contact('ada'), company: 'Acme', role: 'Engineer' });
    const c = (await loadSnapshot()).contacts.get('ada')!;
    expect(c.company).toBe('Analytical Engines Ltd');
    expect(c.role).toBe('Engineer');
  });

  it('keeps records it cannot read, tells about them, and keeps working', async () => {
    await saveContact(contact('good'));
    const key = shardKey('conversations', shardOf('broken'));
    await browser.storage.local.set({ [key]: { broken: { id: 'broken', status: 'lost' } } });
    await logRequest({ contact: contact('other'), channel: 'email', goal: 1 });
    const snap = await loadSnapshot();
    expect(snap.problems.map((p) => p.where)).toContain('conversations/broken');
    expect(snap.contacts.has('good')).toBe(true);
    // The unreadable record is still stored as it was, even after its shard is written again.
    await transact(async (tx) =>
      tx.putConversation({ ...(await tx.all('conversations'))[0]!, id: sameShardAs('broken') }),
    );
    expect(await decodeShard((await browser.storage.local.get(key))[key])).toHaveProperty('broken');
    expect(await decodeShard((await browser.storage.local.get(key))[key])).toHaveProperty(sameShardAs('broken'));
  });

  it('refuses to write data saved by a newer version, and says so', async () => {
    await browser.storage.local.set({ [KEY_META]: { schemaVersion: SCHEMA_VERSION + 1 } });
    await expect(saveContact(contact('x'))).rejects.toThrow(/newer version of Fifteen/);
    expect((await loadSnapshot()).readOnly).toBe(true);
  });

  it('imports a backup by merging: later updatedAt wins, and counts what changed', async () => {
    const text = JSON.stringify({
      format: 'fifteen-backup',
      version: 1,
      exportedAt: '2026-11-28T10:00:00.000Z',
      contacts: [
        {
          id: 'priya-raman',
          name: 'Priya Raman',
          createdAt: '2026-11-01T09:00:00.000Z',
          updatedAt: '2026-11-01T09:00:00.000Z',
        },
      ],
      conversations: [
        {
          id: 'c1',
          contactId: 'priya-raman',
          status: 'met',
          channel: 'linkedin-note',
          goal: 3,
          outcomes: { connected: true, referral: true, memorable: true, opening: false },
          createdAt: '2026-11-02T09:00:00.000Z',
          updatedAt: '2026-11-10T17:00:00.000Z',
          metAt: '2026-11-10T16:00:00.000Z',
        },
      ],
      settings: { noteLimit: 300 },
    });
    const read = readBackup(text);
    if (!read.ok) throw new Error(read.error);
    const first = await importBackup(read.backup);
    expect(first.contacts.added).toBe(1);
    expect(first.conversations.added).toBe(1);
    const again = await importBackup(read.backup);
    expect(again.conversations).toEqual({ added: 0, updated: 0, unchanged: 1 });
    await updateConversation('c1', { notes: 'newer here' });
    await importBackup(read.backup);
    const snap = await loadSnapshot();
    expect(snap.conversations.get('c1')!.notes).toBe('newer here');
    expect(snap.settings.noteLimit).toBe(300);
  });

  it('keeps a newer backup’s unknown fields through storage and edits to the next export, and fills in defaults', async () => {
    const text = JSON.stringify({
      format: 'fifteen-backup',
      version: 1,
      exportedAt: '2026-11-28T10:00:00.000Z',
      contacts: [
        {
          id: 'priya-raman',
          name: 'Priya Raman',
          pronouns: 'she/her',
          createdAt: '2026-11-01T09:00:00.000Z',
          updatedAt: '2026-11-01T09:00:00.000Z',
        },
      ],
      conversations: [
        {
          id: 'c1',
          contactId: 'priya-raman',
          status: 'scheduled',
          venue: 'Blue Bottle',
          outcomes: { introduced: true },
          createdAt: '2026-11-02T09:00:00.000Z',
          updatedAt: '2026-11-10T17:00:00.000Z',
        },
      ],
      settings: { calendarApp: 'outlook' },
    });
    const read = readBackup(text);
    if (!read.ok) throw new Error(read.error);
    await importBackup(read.backup);
    await updateConversation('c1', { prepNotes: 'Ask about the EU team' });
    await saveSettings({ noteLimit: 300 });
    await saveContact(contact('priya-raman'));
    const snap = await loadSnapshot();
    const out = JSON.parse(
      writeBackup({
        contacts: snap.contacts.values(),
        conversations: snap.conversations.values(),
        settings: snap.settings,
      }),
    );
    expect(out.contacts[0].pronouns).toBe('she/her');
    expect(out.conversations[0]).toMatchObject({
      venue: 'Blue Bottle',
      channel: 'other',
      goal: 1,
      prepNotes: 'Ask about the EU team',
      referrals: [],
    });
    expect(out.conversations[0].outcomes).toEqual({
      connected: false,
      referral: false,
      memorable: false,
      opening: false,
      introduced: true,
    });
    expect(out.settings).toMatchObject({ calendarApp: 'outlook', noteLimit: 300 });
  });

  it('saves settings validated, and erases everything', async () => {
    await saveSettings({ myName: 'Jordan' });
    await expect(saveSettings({ noteLimit: 250 as 200 })).rejects.toThrow();
    await logRequest({ contact: contact('p'), channel: 'email', goal: 1 });
    await browser.storage.local.set({ 'fifteen:notified': ['c1:thank-you'], 'other-extension-key': 1 });
    await eraseAll();
    const left = Object.keys(await browser.storage.local.get(null));
    expect(left).not.toContain('fifteen:notified');
    expect(left).toContain('other-extension-key');
    const snap = await loadSnapshot();
    expect(snap.conversations.size + snap.contacts.size).toBe(0);
    expect(snap.settings.myName).toBe('');
  });
});

function sameShardAs(id: string): string {
  for (let i = 0; ; i++) if (shardOf(`n${i}`) === shardOf(id)) return `n${i}`;
}

async function saveContactRecord(id: string) {
  return {
    ...contact(id),
    firstName: null,
    headline: null,
    company: null,
    role: null,
    location: null,
    referredBy: null,
    source: null,
    connectedOn: null,
    edited: [],
    notes: '',
    createdAt: new Date().toISOString(),
    updatedAt: new Date().toISOString(),
  };
}

describe('a full store', () => {
  beforeEach(() => fakeBrowser.reset());
  it('says so plainly and changes nothing', async () => {
    await saveContact(contact('kept'));
    const before = await browser.storage.local.get(null);
    vi.spyOn(browser.storage.local, 'set').mockRejectedValue(new Error('Resource::kQuotaBytes quota exceeded'));
    await expect(logRequest({ contact: contact('new'), channel: 'email', goal: 1 })).rejects.toThrow(STORE_FULL);
    expect(await browser.storage.local.get(null)).toEqual(before);
  });
});

describe('people named in an outcome', () => {
  beforeEach(() => fakeBrowser.reset());
  it('link to a contact already known without overwriting what the page said', async () => {
    await saveContact({
      id: 'marcus-oyelaran',
      name: 'Marcus Oyelaran',
      company: 'Figma',
      profileUrl: 'https://www.linkedin.com/in/marcus-oyelaran/',
    });
    const conv = await logRequest({ contact: contact('priya-raman'), channel: 'linkedin-note', goal: 2 });
    await recordOutcome(conv.id, {
      status: 'met',
      outcomes: { connected: true, referral: true, memorable: false, opening: false },
      referralNames: ['marcus OYELARAN'],
    });
    const marcus = (await loadSnapshot()).contacts.get('marcus-oyelaran')!;
    expect(marcus.name).toBe('Marcus Oyelaran');
    expect(marcus.company).toBe('Figma');
    expect(marcus.referredBy).toBe(conv.id);
  });
});

describe('reads at the same time', () => {
  beforeEach(() => fakeBrowser.reset());

  it('share one read while nothing changed, and never one from before a change', async () => {
    await saveContact(contact('first'));
    const a = loadSnapshot();
    const b = loadSnapshot();
    expect(b).toBe(a);
    expect((await a).contacts.has('first')).toBe(true);

    // A write by this context, while a read is under way: a later read is a new one.
    const before = loadSnapshot();
    await saveContact(contact('second'));
    const after = loadSnapshot();
    expect(after).not.toBe(before);
    expect((await after).contacts.has('second')).toBe(true);

    // A change from another context (seen through storage.onChanged) does the same.
    const pending = loadSnapshot();
    await browser.storage.local.set({ [KEY_META]: { schemaVersion: SCHEMA_VERSION } });
    expect(loadSnapshot()).not.toBe(pending);
  });
});
