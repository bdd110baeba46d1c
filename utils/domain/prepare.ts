// The plan for one chat (the Prepare view): who the person is and how the user found them, and
// a short guide for the fifteen minutes by goal, from questions the user may edit in the
// settings. The guide climbs the ladder (docs/product.md, "The method"): open with what they do; for level 2, ask whom
// else to talk to; for 3, leave one thing they will remember; for 4, gently ask about openings
// and whom to contact. Pure TypeScript: no wxt, no preact, no DOM.
import { checkDraft, type DraftWarning } from './checks';
import type { Contact, Conversation, Goal, PrepQuestion } from './model';
import type { Person } from './person';
import { renderTemplate, type TemplateVars } from './templates';

/** The shipped guide. Placeholders and [optional segments] work as in the message templates. */
export const DEFAULT_PREP_QUESTIONS: PrepQuestion[] = [
  { level: 1, text: 'What does a normal week look like in your work[ at {company}]?' },
  { level: 1, text: 'How did you get to where you are now[ as {role}]?' },
  { level: 1, text: 'What do you wish you had known when you started?' },
  { level: 2, text: 'Who else would you suggest I talk to[ about {exploring}]?' },
  { level: 2, text: 'Would you be comfortable introducing me, or may I mention your name?' },
  {
    level: 3,
    text: 'Leave one thing they will remember: your one line, and one follow-up you promise and keep.[ Your line: {myPitch}]',
  },
  { level: 4, text: 'Is anything opening up on your team or nearby, now or soon?' },
  { level: 4, text: 'Who would be the right person to reach out to about it?' },
];

/** The guide is three to five lines: a quarter of a 15-minute chat each, at most. */
export const MAX_GUIDE = 5;

/** The user's questions, or the shipped ones when they have none (null or an emptied list). */
export function effectiveQuestions(questions: readonly PrepQuestion[] | null | undefined): readonly PrepQuestion[] {
  return questions && questions.length > 0 ? questions : DEFAULT_PREP_QUESTIONS;
}

/**
 * The guide for a goal, in the order of a chat (level 1 first). Each rung above 1 up to the goal
 * gets its first question; level-1 openers fill the rest; then second questions of the higher
 * rungs while there is room. So a goal-4 chat still opens with what they do.
 */
export function guideFor(goal: Goal, questions: readonly PrepQuestion[], vars: TemplateVars): PrepQuestion[] {
  const byLevel = (level: number) => questions.filter((q) => q.level === level && q.text.trim());
  const picked = new Set<PrepQuestion>();
  for (let level = goal; level >= 2; level--) {
    const first = byLevel(level)[0];
    if (first) picked.add(first);
  }
  for (const q of byLevel(1)) if (picked.size < MAX_GUIDE) picked.add(q);
  for (let level = goal; level >= 2 && picked.size < MAX_GUIDE; level--) {
    for (const q of byLevel(level).slice(1)) if (picked.size < MAX_GUIDE) picked.add(q);
  }
  return questions
    .filter((q) => picked.has(q))
    .sort((a, b) => a.level - b.level)
    .map((q) => ({ level: q.level, text: renderTemplate(q.text, vars) }));
}

/** The words of the method's checks that a question must avoid ("informational interview", …). */
export function questionWarnings(text: string): DraftWarning[] {
  return checkDraft(text, { kind: 'email', noteLimit: 300, firstMessage: false }).filter(
    (w) => w.code === 'informational-interview' || w.code === 'pick-your-brain',
  );
}

/** How the user came to this person. */
export type FoundVia =
  { kind: 'referral'; by: string } | { kind: 'profile' } | { kind: 'connections' } | { kind: 'other' };

export interface PersonBrief extends Pick<Person, 'name' | 'role' | 'company' | 'headline'> {
  found: FoundVia;
}

/** Who they are and how the user found them: from a referral (named), a profile, their connections. */
export function personBrief(
  contact: Contact | undefined,
  fallbackName: string,
  source: { contacts: ReadonlyMap<string, Contact>; conversations: ReadonlyMap<string, Conversation> },
): PersonBrief {
  const from = contact?.referredBy ? source.conversations.get(contact.referredBy) : undefined;
  const by = from ? source.contacts.get(from.contactId)?.name || from.contactId : '';
  const found: FoundVia = by
    ? { kind: 'referral', by }
    : contact?.source === 'connections-csv'
      ? { kind: 'connections' }
      : !contact?.source || contact.source === 'linkedin-profile'
        ? { kind: 'profile' }
        : { kind: 'other' };
  return {
    name: contact?.name || fallbackName,
    role: contact?.role?.trim() ?? '',
    company: contact?.company?.trim() ?? '',
    headline: contact?.headline?.trim() ?? '',
    found,
  };
}
