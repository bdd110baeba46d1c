import { describe, it, expect } from 'vitest';
import Papa from 'papaparse';
import type { Contact, Conversation } from '../../../utils/domain/model';
import { contactsCsv, conversationsCsv, toCsv } from '../../../utils/domain/csv';
import { parseConnectionsCsv } from '../../../utils/domain/connections-csv';
import { parseConnectedOn, slugFromProfileUrl } from '../../../utils/domain/connections-cells';

const NOW = new Date('2026-11-28T10:00:00.000Z');
const BOM = '\uFEFF';

/** Reads our own CSV back the way a spreadsheet would: BOM dropped, CRLF rows. */
const readBack = (csv: string) => Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;

describe('toCsv', () => {
  it('starts with a BOM and ends every row with CRLF', () => {
    expect(
      toCsv([
        ['a', 'b'],
        ['c', 'd'],
      ]),
    ).toBe(`${BOM}a,b\r\nc,d\r\n`);
  });

  it('quotes only when needed and doubles quotes', () => {
    expect(toCsv([['plain', 'a,b', 'say "hi"', 'two\nlines', 'cr\rhere']])).toBe(
      `${BOM}plain,"a,b","say ""hi""","two\nlines","cr\rhere"\r\n`,
    );
  });

  it('writes empty cells for null and undefined, and numbers and booleans as text', () => {
    expect(toCsv([[null, undefined, 0, 3, true, false, '']])).toBe(`${BOM},,0,3,true,false,\r\n`);
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    const cells = ['=HYPERLINK("http://x","y")', '+1', '-2', '@SUM(A1)', '\tTab', '\rCR', 'a=b', "'already"];
    expect(readBack(toCsv([cells]))[0]).toEqual([
      `'=HYPERLINK("http://x","y")`,
      "'+1",
      "'-2",
      "'@SUM(A1)",
      "'\tTab",
      "'\rCR",
      'a=b',
      "'already",
    ]);
  });

  it('leaves numbers alone, even negative ones', () => {
    expect(toCsv([[-1]])).toBe(`${BOM}-1\r\n`);
  });

  it('round-trips awkward text through a CSV parser', () => {
    const row = ['Zoë "Z" O\'Brien, PhD', '日本語', 'العربية', 'Ελληνικά', '👩‍💻 dev', 'line1\r\nline2'];
    expect(readBack(toCsv([row]))).toEqual([row]);
  });
});

const contact = (id: string, name: string, extra: Partial<Contact> = {}): Contact => ({
  id,
  name,
  notes: '',
  createdAt: '2026-11-01T09:00:00.000Z',
  updatedAt: '2026-11-01T09:00:00.000Z',
  ...extra,
});

const conversation = (extra: Partial<Conversation>): Conversation => ({
  id: 'c1',
  contactId: 'priya-raman',
  status: 'met',
  channel: 'linkedin-note',
  goal: 3,
  requestedAt: '2026-11-02T09:00:00.000Z',
  scheduledFor: null,
  metAt: '2026-11-10T16:00:00.000Z',
  outcomes: { connected: true, referral: true, memorable: true, opening: false },
  referrals: ['marcus-oyelaran', 'unknown-person'],
  contactPerson: null,
  notes: 'Great chat, =follow up',
  createdAt: '2026-11-02T09:00:00.000Z',
  updatedAt: '2026-11-10T17:00:00.000Z',
  ...extra,
});

describe('contactsCsv', () => {
  it('writes one row a person under readable headers', () => {
    const rows = readBack(
      contactsCsv([
        contact('priya-raman', 'Priya Raman', {
          company: 'Stripe',
          role: 'Senior Product Manager',
          profileUrl: 'https://www.linkedin.com/in/priya-raman/',
          connectedOn: '2026-11-28T00:00:00.000Z',
        }),
      ]),
    );
    expect(rows[0]?.slice(0, 8)).toEqual([
      'Name',
      'First name',
      'Company',
      'Role',
      'Headline',
      'Location',
      'Profile URL',
      'Connected on',
    ]);
    expect(rows[1]?.slice(0, 8)).toEqual([
      'Priya Raman',
      '',
      'Stripe',
      'Senior Product Manager',
      '',
      '',
      'https://www.linkedin.com/in/priya-raman/',
      '2026-11-28',
    ]);
    expect(rows[1]?.at(-2)).toBe('2026-11-01 09:00');
  });
});

describe('conversationsCsv', () => {
  const people = new Map([
    ['priya-raman', contact('priya-raman', 'Priya Raman', { company: 'Stripe' })],
    ['marcus-oyelaran', contact('marcus-oyelaran', 'Marcus Oyelaran')],
  ]);

  it('names people, labels status and channel, and scores the level reached', () => {
    const [head, row] = readBack(conversationsCsv([conversation({})], people));
    const byHeader = Object.fromEntries((head ?? []).map((h, i) => [h, row?.[i]]));
    expect(byHeader).toMatchObject({
      Person: 'Priya Raman',
      Company: 'Stripe',
      Status: 'Met',
      Channel: 'LinkedIn note',
      Goal: '3',
      'Level reached': '3',
      Points: '3',
      'Requested (UTC)': '2026-11-02 09:00',
      'Met (UTC)': '2026-11-10 16:00',
      'Referrals (names)': 'Marcus Oyelaran; unknown-person',
      'Contact person': '',
      Notes: 'Great chat, =follow up',
    });
  });

  it('scores nothing before the meeting and accepts a plain record of contacts', () => {
    const rows = readBack(
      conversationsCsv([conversation({ status: 'no-response', channel: 'email', contactPerson: 'marcus-oyelaran' })], {
        'marcus-oyelaran': { name: 'Marcus Oyelaran' },
      }),
    );
    const row = rows[1] ?? [];
    expect(row[0]).toBe('priya-raman');
    expect(row.slice(2, 7)).toEqual(['No response', 'Email', '3', '0', '0']);
    expect(row[11]).toBe('Marcus Oyelaran');
  });

  it("does not find a contact named after Object's prototype", () => {
    const rows = readBack(conversationsCsv([conversation({ contactId: 'constructor', referrals: [] })], {}));
    expect(rows[1]?.[0]).toBe('constructor');
  });
});

const NOTES = [
  'Notes:',
  '"When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download it."',
  '',
];
const HEADER = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On';

function file(rows: string[], eol = '\r\n', notes = NOTES): string {
  return [...notes, HEADER, ...rows].join(eol) + eol;
}

describe('parseConnectionsCsv', () => {
  it('skips the notes and reads each person, numbering lines as in the file', () => {
    const text =
      BOM +
      file([
        'Priya,Raman,https://www.linkedin.com/in/priya-raman-1a2b3c,,Stripe,Senior Product Manager,28 Nov 2026',
        'Marcus,Oyelaran,https://www.linkedin.com/in/marcus-o,marcus@example.com,"Acme, Inc.","Head of ""Growth""",11/28/26',
      ]);
    const result = parseConnectionsCsv(text, NOW);
    expect(result.skippedNotes).toBe(2);
    expect(result.problems).toEqual([]);
    expect(result.contacts).toEqual([
      {
        id: 'priya-raman-1a2b3c',
        name: 'Priya Raman',
        firstName: 'Priya',
        profileUrl: 'https://www.linkedin.com/in/priya-raman-1a2b3c/',
        company: 'Stripe',
        role: 'Senior Product Manager',
        connectedOn: '2026-11-28T00:00:00.000Z',
        source: 'connections-csv',
        notes: '',
        createdAt: NOW.toISOString(),
        updatedAt: NOW.toISOString(),
      },
      expect.objectContaining({
        id: 'marcus-o',
        name: 'Marcus Oyelaran',
        company: 'Acme, Inc.',
        role: 'Head of "Growth"',
        connectedOn: '2026-11-28T00:00:00.000Z',
      }),
    ]);
    expect(JSON.stringify(result.contacts)).not.toContain('marcus@example.com');
  });

  it('reports rows without a URL or a name by their line, and imports the rest', () => {
    const text = file([
      'Priya,Raman,https://www.linkedin.com/in/priya-raman,,Stripe,PM,28 Nov 2026', // line 5
      'Hidden,Member,,,Globex,Engineer,01 Oct 2026', // line 6
      ',,https://www.linkedin.com/in/no-name,,,,', // line 7
      'Web,Site,https://example.com/in/web-site,,,,', // line 8
    ]);
    const result = parseConnectionsCsv(text, NOW);
    expect(result.contacts.map((c) => c.id)).toEqual(['priya-raman']);
    expect(result.problems).toEqual([
      { line: 6, reason: expect.stringMatching(/no profile URL/) as string },
      { line: 7, reason: expect.stringMatching(/no name/) as string },
      { line: 8, reason: expect.stringMatching(/not a LinkedIn profile URL/) as string },
    ]);
  });

  it('keeps line numbers right after a quoted field with line breaks', () => {
    const text = file([
      'Ana,"Lee","https://www.linkedin.com/in/ana-lee",,"Line one\r\nLine two, with comma","Role ""quoted""",1 Jan 2025', // lines 5-6
      'No,Url,,,,,', // line 7
    ]);
    const result = parseConnectionsCsv(text, NOW);
    expect(result.contacts[0]?.company).toBe('Line one\r\nLine two, with comma');
    expect(result.contacts[0]?.role).toBe('Role "quoted"');
    expect(result.problems.map((p) => p.line)).toEqual([7]);
  });

  it('reads emoji and non-Latin names', () => {
    const text = file([
      'Zoë 🌻,Smith,https://www.linkedin.com/in/zoe-smith,,,,',
      '太郎,山田,https://www.linkedin.com/in/%E5%B1%B1%E7%94%B0,,日本語の会社,,',
      'ليلى,العربية,https://www.linkedin.com/in/layla,,,,',
      'Ελένη,Παπαδοπούλου,https://www.linkedin.com/in/eleni-p,,,Μηχανικός,',
    ]);
    const result = parseConnectionsCsv(text, NOW);
    expect(result.problems).toEqual([]);
    expect(result.contacts.map((c) => [c.id, c.name, c.firstName])).toEqual([
      ['zoe-smith', 'Zoë 🌻 Smith', 'Zoë 🌻'],
      ['山田', '太郎 山田', '太郎'],
      ['layla', 'ليلى العربية', 'ليلى'],
      ['eleni-p', 'Ελένη Παπαδοπούλου', 'Ελένη'],
    ]);
    expect(result.contacts[1]?.company).toBe('日本語の会社');
    expect(result.contacts[1]?.profileUrl).toBe('https://www.linkedin.com/in/%E5%B1%B1%E7%94%B0/');
  });

  it('works with LF line ends, no BOM, no notes, reordered and extra columns', () => {
    const text = [
      'Connected On,Position,URL,Last Name,First Name,Company,Email Address,Tags',
      '02/03/2024,CTO,linkedin.com/in/Sam-Roe,Roe,Sam,Initech,,friend',
      '',
    ].join('\n');
    const result = parseConnectionsCsv(text, NOW);
    expect(result.skippedNotes).toBe(0);
    expect(result.contacts).toEqual([
      expect.objectContaining({
        id: 'sam-roe',
        name: 'Sam Roe',
        company: 'Initech',
        role: 'CTO',
        profileUrl: 'https://www.linkedin.com/in/sam-roe/',
        connectedOn: '2024-02-03T00:00:00.000Z',
      }),
    ]);
  });

  it('keeps the later of two rows for the same profile and says so', () => {
    const text = file([
      'Priya,Raman,https://www.linkedin.com/in/priya-raman,,Old Co,,', // line 5
      'Priya,Raman,http://linkedin.com/in/Priya-Raman/,,Stripe,,', // line 6
    ]);
    const result = parseConnectionsCsv(text, NOW);
    expect(result.contacts).toHaveLength(1);
    expect(result.contacts[0]?.company).toBe('Stripe');
    expect(result.problems).toEqual([{ line: 5, reason: expect.stringContaining('line 6') as string }]);
  });

  it('leaves an unreadable date empty without calling it a problem', () => {
    const result = parseConnectionsCsv(file(['A,B,https://www.linkedin.com/in/ab,,,,sometime']), NOW);
    expect(result.contacts[0]?.connectedOn).toBeNull();
    expect(result.problems).toEqual([]);
  });

  it('throws a clear error when the file is something else', () => {
    expect(() => parseConnectionsCsv('Name,Email\nPriya,p@example.com\n', NOW)).toThrow(
      /doesn't look like LinkedIn's Connections\.csv: no line starts with First Name,Last Name,URL/,
    );
    expect(() => parseConnectionsCsv('', NOW)).toThrow(/Connections\.csv/);
  });

  it('ignores blank rows and a trailing row of empty fields', () => {
    const result = parseConnectionsCsv(file(['', 'A,B,https://www.linkedin.com/in/ab,,,,', ',,,,,,', '']), NOW);
    expect(result.contacts).toHaveLength(1);
    expect(result.problems).toEqual([]);
  });

  it('reads a file re-saved with semicolons', () => {
    const text = 'First Name;Last Name;URL;Company\nPriya;Raman;https://www.linkedin.com/in/priya-raman;Stripe, Inc.\n';
    expect(parseConnectionsCsv(text, NOW).contacts[0]?.company).toBe('Stripe, Inc.');
  });

  it('reports a row whose quote never closes instead of swallowing it', () => {
    const result = parseConnectionsCsv(
      file(['A,B,https://www.linkedin.com/in/ab,,,,', 'C,"D,https://www.linkedin.com/in/cd,,,,']),
      NOW,
    );
    expect(result.contacts.map((c) => c.id)).toEqual(['ab']);
    expect(result.problems).toEqual([{ line: 6, reason: expect.stringMatching(/couldn't read this row/) as string }]);
  });
});

describe('slugFromProfileUrl', () => {
  it('accepts the shapes LinkedIn and people write', () => {
    for (const url of [
      'https://www.linkedin.com/in/priya-raman-1a2b3c/',
      'https://www.linkedin.com/in/priya-raman-1a2b3c',
      'http://www.linkedin.com/in/priya-raman-1a2b3c?trk=x',
      'linkedin.com/in/priya-raman-1a2b3c',
      'https://uk.linkedin.com/in/priya-raman-1a2b3c/',
    ]) {
      expect(slugFromProfileUrl(url)).toBe('priya-raman-1a2b3c');
    }
    expect(slugFromProfileUrl('https://www.linkedin.com/company/stripe/')).toBeNull();
    expect(slugFromProfileUrl('https://evil-linkedin.com.example/in/x')).toBeNull();
  });
});

describe('parseConnectedOn', () => {
  it('reads the formats LinkedIn has used, at UTC midnight', () => {
    expect(parseConnectedOn('28 Nov 2026')).toBe('2026-11-28T00:00:00.000Z');
    expect(parseConnectedOn('1 September 2025')).toBe('2025-09-01T00:00:00.000Z');
    expect(parseConnectedOn('11/28/26')).toBe('2026-11-28T00:00:00.000Z');
    expect(parseConnectedOn('28/11/2026')).toBe('2026-11-28T00:00:00.000Z');
    expect(parseConnectedOn('Nov 28, 2026')).toBe('2026-11-28T00:00:00.000Z');
    expect(parseConnectedOn('2026-11-28')).toBe('2026-11-28T00:00:00.000Z');
  });

  it('gives null for what is not a real date', () => {
    for (const s of ['', 'yesterday', '31 Feb 2026', '13/13/26', '28 Foo 2026']) expect(parseConnectedOn(s)).toBeNull();
  });
});
