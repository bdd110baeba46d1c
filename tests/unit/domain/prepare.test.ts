// The Prepare view's guide: three to five lines climbing to the goal, from the user's questions
// or the shipped ones, never in words the method's checks flag; and how the user found someone.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PREP_QUESTIONS,
  effectiveQuestions,
  guideFor,
  personBrief,
  questionWarnings,
} from '@/utils/domain/prepare';
import { templateVars } from '@/utils/domain/templates';
import type { Contact, Conversation, Goal, PrepQuestion } from '@/utils/domain/model';
import { newRequest } from '@/utils/domain/records';

const vars = templateVars(
  { name: 'Priya Raman', company: 'Stripe', role: 'Senior Product Manager' },
  { myName: 'Alex Morgan', exploring: 'product management', pitch: "I'm a litigator moving into product" },
);

describe('the guide for a chat', () => {
  it('gives three to five lines for every goal, opening with what they do and climbing to the goal', () => {
    for (const goal of [1, 2, 3, 4] as Goal[]) {
      const guide = guideFor(goal, DEFAULT_PREP_QUESTIONS, vars);
      expect(guide.length, `goal ${goal}`).toBeGreaterThanOrEqual(3);
      expect(guide.length, `goal ${goal}`).toBeLessThanOrEqual(5);
      expect(guide[0]!.level).toBe(1);
      expect(Math.max(...guide.map((q) => q.level))).toBe(goal);
      // Every rung up to the goal is there, in the order of a chat.
      for (let level = 1; level <= goal; level++)
        expect(
          guide.some((q) => q.level === level),
          `goal ${goal}, level ${level}`,
        ).toBe(true);
      expect(guide.map((q) => q.level)).toEqual([...guide.map((q) => q.level)].sort());
    }
  });

  it('fills in the person and the user, and drops what it does not know', () => {
    const guide = guideFor(3, DEFAULT_PREP_QUESTIONS, vars).map((q) => q.text);
    expect(guide).toContain('What does a normal week look like in your work at Stripe?');
    expect(guide).toContain('Who else would you suggest I talk to about product management?');
    expect(guide.find((t) => t.startsWith('Leave one thing'))).toContain("I'm a litigator moving into product");
    const bare = guideFor(2, DEFAULT_PREP_QUESTIONS, templateVars({ name: 'Sam' }, {})).map((q) => q.text);
    expect(bare).toContain('What does a normal week look like in your work?');
    expect(bare).toContain('Who else would you suggest I talk to?');
    expect(bare.join(' ')).not.toMatch(/[{}[\]]/);
  });

  it('asks gently about openings only for goal 4, with whom to reach out to', () => {
    expect(guideFor(3, DEFAULT_PREP_QUESTIONS, vars).some((q) => /opening/i.test(q.text))).toBe(false);
    const four = guideFor(4, DEFAULT_PREP_QUESTIONS, vars).map((q) => q.text);
    expect(four).toContain('Is anything opening up on your team or nearby, now or soon?');
  });

  it('uses the user’s questions when there are some, the shipped ones otherwise', () => {
    const mine: PrepQuestion[] = [
      { level: 1, text: 'What surprised you about {company}?' },
      { level: 2, text: 'Whom should I meet next?' },
    ];
    expect(effectiveQuestions(null)).toBe(DEFAULT_PREP_QUESTIONS);
    expect(effectiveQuestions([])).toBe(DEFAULT_PREP_QUESTIONS);
    expect(guideFor(4, effectiveQuestions(mine), vars).map((q) => q.text)).toEqual([
      'What surprised you about Stripe?',
      'Whom should I meet next?',
    ]);
  });

  it('never says "informational interview" or "pick your brain": the checks see to it', () => {
    for (const q of DEFAULT_PREP_QUESTIONS) expect(questionWarnings(q.text), q.text).toEqual([]);
    expect(questionWarnings('Thanks for the informational interview!').map((w) => w.code)).toEqual([
      'informational-interview',
    ]);
    expect(questionWarnings('Could I pick your brain?').map((w) => w.code)).toEqual(['pick-your-brain']);
  });
});

describe('who they are', () => {
  const at = '2026-10-01T09:00:00.000Z';
  const person = (id: string, extra: Partial<Contact> = {}): Contact => ({
    id,
    name: id.toUpperCase(),
    notes: '',
    createdAt: at,
    updatedAt: at,
    ...extra,
  });
  const marcusTalk: Conversation = newRequest('m1', { contactId: 'marcus', channel: 'email', goal: 2 }, new Date(at));
  const source = {
    contacts: new Map([['marcus', person('marcus', { name: 'Marcus Oyelaran' })]]),
    conversations: new Map([['m1', marcusTalk]]),
  };

  it('says who suggested them, or where the user found them', () => {
    expect(
      personBrief(person('dana', { referredBy: 'm1', role: 'Counsel', company: 'Acme' }), 'x', source),
    ).toMatchObject({
      name: 'DANA',
      role: 'Counsel',
      company: 'Acme',
      found: { kind: 'referral', by: 'Marcus Oyelaran' },
    });
    expect(personBrief(person('p', { source: 'linkedin-profile' }), 'x', source).found).toEqual({ kind: 'profile' });
    expect(personBrief(person('p', { source: 'connections-csv' }), 'x', source).found).toEqual({ kind: 'connections' });
    expect(personBrief(undefined, 'someone', source)).toMatchObject({ name: 'someone', role: '', company: '' });
  });
});
