// The quick check must never say yes where the schema says no, and must give the very record
// the schema gives: over valid records, and over many mutated ones.
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { ContactSchema, ConversationSchema, isTimestamp } from '@/utils/domain/model';
import { QUICK_FAIL, quickContact, quickConversation } from '@/utils/domain/quick-check';

const contact = {
  id: 'priya-raman',
  name: 'Priya Raman',
  firstName: 'Priya',
  profileUrl: 'https://www.linkedin.com/in/priya-raman/',
  headline: 'Senior Product Manager at Stripe',
  company: 'Stripe',
  role: 'Senior Product Manager',
  location: 'San Francisco Bay Area',
  referredBy: null,
  source: 'profile',
  connectedOn: '2026-10-01T00:00:00.000Z',
  edited: ['company'],
  notes: '',
  createdAt: '2026-11-01T09:00:00.000Z',
  updatedAt: '2026-11-01T09:00:00.000Z',
};
const conversation = {
  id: '0f8e9a0c-1',
  contactId: 'priya-raman',
  status: 'met',
  channel: 'linkedin-note',
  goal: 3,
  requestedAt: '2026-11-02T09:00:00.000Z',
  scheduledFor: '2026-11-10T16:00:00.000Z',
  metAt: '2026-11-10T16:00:00.000Z',
  outcomes: { connected: true, referral: true, memorable: true, opening: false },
  referrals: ['marcus-oyelaran'],
  contactPerson: null,
  notes: 'Talked about the team.',
  thankYouDoneAt: null,
  followUpDoneAt: null,
  thankYouSnoozedUntil: null,
  followUpSnoozedUntil: null,
  createdAt: '2026-11-02T09:00:00.000Z',
  updatedAt: '2026-11-10T17:00:00.000Z',
};
const minimalContact = { id: 'a', name: 'A', createdAt: contact.createdAt, updatedAt: contact.updatedAt };
const minimalConversation = {
  id: 'c',
  contactId: 'a',
  status: 'requested',
  channel: 'email',
  goal: 1,
  createdAt: contact.createdAt,
  updatedAt: contact.updatedAt,
};

// Values each field is tried with: the odd, the wrong and the borderline.
const ODD_VALUES: unknown[] = [
  undefined,
  null,
  '',
  ' ',
  'x',
  ' padded ',
  'padded\u00a0',
  '\ufeffbom',
  'a'.repeat(200),
  'a'.repeat(201),
  'a'.repeat(300),
  'a'.repeat(301),
  0,
  1,
  2,
  3,
  4,
  5,
  1.5,
  -1,
  NaN,
  '3',
  true,
  false,
  'true',
  [],
  ['x'],
  [' x '],
  [''],
  [1],
  {},
  { connected: true },
  { connected: 'yes' },
  { connected: true, extra: 1 },
  { opening: undefined },
  'met',
  'ghosted',
  'linkedin-note',
  'fax',
  'requested',
  'no-response',
  '2026-11-02T09:00:00.000Z',
  '2026-11-02T09:00:00Z',
  '2026-11-02',
  '2026-11-02T09:00',
  '2026-11-02T09:00:00.123456789Z',
  '2026-11-02T09:00:00+01:00',
  '2026-13-02T09:00:00.000Z',
  '2026-02-31T09:00:00.000Z',
  '2026-11-02T25:00:00.000Z',
  '2026-11-02T09:60:00.000Z',
  '2026-11-02T24:00:00.000Z',
  '2026-11-02 09:00:00.000Z',
  'last Tuesday',
  '+020260-11-02T09:00:00.000Z',
  '2026-11-02T09:00:00.000z',
  'https://www.linkedin.com/in/priya-raman/',
  'https://linkedin.com/in/priya-raman',
  'https://www.linkedin.com/in/jos%C3%A9/',
  'https://www.linkedin.com/in/../',
  'https://www.linkedin.com/in/./',
  'https://www.linkedin.com/in/%2e%2e/',
  'https://www.linkedin.com/in/a.b/',
  'https://www.linkedin.com/in/a/b/',
  'https://www.linkedin.com/in/a?x=1',
  'https://www.linkedin.com/in/a#x',
  'https://www.linkedin.com:443/in/a/',
  'https://www.linkedin.com:444/in/a/',
  'https://user@www.linkedin.com/in/a/',
  'http://www.linkedin.com/in/a/',
  'https://evil.com/in/a/',
  'https://www.linkedin.com.evil.com/in/a/',
  'https://WWW.LinkedIn.com/in/a/',
  'https://www.linkedin.com/in/a\\b/',
  'https://www.linkedin.com/in/a b/',
  'https://www.linkedin.com/in/\ta/',
  'https://www.linkedin.com/in/',
  'https://www.linkedin.com/company/a/',
  'javascript:alert(1)',
];

function* mutations(base: Record<string, unknown>, extraKeys: string[]): Generator<[string, unknown]> {
  yield ['as is', base];
  const keys = [...new Set([...Object.keys(base), ...extraKeys])];
  for (const key of keys) {
    const { [key]: _, ...without } = base;
    yield [`without ${key}`, without];
    for (const value of ODD_VALUES)
      yield [`${key} = ${JSON.stringify(value) ?? 'undefined'}`, { ...base, [key]: value }];
  }
  yield ['an extra field', { ...base, shoeSize: 44 }];
  yield ['extra fields of every kind', { ...base, a: null, b: undefined, c: [1], d: { e: 1 } }];
  yield [
    'a __proto__ key',
    JSON.parse(JSON.stringify({ ...base, x: 1 }).replace('"x":1', '"__proto__":{"polluted":1}')),
  ];
  yield ['a constructor key', { ...base, constructor: 1 }];
  for (const odd of [null, [], 'x', 42, [base]]) yield [`the record is ${JSON.stringify(odd)}`, odd];
}

function agree(schema: v.GenericSchema, quick: (x: unknown) => unknown, label: string, input: unknown) {
  const slow = v.safeParse(schema, input);
  const fast = quick(input);
  if (fast === QUICK_FAIL) return { quick: false, schema: slow.success };
  expect(slow.success, `${label}: the quick check said yes, the schema no`).toBe(true);
  if (slow.success) expect(fast, `${label}: a different record`).toStrictEqual(slow.output);
  return { quick: true, schema: true };
}

describe('the quick check agrees with the schema', () => {
  for (const [name, schema, quick, bases] of [
    ['contacts', ContactSchema, quickContact, [contact, minimalContact]],
    ['conversations', ConversationSchema, quickConversation, [conversation, minimalConversation]],
  ] as const) {
    it(`${name}: takes well-formed records, giving the schema's output`, () => {
      for (const base of bases) expect(agree(schema, quick, 'base', base)).toEqual({ quick: true, schema: true });
    });

    it(`${name}: never says yes where the schema says no, over many mutated records`, () => {
      let tried = 0;
      let quickYes = 0;
      let schemaNo = 0;
      const extra = Object.keys(schema.entries);
      for (const base of bases) {
        for (const [label, input] of mutations(base, extra)) {
          const r = agree(schema, quick, label, input);
          tried++;
          if (r.quick) quickYes++;
          if (!r.schema) schemaNo++;
        }
      }
      // The test means something: many mutants, both kinds among them.
      expect(tried).toBeGreaterThan(1000);
      expect(quickYes).toBeGreaterThan(100);
      expect(schemaNo).toBeGreaterThan(300);
    });
  }

  it('does not share the input arrays with the record it gives', () => {
    const input = { ...conversation, referrals: ['x'] };
    const out = quickConversation(input);
    if (out === QUICK_FAIL) throw new Error('expected a record');
    expect(out.referrals).not.toBe(input.referrals);
  });
});

describe('isTimestamp', () => {
  it('answers as Date.parse does for every part in and out of range, in toISOString form', () => {
    const pad = (n: number, w = 2) => String(n).padStart(w, '0');
    let tried = 0;
    for (const year of [0, 1970, 2026, 9999]) {
      for (let month = 0; month <= 13; month++) {
        for (const day of [0, 1, 15, 28, 29, 30, 31, 32]) {
          for (const [h, m, sec] of [
            [0, 0, 0],
            [23, 59, 59],
            [24, 0, 0],
            [12, 60, 0],
            [12, 0, 60],
            [99, 99, 99],
          ]) {
            const s = `${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad(h!)}:${pad(m!)}:${pad(sec!)}.000Z`;
            expect(isTimestamp(s), s).toBe(!Number.isNaN(Date.parse(s)));
            tried++;
          }
        }
      }
    }
    expect(tried).toBeGreaterThan(2000);
  });

  it('still takes the other ISO 8601 forms, and nothing else', () => {
    for (const ok of [
      '2026-11-02',
      '2026-11-02T09:00',
      '2026-11-02T09:00:00Z',
      '2026-11-02T09:00:00+01:00',
      '2026-11-02T09:00:00.123456789Z',
    ])
      expect(isTimestamp(ok), ok).toBe(true);
    for (const bad of [
      '',
      'last Tuesday',
      '2026-11-02 09:00:00.000Z',
      '2026-11-02T09:00:00.000z',
      '02/11/2026',
      '2026-11-02T09:00:00.000Z ',
    ])
      expect(isTimestamp(bad), bad).toBe(false);
  });
});
