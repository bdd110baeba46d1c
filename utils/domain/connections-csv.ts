// LinkedIn's own "Connections.csv" data export read in as contacts (docs/product.md, the options
// page). Reading is strict about what it cannot use and says so row by row, never dropping a
// person silently. Pure TypeScript: no wxt, no preact, no DOM.
import Papa from 'papaparse';
import * as v from 'valibot';
import { ContactSchema, describeIssues, profileUrlFor, slugToId, type Contact } from './model';
import { parseConnectedOn, slugFromProfileUrl } from './connections-cells';

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

/** The header line: its 0-based index, the delimiter and where each column is. */
interface Header {
  line: number;
  delimiter: string;
  columns: Partial<Record<Column, number>>;
}

/** The text of line `i`, without its line end. */
const lineAt = (body: string, starts: readonly number[], i: number) =>
  body.slice(starts[i], starts[i + 1] ?? body.length);

/** The first line that is the header, wherever it is. */
function findHeader(body: string, starts: readonly number[]): Header | null {
  for (let i = 0; i < starts.length; i++) {
    const line = lineAt(body, starts, i).replace(/[\r\n]+$/, '');
    const header = /url/i.test(line) ? readHeader(line) : null;
    if (header) return { line: i, ...header };
  }
  return null;
}

/** How many non-blank lines of notes come before the header. */
function notesAbove(body: string, starts: readonly number[], headerLine: number): number {
  let notes = 0;
  for (let i = 0; i < headerLine; i++) if (lineAt(body, starts, i).trim() !== '') notes++;
  return notes;
}

type RowReading = { ok: true; contact: Contact } | { ok: false; reason: string };

/** One row as a contact, or why it is not imported. `cell` gives a column's trimmed text. */
function contactFromRow(cell: (col: Column) => string, stamp: string): RowReading {
  const first = cell('first');
  const last = cell('last');
  const name = [first, last].filter(Boolean).join(' ');
  const url = cell('url');
  const slug = url ? slugFromProfileUrl(url) : null;
  const missing: string[] = [];
  if (!name) missing.push('no name');
  if (!url) missing.push('no profile URL (LinkedIn leaves it out for some members)');
  else if (!slug) missing.push(`"${url}" is not a LinkedIn profile URL (linkedin.com/in/…)`);
  if (missing.length > 0 || !slug) return { ok: false, reason: `${missing.join('; ')}: not imported` };

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
  if (!parsed.success) return { ok: false, reason: `${describeIssues(parsed.issues).join('; ')}: not imported` };
  return { ok: true, contact: parsed.output };
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
  const header = findHeader(body, starts);
  if (!header) {
    throw new Error(
      "This doesn't look like LinkedIn's Connections.csv: no line starts with First Name,Last Name,URL… " +
        'Export it from LinkedIn (Settings → Data privacy → Get a copy of your data → Connections) and choose that file.',
    );
  }

  const { delimiter, columns } = header;
  const base = starts[header.line]!;
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
      if (row.every((c) => c.trim() === '')) return;
      const firstError = result.errors[0];
      if (firstError) {
        problems.push({ line, reason: `couldn't read this row: ${firstError.message}` });
        return;
      }
      const reading = contactFromRow((col) => {
        const at = columns[col];
        return at === undefined ? '' : (row[at] ?? '').trim();
      }, stamp);
      if (!reading.ok) {
        problems.push({ line, reason: reading.reason });
        return;
      }
      const id = reading.contact.id;
      const earlier = bySlug.get(id);
      if (earlier)
        problems.push({ line: earlier.line, reason: `the same profile as line ${line}, which was imported instead` });
      bySlug.set(id, { line, contact: reading.contact });
    },
  });

  problems.sort((a, b) => a.line - b.line);
  const contacts = [...bySlug.values()].map((x) => x.contact);
  return { contacts, problems, skippedNotes: notesAbove(body, starts, header.line) };
}
