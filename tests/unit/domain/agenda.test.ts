import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildAgenda, referralChains } from '@/utils/domain/agenda';
import { DEFAULT_SETTINGS, type Contact, type Conversation } from '@/utils/domain/model';

const person = (id: string, name: string, extra: Partial<Contact> = {}): Contact => ({
  id,
  name,
  firstName: null,
  profileUrl: `https://www.linkedin.com/in/${id}/`,
  headline: null,
  company: null,
  role: null,
  location: null,
  referredBy: null,
  source: null,
  connectedOn: null,
  edited: [],
  notes: '',
  createdAt: '2026-11-01T00:00:00.000Z',
  updatedAt: '2026-11-01T00:00:00.000Z',
  ...extra,
});
const talk = (id: string, contactId: string, extra: Partial<Conversation> = {}): Conversation => ({
  id,
  contactId,
  status: 'requested',
  channel: 'linkedin-note',
  goal: 1,
  requestedAt: '2026-11-01T10:00:00.000Z',
  scheduledFor: null,
  metAt: null,
  outcomes: { connected: false, referral: false, memorable: false, opening: false },
  referrals: [],
  contactPerson: null,
  notes: '',
  createdAt: '2026-11-01T10:00:00.000Z',
  updatedAt: '2026-11-01T10:00:00.000Z',
  ...extra,
});
const source = (contacts: Contact[], conversations: Conversation[]) => ({
  contacts: new Map(contacts.map((c) => [c.id, c])),
  conversations: new Map(conversations.map((c) => [c.id, c])),
});

const TZ = process.env.TZ;
beforeEach(() => {
  process.env.TZ = 'UTC';
});
afterEach(() => {
  process.env.TZ = TZ;
});

describe('buildAgenda', () => {
  const now = new Date('2026-11-20T12:00:00.000Z');

  it('is empty on no data', () => {
    const a = buildAgenda(source([], []), DEFAULT_SETTINGS, { now });
    expect(a).toEqual({ upcoming: [], thankYou: [], followUp: [], recent: [], chains: [] });
  });

  it('lists scheduled chats from today on, soonest first, with the contact', () => {
    const a = buildAgenda(
      source(
        [person('ana', 'Ana'), person('ben', 'Ben'), person('cy', 'Cy')],
        [
          talk('later', 'ana', { status: 'scheduled', scheduledFor: '2026-11-25T15:00:00.000Z' }),
          talk('today-earlier', 'ben', { status: 'scheduled', scheduledFor: '2026-11-20T08:00:00.000Z' }),
          talk('yesterday', 'cy', { status: 'scheduled', scheduledFor: '2026-11-19T15:00:00.000Z' }),
          talk('met', 'cy', {
            status: 'met',
            scheduledFor: '2026-11-22T15:00:00.000Z',
            metAt: '2026-11-22T15:00:00.000Z',
          }),
        ],
      ),
      DEFAULT_SETTINGS,
      { now },
    );
    expect(a.upcoming.map((i) => i.conversation.id)).toEqual(['today-earlier', 'later']);
    expect(a.upcoming[0]!.name).toBe('Ben');
    expect(a.upcoming[0]!.contact?.profileUrl).toBe('https://www.linkedin.com/in/ben/');
  });

  it('sorts due thank-yous and follow-ups apart, leaving out done and snoozed ones', () => {
    const met = (id: string, metAt: string, extra: Partial<Conversation> = {}) =>
      talk(id, 'ana', { status: 'met', metAt, ...extra });
    const a = buildAgenda(
      source(
        [person('ana', 'Ana')],
        [
          met('yesterday', '2026-11-19T10:00:00.000Z'),
          met('done', '2026-11-18T10:00:00.000Z', { thankYouDoneAt: '2026-11-19T10:00:00.000Z' }),
          met('snoozed', '2026-11-18T10:00:00.000Z', { thankYouSnoozedUntil: '2026-11-21T10:00:00.000Z' }),
          met('weeks-ago', '2026-10-28T10:00:00.000Z', { thankYouDoneAt: '2026-10-29T10:00:00.000Z' }),
        ],
      ),
      DEFAULT_SETTINGS,
      { now },
    );
    expect(a.thankYou.map((i) => i.conversation.id)).toEqual(['yesterday']);
    expect(a.followUp.map((i) => i.conversation.id)).toEqual(['weeks-ago']);
    expect(a.followUp[0]!.reminder.kind).toBe('follow-up');
  });

  it('keeps the five most recent conversations, newest first, with their level', () => {
    const list = Array.from({ length: 9 }, (_, i) =>
      talk(`c${i}`, 'ana', {
        status: 'met',
        metAt: `2026-11-${String(10 + i).padStart(2, '0')}T10:00:00.000Z`,
        outcomes: { connected: true, referral: false, memorable: i === 8, opening: false },
      }),
    );
    // Shuffled, to show the order comes from the dates, not the map.
    const a = buildAgenda(
      source(
        [person('ana', 'Ana')],
        [list[3]!, list[8]!, list[0]!, list[6]!, list[4]!, list[7]!, list[1]!, list[5]!, list[2]!],
      ),
      DEFAULT_SETTINGS,
      { now },
    );
    expect(a.recent.map((i) => i.conversation.id)).toEqual(['c8', 'c7', 'c6', 'c5', 'c4']);
    expect(a.recent.map((i) => i.level)).toEqual([3, 1, 1, 1, 1]);
  });

  it('shows who led to whom, from the conversations and from the contacts', () => {
    const a = buildAgenda(
      source(
        [
          person('priya', 'Priya'),
          person('marcus', 'Marcus', { referredBy: 'p1' }),
          person('dana', 'Dana', { referredBy: 'm1' }),
          person('lee', 'Lee'),
        ],
        [
          talk('p1', 'priya', { status: 'met', metAt: '2026-11-02T10:00:00.000Z', referrals: ['marcus'] }),
          // Marcus's conversation lists nobody, but Dana says she came from it.
          talk('m1', 'marcus', { status: 'met', metAt: '2026-11-09T10:00:00.000Z' }),
          talk('l1', 'lee', { status: 'met', metAt: '2026-11-09T10:00:00.000Z' }),
        ],
      ),
      DEFAULT_SETTINGS,
      { now },
    );
    expect(a.chains).toEqual([['Priya', 'Marcus', 'Dana']]);
  });
});

describe('referralChains', () => {
  const name = (id: string) => id.toUpperCase();
  it('branches into one line per end, longest first', () => {
    const children = new Map([
      ['a', new Set(['b', 'c'])],
      ['b', new Set(['d'])],
    ]);
    expect(referralChains(children, name)).toEqual([
      ['A', 'B', 'D'],
      ['A', 'C'],
    ]);
  });
  it('survives a cycle', () => {
    const children = new Map([
      ['a', new Set(['b'])],
      ['b', new Set(['a'])],
    ]);
    expect(referralChains(children, name)).toEqual([['A', 'B']]);
  });
  it('caps the number of lines', () => {
    const children = new Map([['a', new Set(['b', 'c', 'd', 'e', 'f', 'g'])]]);
    expect(referralChains(children, name, 3)).toHaveLength(3);
  });
});
