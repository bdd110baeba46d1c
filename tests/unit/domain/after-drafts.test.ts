// The drafts for after a chat: in the user's voice, thanks for their time, one thing learned,
// and the people the outcome names, by name; read as sentences when any of it is missing.
import { describe, expect, it } from 'vitest';
import { afterDraft, afterTemplate, checkAfterDraft, firstLearned, joinNames } from '@/utils/domain/after-drafts';
import { DEFAULT_AFTER_TEMPLATES } from '@/utils/domain/after-templates';
import type { Contact, Conversation, Template } from '@/utils/domain/model';
import { applyOutcome, newRequest } from '@/utils/domain/records';

const at = '2026-11-01T09:00:00.000Z';
const person = (id: string, name: string, extra: Partial<Contact> = {}): Contact => ({
  id,
  name,
  notes: '',
  createdAt: at,
  updatedAt: at,
  ...extra,
});
const contacts = new Map([
  ['priya', person('priya', 'Priya Raman', { firstName: 'Priya', company: 'Stripe' })],
  ['marcus-oyelaran', person('marcus-oyelaran', 'Marcus Oyelaran')],
  ['dana-lee', person('dana-lee', 'Dana Lee')],
]);
const me = { myName: 'Alex Morgan', exploring: 'product', pitch: '' };
const met = (input: Parameters<typeof applyOutcome>[1]): Conversation =>
  applyOutcome(
    newRequest('c1', { contactId: 'priya', channel: 'linkedin-note', goal: 4 }, new Date(at)),
    input,
    new Date('2026-11-10T17:00:00Z'),
  ).conversation;
const templates = DEFAULT_AFTER_TEMPLATES;

describe('drafts for after a chat', () => {
  it('thank-you: thanks them, says one thing learned, and names the referral and the contact person', () => {
    const c = met({
      status: 'met',
      outcomes: { connected: true, referral: true, memorable: false, opening: true },
      referralNames: ['Marcus Oyelaran', 'Dana Lee'],
      contactPersonName: 'Dana Lee',
      notes: 'They hire from litigation into policy.\nFollow up in January.',
    });
    const text = afterDraft('thank-you', c, { contacts }, me, templates);
    expect(text).toMatch(/^Hi Priya,\n\nThank you for taking the time to talk with me\./);
    expect(text).toContain('your work at Stripe');
    expect(text).toContain('One thing I keep thinking about: they hire from litigation into policy.');
    expect(text).toContain('suggested I speak with Marcus Oyelaran and Dana Lee.');
    expect(text).toContain('pointing me to Dana Lee about the opening');
    expect(text).toMatch(/\nAlex$/);
    expect(checkAfterDraft(text)).toEqual([]);
  });

  it('follow-up: names the person they suggested', () => {
    const c = met({
      status: 'met',
      outcomes: { connected: true, referral: true, memorable: false, opening: false },
      referralNames: ['Marcus Oyelaran'],
      notes: 'how their team runs discovery',
    });
    const text = afterDraft('follow-up', c, { contacts }, me, templates);
    expect(text).toContain('what you said about how their team runs discovery.');
    expect(text).toContain('I talked with Marcus Oyelaran, as you suggested');
    expect(text).not.toContain('opening');
  });

  it('reads as sentences with nothing to name and no notes', () => {
    const c = met({ status: 'met', outcomes: { connected: true, referral: false, memorable: false, opening: false } });
    for (const kind of ['thank-you', 'follow-up'] as const) {
      const text = afterDraft(
        kind,
        c,
        { contacts: new Map([['priya', person('priya', 'Priya Raman')]]) },
        { myName: '', exploring: '', pitch: '' },
        templates,
      );
      expect(text, kind).not.toMatch(/[{}[\]]| {2}| [,.?!]|\n{3}/);
      expect(text, kind).toMatch(/^Hi Priya,/);
    }
  });

  it('uses the user’s own template of the kind when there is one', () => {
    const mine: Template = {
      id: 'ty',
      name: 'Mine',
      kind: 'thank-you',
      goal: null,
      body: 'Thanks {firstName}[, and for {referral}]!',
    };
    expect(afterTemplate('thank-you', [mine])).toBe(mine);
    expect(afterTemplate('follow-up', [mine]).id).toBe('follow-up-warm');
    const c = met({
      status: 'met',
      outcomes: { connected: true, referral: true, memorable: false, opening: false },
      referralNames: ['Marcus Oyelaran'],
    });
    expect(afterDraft('thank-you', c, { contacts }, me, [mine])).toBe('Thanks Priya, and for Marcus Oyelaran!');
  });

  it('keeps one thing learned short, and joins names as a person would', () => {
    expect(firstLearned('\n  Their team ships on Thursdays.  \nmore')).toBe('their team ships on Thursdays');
    // A name stays as written.
    expect(firstLearned('Stripe hires from litigation.')).toBe('Stripe hires from litigation');
    expect([...firstLearned('x'.repeat(300))].length).toBe(158);
    expect(joinNames([])).toBe('');
    expect(joinNames(['A', 'B', 'C'])).toBe('A, B and C');
  });

  it('flags the squirm words, but not a missing time box (a thank-you asks for nothing)', () => {
    expect(checkAfterDraft('Thanks for the informational interview!').map((w) => w.code)).toEqual([
      'informational-interview',
    ]);
    expect(checkAfterDraft('Thank you for your time.')).toEqual([]);
  });
});
