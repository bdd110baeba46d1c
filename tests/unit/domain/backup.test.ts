import { describe, expect, it } from 'vitest';
import { backupFileName, mergeById, readBackup, writeBackup } from '@/utils/domain/backup';

const contact = { id: 'priya-raman', name: 'Priya Raman', createdAt: '2026-11-01T09:00:00.000Z', updatedAt: '2026-11-01T09:00:00.000Z' };
const conversation = {
  id: 'c1', contactId: 'priya-raman', status: 'met', channel: 'linkedin-note', goal: 3,
  outcomes: { connected: true, referral: false, memorable: true, opening: false },
  createdAt: '2026-11-02T09:00:00.000Z', updatedAt: '2026-11-10T17:00:00.000Z',
};
const file = (over: Record<string, unknown> = {}) =>
  JSON.stringify({ format: 'fifteen-backup', version: 1, exportedAt: '2026-11-28T10:00:00.000Z', contacts: [contact], conversations: [conversation], settings: {}, ...over });
const error = (text: string) => {
  const r = readBackup(text);
  if (r.ok) throw new Error('expected the file to be refused');
  return r.error;
};

describe('backup files', () => {
  it('reads a valid file, ignoring fields it does not know', () => {
    const r = readBackup(file({ futureField: 1, contacts: [{ ...contact, shoeSize: 44 }] }));
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.backup.contacts[0]).not.toHaveProperty('shoeSize');
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
    expect(error(file({ conversations: [conversation, conversation, conversation, { ...conversation, id: 'c4', status: 'ghosted' }] }))).toMatch(
      /conversations\[1\]\.id: "c1" is used twice/,
    );
    expect(error(file({ conversations: [conversation, { ...conversation, id: 'c2' }, { ...conversation, id: 'c3' }, { ...conversation, id: 'c4', status: 'ghosted' }] }))).toMatch(
      /^conversations\[3\]\.status: expected one of "requested", "scheduled", "met", "declined", "no-response"/,
    );
    expect(error(file({ conversations: [{ ...conversation, goal: 5 }] }))).toMatch(/conversations\[0\]\.goal: expected one of 1, 2, 3, 4/);
    expect(error(file({ conversations: [{ ...conversation, metAt: 'last Tuesday' }] }))).toMatch(/conversations\[0\]\.metAt: expected an ISO 8601 date/);
    expect(error(file({ contacts: [{ ...contact, name: 42 }] }))).toMatch(/contacts\[0\]\.name: expected text/);
    expect(error(file({ contacts: [] }))).toMatch(/conversations\[0\]\.contactId: no contact with id "priya-raman"/);
    expect(error(file({ contacts: 'none' }))).toMatch(/contacts: expected a list/);
    expect(error(file({ settings: { noteLimit: 250 } }))).toMatch(/settings\.noteLimit: expected 200 or 300/);
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
