// CSV out and in (docs/product.md, the options page): contacts and conversations exported for a spreadsheet,
// and LinkedIn's own "Connections.csv" data export read in as contacts. Reading is strict about
// what it cannot use and says so row by row, never dropping a person silently.
// Pure TypeScript: no wxt, no preact, no DOM.
import Papa from 'papaparse';
import * as v from 'valibot';
import { ContactSchema, describeIssues, profileUrlFor, slugToId } from './model';
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

// ---------------------------------------------------------------------------------------------
// Reading LinkedIn's Connections.csv

export interface ConnectionsImport {
  contacts: Contact[];
  /** Rows that were not imported, with their 1-based line number in the file and why. */
  problems: { line: number; reason: string }[];
  /** Non-blank lines of LinkedIn's notes above the header, which are not data. */
  skippedNotes: number;
}

const HEADER_NAMES = {
  first: ['first name'],
  last: ['last name'],
  url: ['url', 'profile url'],
  company: ['company'],
  position: ['position'],
  connectedOn: ['connected on'],
} as const;
type Column = keyof typeof HEADER_NAMES;

const normaliseHeader = (cell: string) =>
  cell
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ');

/** Offsets at which each line starts; CRLF, LF and a lone CR all end a line. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 13 && text.charCodeAt(i + 1) === 10) i++;
    if (ch === 13 || ch === 10) starts.push(i + 1);
  }
  return starts;
}

/** 0-based index of the line holding `offset`. */
function lineIndexAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The columns a header line names, if it is the header: it must name First Name, Last Name and URL. */
function readHeader(line: string): { delimiter: string; columns: Partial<Record<Column, number>> } | null {
  // LinkedIn writes commas; a file re-saved by a European spreadsheet may use semicolons or tabs.
  for (const delimiter of [',', ';', '\t']) {
    const cells = (Papa.parse<string[]>(line, { delimiter }).data[0] ?? []).map(normaliseHeader);
    const columns: Partial<Record<Column, number>> = {};
    for (const key of Object.keys(HEADER_NAMES) as Column[]) {
      const at = cells.findIndex((c) => (HEADER_NAMES[key] as readonly string[]).includes(c));
      if (at >= 0) columns[key] = at;
    }
    if (columns.first !== undefined && columns.last !== undefined && columns.url !== undefined)
      return { delimiter, columns };
  }
  return null;
}

const PROFILE_RE = /^(?:https?:\/\/)?(?:[a-z0-9-]+\.)*linkedin\.com\/in\/([^/?#\s]+)/i;

/** The profile slug in a LinkedIn profile URL, or null if it is not one. */
export function slugFromProfileUrl(url: string): string | null {
  const m = PROFILE_RE.exec(url.trim());
  return m?.[1] ?? null;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function monthFromName(name: string): number | null {
  const key = name.toLowerCase().slice(0, 3);
  const i = MONTHS.indexOf(key === 'sept' ? 'sep' : key);
  return i >= 0 ? i + 1 : null;
}

function utcDate(year: number, month: number, day: number): string | null {
  const y = year < 100 ? 2000 + year : year;
  const d = new Date(Date.UTC(y, month - 1, day));
  // Date.UTC rolls 31 Feb over into March; a date that does not exist is unreadable, not moved.
  if (d.getUTCFullYear() !== y || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return d.toISOString();
}

/**
 * "Connected On" as an ISO timestamp at UTC midnight. LinkedIn has written `28 Nov 2026` and
 * `11/28/26` (month first, as in the US; day first when the first number cannot be a month).
 * Anything else is null: the date is a nicety, not a reason to refuse the row.
 */
export function parseConnectedOn(raw: string): string | null {
  const s = raw.trim();
  let m = /^(\d{1,2})[\s-]+([a-z]{3,9})\.?,?[\s-]+(\d{2}|\d{4})$/i.exec(s);
  if (m) {
    const month = monthFromName(m[2]!);
    return month ? utcDate(Number(m[3]), month, Number(m[1])) : null;
  }
  m = /^([a-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})$/i.exec(s);
  if (m) {
    const month = monthFromName(m[1]!);
    return month ? utcDate(Number(m[3]), month, Number(m[2])) : null;
  }
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/.exec(s);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    return a > 12 ? utcDate(Number(m[3]), b, a) : utcDate(Number(m[3]), a, b);
  }
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (m) return utcDate(Number(m[1]), Number(m[2]), Number(m[3]));
  return null;
}

/**
 * Reads LinkedIn's Connections.csv into contacts. The file starts with a few lines of notes
 * before the header `First Name,Last Name,URL,Email Address,Company,Position,Connected On`; the
 * header is found wherever it is, and its columns may come in any order, with others beside them.
 * Email addresses are not kept: Fifteen has no use for them.
 *
 * @throws Error when no line is such a header (the file is something else).
 */
export function parseConnectionsCsv(text: string, now: Date): ConnectionsImport {
  const body = text.replace(/^\uFEFF/, '');
  const starts = lineStarts(body);
  let headerLine = -1;
  let header: ReturnType<typeof readHeader> = null;
  for (let i = 0; i < starts.length && !header; i++) {
    const line = body.slice(starts[i], starts[i + 1] ?? body.length).replace(/[\r\n]+$/, '');
    header = /url/i.test(line) ? readHeader(line) : null;
    if (header) headerLine = i;
  }
  if (!header) {
    throw new Error(
      "This doesn't look like LinkedIn's Connections.csv: no line starts with First Name,Last Name,URL… " +
        'Export it from LinkedIn (Settings → Data privacy → Get a copy of your data → Connections) and choose that file.',
    );
  }

  let skippedNotes = 0;
  for (let i = 0; i < headerLine; i++) {
    if (body.slice(starts[i], starts[i + 1] ?? body.length).trim() !== '') skippedNotes++;
  }

  const { delimiter, columns } = header;
  const base = starts[headerLine]!;
  const stamp = now.toISOString();
  const problems: ConnectionsImport['problems'] = [];
  const bySlug = new Map<string, { line: number; contact: Contact }>();
  let cursor = 0;
  let isHeader = true;

  Papa.parse<string[]>(body.slice(base), {
    delimiter,
    skipEmptyLines: 'greedy',
    step: (result) => {
      // Papa's cursor is just past the row; the row starts at the first non-blank after the last.
      let rowStart = cursor;
      while (rowStart < body.length - base && /\s/.test(body.charAt(base + rowStart))) rowStart++;
      cursor = result.meta.cursor;
      if (isHeader) {
        isHeader = false;
        return;
      }
      const line = lineIndexAt(starts, base + rowStart) + 1;
      const row = result.data;
      const cell = (col: Column) => {
        const at = columns[col];
        return at === undefined ? '' : (row[at] ?? '').trim();
      };
      if (row.every((c) => c.trim() === '')) return;
      const firstError = result.errors[0];
      if (firstError) {
        problems.push({ line, reason: `couldn't read this row: ${firstError.message}` });
        return;
      }

      const first = cell('first');
      const last = cell('last');
      const name = [first, last].filter(Boolean).join(' ');
      const url = cell('url');
      const slug = url ? slugFromProfileUrl(url) : null;
      const missing: string[] = [];
      if (!name) missing.push('no name');
      if (!url) missing.push('no profile URL (LinkedIn leaves it out for some members)');
      else if (!slug) missing.push(`"${url}" is not a LinkedIn profile URL (linkedin.com/in/…)`);
      if (missing.length > 0 || !slug) {
        problems.push({ line, reason: `${missing.join('; ')}: not imported` });
        return;
      }

      const id = slugToId(slug);
      const parsed = v.safeParse(ContactSchema, {
        id,
        name,
        firstName: first || null,
        profileUrl: profileUrlFor(id),
        company: cell('company') || null,
        role: cell('position') || null,
        connectedOn: parseConnectedOn(cell('connectedOn')),
        source: 'connections-csv',
        notes: '',
        createdAt: stamp,
        updatedAt: stamp,
      });
      if (!parsed.success) {
        problems.push({ line, reason: `${describeIssues(parsed.issues).join('; ')}: not imported` });
        return;
      }
      const earlier = bySlug.get(id);
      if (earlier)
        problems.push({ line: earlier.line, reason: `the same profile as line ${line}, which was imported instead` });
      bySlug.set(id, { line, contact: parsed.output });
    },
  });

  problems.sort((a, b) => a.line - b.line);
  return { contacts: [...bySlug.values()].map((x) => x.contact), problems, skippedNotes };
}
