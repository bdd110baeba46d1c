import { describe, expect, it } from 'vitest';
import { backupFileName, mergeById, readBackup, readBackupAsync, writeBackup } from '@/utils/domain/backup';

const contact = {
  id: 'priya-raman',
  name: 'Priya Raman',
  createdAt: '2026-11-01T09:00:00.000Z',
  updatedAt: '2026-11-01T09:00:00.000Z',
};
const conversation = {
  id: 'c1',
  contactId: 'priya-raman',
  status: 'met',
  channel: 'linkedin-note',
  goal: 3,
  outcomes: { connected: true, referral: false, memorable: true, opening: false },
  createdAt: '2026-11-02T09:00:00.000Z',
  updatedAt: '2026-11-10T17:00:00.000Z',
};
const file = (over: Record<string, unknown> = {}) =>
  JSON.stringify({
    format: 'fifteen-backup',
    version: 1,
    exportedAt: '2026-11-28T10:00:00.000Z',
    contacts: [contact],
    conversations: [conversation],
    settings: {},
    ...over,
  });
const error = (text: string) => {
  const r = readBackup(text);
  if (r.ok) throw new Error('expected the file to be refused');
  return r.error;
};

describe('backup files', () => {
  it('reads a valid file, keeping the record fields it does not know for the next export', () => {
    const newer = {
      ...conversation,
      outcomes: { ...conversation.outcomes, introduced: true },
      venue: { kind: 'cafe', name: 'Blue Bottle' },
    };
    const r = readBackup(
      file({
        futureField: 1,
        contacts: [{ ...contact, shoeSize: 44 }],
        conversations: [newer],
        settings: { noteLimit: 300, futureSetting: 'x' },
      }),
    );
    if (!r.ok) throw new Error(r.error);
    expect(r.backup.contacts[0]).toHaveProperty('shoeSize', 44);
    const again = JSON.parse(writeBackup(r.backup));
    expect(again.contacts[0].shoeSize).toBe(44);
    expect(again.conversations[0].venue).toEqual({ kind: 'cafe', name: 'Blue Bottle' });
    expect(again.conversations[0].outcomes.introduced).toBe(true);
    expect(again.settings).toEqual({ noteLimit: 300, futureSetting: 'x' });
  });

  it('reads an older file unchanged: the new optional fields stay absent', () => {
    const r = readBackup(file());
    if (!r.ok) throw new Error(r.error);
    expect(r.backup.conversations[0]).toStrictEqual({ ...conversation, referrals: [], notes: '' });
    for (const field of ['acceptedAt', 'durationMinutes', 'calendarSequence', 'prepNotes'])
      expect(r.backup.conversations[0]).not.toHaveProperty(field);
  });

  it('reads the new fields: when they said yes, the length, the calendar sequence and the plan', () => {
    const planned = {
      ...conversation,
      status: 'scheduled',
      acceptedAt: '2026-11-03T09:00:00.000Z',
      scheduledFor: '2026-11-10T16:00:00.000Z',
      durationMinutes: 20,
      calendarSequence: 2,
      prepNotes: 'Ask about the EU team',
    };
    const r = readBackup(file({ conversations: [planned] }));
    if (!r.ok) throw new Error(r.error);
    expect(r.backup.conversations[0]).toMatchObject({
      acceptedAt: planned.acceptedAt,
      durationMinutes: 20,
      calendarSequence: 2,
      prepNotes: 'Ask about the EU team',
    });
    expect(error(file({ conversations: [{ ...planned, durationMinutes: 0 }] }))).toMatch(
      /conversations\[0\]\.durationMinutes: expected 1 or more/,
    );
    expect(error(file({ conversations: [{ ...planned, durationMinutes: '15' }] }))).toMatch(
      /conversations\[0\]\.durationMinutes: expected a number/,
    );
  });

  it('gives every optional field its default where it is absent or null', () => {
    const bare = {
      id: 'c2',
      contactId: 'priya-raman',
      status: 'requested',
      createdAt: conversation.createdAt,
      updatedAt: conversation.updatedAt,
    };
    const nulls = {
      ...bare,
      id: 'c3',
      channel: null,
      goal: null,
      outcomes: null,
      referrals: null,
      notes: null,
      contactPerson: null,
      prepNotes: null,
      durationMinutes: null,
    };
    const halfOutcomes = { ...bare, id: 'c4', status: 'met', outcomes: { connected: true, referral: null } };
    const bareContact = {
      id: 'marcus',
      name: 'Marcus',
      createdAt: contact.createdAt,
      updatedAt: contact.updatedAt,
      notes: null,
      edited: null,
      company: null,
    };
    const r = readBackup(
      file({
        contacts: [contact, bareContact],
        conversations: [conversation, bare, nulls, halfOutcomes],
        settings: { myName: null, noteLimit: 300 },
      }),
    );
    if (!r.ok) throw new Error(r.error);
    const [, a, b, c] = r.backup.conversations;
    const defaults = {
      channel: 'other',
      goal: 1,
      outcomes: { connected: false, referral: false, memorable: false, opening: false },
      referrals: [],
      notes: '',
    };
    expect(a).toMatchObject(defaults);
    expect(b).toMatchObject(defaults);
    expect(c!.outcomes).toEqual({ connected: true, referral: false, memorable: false, opening: false });
    expect(r.backup.contacts[1]).toMatchObject({ notes: '', edited: null, company: null });
    // A null setting leaves the user's own value alone; one that is given applies.
    expect(r.backup.settings).toEqual({ noteLimit: 300 });
  });

  it('still refuses a record without a required field, saying which and where', () => {
    const without = (record: Record<string, unknown>, key: string) =>
      Object.fromEntries(Object.entries(record).filter(([k]) => k !== key));
    const others = [1, 2, 3].map((i) => ({ ...conversation, id: `c${i + 1}` }));
    for (const key of ['id', 'contactId', 'status', 'createdAt', 'updatedAt']) {
      expect(error(file({ conversations: [conversation, ...others.slice(0, 2), without(others[2]!, key)] }))).toMatch(
        new RegExp(`^conversations\\[3\\]\\.${key}: `),
      );
      expect(
        error(file({ conversations: [conversation, ...others.slice(0, 2), { ...others[2]!, [key]: null }] })),
      ).toMatch(new RegExp(`^conversations\\[3\\]\\.${key}: `));
    }
    for (const key of ['id', 'name', 'createdAt', 'updatedAt']) {
      expect(error(file({ contacts: [contact, without({ ...contact, id: 'b' }, key)] }))).toMatch(
        new RegExp(`^contacts\\[1\\]\\.${key}: `),
      );
    }
  });

  it('round-trips what it writes', () => {
    const r = readBackup(file());
    if (!r.ok) throw new Error(r.error);
    const again = readBackup(writeBackup(r.backup, new Date('2026-11-28T11:00:00Z')));
    if (!again.ok) throw new Error(again.error);
    expect(again.backup.contacts).toEqual(r.backup.contacts);
    expect(again.backup.conversations).toEqual(r.backup.conversations);
  });

  it('says what is wrong and where', () => {
    expect(error('')).toMatch(/empty/);
    expect(error('{not json')).toMatch(/not valid JSON/);
    expect(error('[1,2]')).toMatch(/expected a JSON object/);
    expect(error(JSON.stringify({ format: 'other', version: 1 }))).toMatch(/format: expected "fifteen-backup"/);
    expect(error(file({ version: 2 }))).toMatch(/newer version of Fifteen/);
    expect(error(file({ version: '1' }))).toMatch(/^version: expected a whole number/);
    expect(
      error(
        file({
          conversations: [conversation, conversation, conversation, { ...conversation, id: 'c4', status: 'ghosted' }],
        }),
      ),
    ).toMatch(/conversations\[1\]\.id: "c1" is used twice/);
    expect(
      error(
        file({
          conversations: [
            conversation,
            { ...conversation, id: 'c2' },
            { ...conversation, id: 'c3' },
            { ...conversation, id: 'c4', status: 'ghosted' },
          ],
        }),
      ),
    ).toMatch(
      /^conversations\[3\]\.status: expected one of "requested", "scheduled", "met", "declined", "no-response"/,
    );
    expect(error(file({ conversations: [{ ...conversation, goal: 5 }] }))).toMatch(
      /conversations\[0\]\.goal: expected one of 1, 2, 3, 4/,
    );
    expect(error(file({ conversations: [{ ...conversation, metAt: 'last Tuesday' }] }))).toMatch(
      /conversations\[0\]\.metAt: expected an ISO 8601 date/,
    );
    expect(error(file({ contacts: [{ ...contact, name: 42 }] }))).toMatch(/contacts\[0\]\.name: expected text/);
    expect(error(file({ contacts: [] }))).toMatch(/conversations\[0\]\.contactId: no contact with id "priya-raman"/);
    expect(error(file({ contacts: 'none' }))).toMatch(/contacts: expected a list/);
    expect(error(file({ settings: { noteLimit: 250 } }))).toMatch(/settings\.noteLimit: expected 200 or 300/);
  });

  it('accepts only LinkedIn profile addresses as a contact’s profileUrl', () => {
    const withUrl = (profileUrl: unknown) =>
      file({ contacts: [contact, { ...contact, id: 'b' }, { ...contact, id: 'c', profileUrl }] });
    for (const ok of [
      'https://www.linkedin.com/in/priya-raman/',
      'https://linkedin.com/in/priya-raman',
      'https://www.linkedin.com/in/jos%C3%A9-garc%C3%ADa/',
      null,
    ]) {
      expect(readBackup(withUrl(ok)).ok).toBe(true);
    }
    for (const bad of [
      'https://evil.example/in/priya-raman/',
      'javascript:alert(1)',
      'http://www.linkedin.com/in/priya-raman/',
      'https://www.linkedin.com.evil.example/in/priya-raman/',
      'https://www.linkedin.com@evil.example/in/priya-raman/',
      'https://www.linkedin.com/redir/redirect?url=https%3A%2F%2Fevil.example',
      'https://www.linkedin.com/in/priya-raman/../../redir/redirect',
      'https://www.linkedin.com/in/',
      'Priya on LinkedIn',
      42,
    ]) {
      expect(error(withUrl(bad))).toBe('contacts[2].profileUrl: expected a LinkedIn profile address');
    }
  });

  it('names files with the local date', () => {
    expect(backupFileName(new Date(2026, 10, 8))).toBe('fifteen-backup-2026-11-08.json');
  });
});

describe('mergeById', () => {
  it('adds new ids, replaces older ones, keeps newer ones', () => {
    const existing = new Map([
      ['a', { id: 'a', updatedAt: '2026-01-01T00:00:00Z', v: 1 }],
      ['b', { id: 'b', updatedAt: '2026-03-01T00:00:00Z', v: 1 }],
    ]);
    const result = mergeById(existing, [
      { id: 'a', updatedAt: '2026-02-01T00:00:00Z', v: 2 },
      { id: 'b', updatedAt: '2026-02-01T00:00:00Z', v: 2 },
      { id: 'c', updatedAt: '2026-02-01T00:00:00Z', v: 2 },
    ]);
    expect(result).toMatchObject({ added: 1, updated: 1, unchanged: 1, written: ['a', 'c'] });
    expect(existing.get('a')!.v).toBe(2);
    expect(existing.get('b')!.v).toBe(1);
  });
});

describe('backup files: every bad case names what and where', () => {
  it('refuses wrong types, bad dates, duplicate contacts and odd lists', () => {
    expect(error(file({ conversations: [{ ...conversation, outcomes: { connected: 'yes' } }] }))).toMatch(
      /^conversations\[0\]\.outcomes\.connected: expected true or false/,
    );
    expect(error(file({ conversations: [{ ...conversation, goal: '3' }] }))).toMatch(
      /^conversations\[0\]\.goal: expected one of 1, 2, 3, 4/,
    );
    expect(error(file({ conversations: [{ ...conversation, goal: 0 }] }))).toMatch(
      /^conversations\[0\]\.goal: expected one of/,
    );
    expect(error(file({ conversations: [{ ...conversation, updatedAt: '2026-02-30T99:00:00Z' }] }))).toMatch(
      /^conversations\[0\]\.updatedAt: expected an ISO 8601 date/,
    );
    expect(error(file({ conversations: [{ ...conversation, requestedAt: 1700000000000 }] }))).toMatch(
      /^conversations\[0\]\.requestedAt: expected a date string/,
    );
    expect(error(file({ contacts: [contact, { ...contact, name: 'Priya again' }] }))).toMatch(
      /^contacts\[1\]\.id: "priya-raman" is used twice \(also at contacts\[0\]\)/,
    );
    expect(error(file({ contacts: [{ ...contact, id: '' }] }))).toMatch(/^contacts\[0\]\.id: expected a non-empty id/);
    expect(error(file({ contacts: [contact, 'Priya'] }))).toMatch(/^contacts\[1\]/);
    expect(error(file({ conversations: { c1: conversation } }))).toMatch(/^conversations: expected a list/);
    expect(error(file({ settings: { weeklyPointsGoal: -3 } }))).toMatch(
      /^settings\.weeklyPointsGoal: expected 0 or more/,
    );
    expect(error(file({ settings: { theme: 'purple' } }))).toMatch(
      /^settings\.theme: expected one of "system", "light", "dark"/,
    );
    expect(error(file({ version: 1.5 }))).toMatch(/^version: expected a whole number/);
    expect(error(JSON.stringify({ version: 1, contacts: [] }))).toMatch(
      /format: expected "fifteen-backup", found nothing/,
    );
    expect(error('   \n')).toMatch(/empty/);
    expect(error('null')).toMatch(/expected a JSON object/);
  });

  it('reads a large file in chunks, reporting progress, with the same result', async () => {
    const many = Array.from({ length: 4500 }, (_, i) => ({ ...conversation, id: `c${i}` }));
    const text = file({ conversations: many });
    const seen: string[] = [];
    let pauses = 0;
    const r = await readBackupAsync(text, {
      onProgress: (p) => seen.push(`${p.field} ${p.done}/${p.total}`),
      pause: async () => void pauses++,
    });
    expect(r.ok && r.backup.conversations.length).toBe(4500);
    expect(seen).toEqual([
      'contacts 1/1',
      'conversations 2000/4500',
      'conversations 4000/4500',
      'conversations 4500/4500',
    ]);
    expect(pauses).toBe(seen.length);
    expect(readBackup(text)).toEqual(r);
  });

  it('a large file with one bad record deep inside is refused, saying where', async () => {
    const many = Array.from({ length: 4500 }, (_, i) => ({
      ...conversation,
      id: `c${i}`,
      ...(i === 4321 ? { status: 'ghosted' } : {}),
    }));
    const r = await readBackupAsync(file({ conversations: many }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/^conversations\[4321\]\.status: expected one of/);
  });
});
