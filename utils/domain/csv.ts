// CSV out (docs/product.md, the options page): contacts and conversations exported for a
// spreadsheet, in our own columns. Reading LinkedIn's "Connections.csv" in is connections-csv.ts.
// Pure TypeScript: no wxt, no preact, no DOM.
import type { Channel, Contact, Conversation, Status } from './model';
import { levelOf, pointsOf } from './points';

export type CsvCell = string | number | boolean | null | undefined;

// Spreadsheets run a cell that starts with one of these as a formula (OWASP "CSV injection").
const FORMULA_START = /^[=+\-@\t\r]/;

function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  // Numbers are data, never formulas; every string is treated alike, whatever it looks like.
  let s = typeof value === 'string' ? value : String(value);
  if (typeof value === 'string' && FORMULA_START.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * RFC 4180 CSV: CRLF line ends (the last row too), fields quoted only when they hold a quote,
 * comma or line break, quotes doubled. Starts with a UTF-8 byte order mark, without which Excel
 * reads UTF-8 as Windows-1252 and mangles every name outside ASCII.
 */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return '\uFEFF' + rows.map((row) => row.map(csvCell).join(',') + '\r\n').join('');
}

/** "2026-11-10 16:00", in UTC: readable, sortable, and understood by spreadsheets as a date. */
function dateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? iso : new Date(ms).toISOString().slice(0, 16).replace('T', ' ');
}

function dateOnly(iso: string | null | undefined): string {
  return dateTime(iso).slice(0, 10);
}

export const STATUS_LABELS: Record<Status, string> = {
  requested: 'Requested',
  scheduled: 'Scheduled',
  met: 'Met',
  declined: 'Declined',
  'no-response': 'No response',
};

export const CHANNEL_LABELS: Record<Channel, string> = {
  'linkedin-note': 'LinkedIn note',
  'linkedin-message': 'LinkedIn message',
  email: 'Email',
  other: 'Other',
};

/** Contacts as a spreadsheet: one row a person. */
export function contactsCsv(contacts: Iterable<Contact>): string {
  const rows: CsvCell[][] = [
    [
      'Name',
      'First name',
      'Company',
      'Role',
      'Headline',
      'Location',
      'Profile URL',
      'Connected on',
      'Source',
      'Notes',
      'Added (UTC)',
      'Updated (UTC)',
    ],
  ];
  for (const c of contacts) {
    rows.push([
      c.name,
      c.firstName,
      c.company,
      c.role,
      c.headline,
      c.location,
      c.profileUrl,
      dateOnly(c.connectedOn),
      c.source,
      c.notes,
      dateTime(c.createdAt),
      dateTime(c.updatedAt),
    ]);
  }
  return toCsv(rows);
}

export type NameLookup =
  ReadonlyMap<string, Pick<Contact, 'name' | 'company'>> | Readonly<Record<string, Pick<Contact, 'name' | 'company'>>>;

function lookupContact(contacts: NameLookup, id: string): Pick<Contact, 'name' | 'company'> | undefined {
  if (contacts instanceof Map) return contacts.get(id);
  // Own properties only: a contact id such as "constructor" must not find Object's prototype.
  const record = contacts as Readonly<Record<string, Pick<Contact, 'name' | 'company'>>>;
  return Object.hasOwn(record, id) ? record[id] : undefined;
}

/** Conversations as a spreadsheet, with people by name (their id where the contact is unknown). */
export function conversationsCsv(conversations: Iterable<Conversation>, contactsById: NameLookup): string {
  const nameOf = (id: string) => lookupContact(contactsById, id)?.name || id;
  const rows: CsvCell[][] = [
    [
      'Person',
      'Company',
      'Status',
      'Channel',
      'Goal',
      'Level reached',
      'Points',
      'Requested (UTC)',
      'Scheduled (UTC)',
      'Met (UTC)',
      'Referrals (names)',
      'Contact person',
      'Notes',
    ],
  ];
  for (const c of conversations) {
    rows.push([
      nameOf(c.contactId),
      lookupContact(contactsById, c.contactId)?.company,
      STATUS_LABELS[c.status],
      CHANNEL_LABELS[c.channel],
      c.goal,
      levelOf(c),
      pointsOf(c),
      dateTime(c.requestedAt),
      dateTime(c.scheduledFor),
      dateTime(c.metAt),
      c.referrals.map(nameOf).join('; '),
      c.contactPerson ? nameOf(c.contactPerson) : '',
      c.notes,
    ]);
  }
  return toCsv(rows);
}
