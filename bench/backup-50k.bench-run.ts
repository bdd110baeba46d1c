// How long a 50,000-conversation backup takes to import (read + check in chunks, then one merge
// transaction into the store) and to export, against WXT's fakeBrowser storage. Prints a table.
import { it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { readBackupAsync, writeBackup } from '@/utils/domain/backup';
import { importBackup } from '@/utils/store/operations';
import { loadSnapshot } from '@/utils/store/repository';
import { nextTask } from '@/utils/next-task';

const CONVERSATIONS = 50_000;
const CONTACTS = 10_000;
const iso = (n: number) => new Date(Date.UTC(2024, 0, 1) + n * 3_600_000).toISOString();

function bigBackup(): string {
  const contacts = Array.from({ length: CONTACTS }, (_, i) => ({
    id: `person-${i}`,
    name: `Person ${i}`,
    firstName: 'Person',
    profileUrl: `https://www.linkedin.com/in/person-${i}/`,
    headline: 'Senior Product Manager at Stripe',
    company: 'Stripe',
    role: 'Senior Product Manager',
    location: 'London',
    referredBy: null,
    notes: '',
    createdAt: iso(i),
    updatedAt: iso(i),
  }));
  const statuses = ['requested', 'scheduled', 'met', 'declined', 'no-response'];
  const conversations = Array.from({ length: CONVERSATIONS }, (_, i) => ({
    id: `conv-${i}`,
    contactId: `person-${i % CONTACTS}`,
    status: statuses[i % 5],
    channel: 'linkedin-note',
    goal: (i % 4) + 1,
    requestedAt: iso(i),
    scheduledFor: null,
    metAt: i % 5 === 2 ? iso(i + 48) : null,
    outcomes: { connected: true, referral: i % 3 === 0, memorable: i % 7 === 0, opening: false },
    referrals: [],
    contactPerson: null,
    notes: 'Talked about the team.',
    createdAt: iso(i),
    updatedAt: iso(i + 50),
  }));
  return JSON.stringify({
    format: 'fifteen-backup',
    version: 1,
    exportedAt: iso(0),
    contacts,
    conversations,
    settings: {},
  });
}

it(`imports and exports ${CONVERSATIONS.toLocaleString('en')} conversations`, async () => {
  fakeBrowser.reset();
  const text = bigBackup();
  const rows: [string, string][] = [['file size', `${(text.length / 1e6).toFixed(1)} MB`]];
  const time = async <T>(label: string, fn: () => Promise<T> | T): Promise<T> => {
    const t0 = performance.now();
    const out = await fn();
    rows.push([label, `${(performance.now() - t0).toFixed(0)} ms`]);
    return out;
  };
  let longest = 0;
  let last = performance.now();
  let reports = 0;
  const t0 = performance.now();
  const result = await time('read + check (chunked, 2,000 a turn)', () =>
    readBackupAsync(text, {
      onProgress: () => void reports++,
      pause: () =>
        nextTask().then(() => {
          const now = performance.now();
          longest = Math.max(longest, now - last);
          last = now;
        }),
    }),
  );
  if (!result.ok) throw new Error(result.error);
  rows.push(
    ['longest step between pauses (incl. JSON.parse)', `${longest.toFixed(0)} ms`],
    ['progress reports', String(reports)],
  );
  const summary = await time('merge (one transaction)', () => importBackup(result.backup));
  rows.push(['import total', `${(performance.now() - t0).toFixed(0)} ms`]);
  const snap = await time('export: load snapshot', () => loadSnapshot());
  const out = await time('export: write JSON', () =>
    writeBackup({
      contacts: snap.contacts.values(),
      conversations: snap.conversations.values(),
      settings: snap.settings,
    }),
  );
  rows.push(['export size', `${(out.length / 1e6).toFixed(1)} MB`], ['imported', summary.message]);
  console.log('\n' + rows.map(([k, v]) => `${k.padEnd(48)} ${v}`).join('\n'));
});
