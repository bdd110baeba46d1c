// The draft that comes with a thank-you or follow-up reminder: the user's template of that kind
// filled in for one conversation — the person, one thing learned (the first line of the notes
// recorded after the chat), and the people it named. Pure TypeScript: no wxt, no preact, no DOM.
import { DEFAULT_AFTER_TEMPLATES } from './after-templates';
import { checkDraft, type DraftWarning } from './checks';
import type { AfterKind, Contact, Conversation, Settings, Template } from './model';
import { renderTemplate, templateVars, type TemplateVars } from './templates';

/** The user's first template of the kind, else the shipped one. */
export function afterTemplate(kind: AfterKind, templates: readonly Template[]): Template {
  return templates.find((t) => t.kind === kind) ?? DEFAULT_AFTER_TEMPLATES.find((t) => t.kind === kind)!;
}

/** "Marcus Oyelaran", "Marcus Oyelaran and Dana Lee", "A, B and C". */
export function joinNames(names: readonly string[], and = 'and'): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} ${and} ${names[names.length - 1]}`;
}

/** Words that start a note but not a name: lower-cased when the note goes mid-sentence. */
const PLAIN_START =
  /^(?:A|An|The|Their|They|Them|There|This|That|These|Those|How|What|Why|When|Where|It|Its|Every|Most|Some|Your|You|We|Our)\b/;

/** One thing learned: the first line of the notes, without a closing full stop, kept short. */
export function firstLearned(notes: string | null | undefined): string {
  const line =
    (notes ?? '')
      .split('\n')
      .map((l) => l.trim())
      .find(Boolean) ?? '';
  const short = [...line].length > 160 ? `${[...line].slice(0, 157).join('').trimEnd()}…` : line;
  const text = short.replace(/[.!]+$/, '');
  return PLAIN_START.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

export interface AfterSource {
  contacts: ReadonlyMap<string, Contact>;
}

/** The placeholders of a draft for after one conversation. */
export function afterVars(
  conversation: Conversation,
  source: AfterSource,
  me: Pick<Settings, 'myName' | 'exploring' | 'pitch'>,
): TemplateVars {
  const contact = source.contacts.get(conversation.contactId);
  const name = (id: string) => source.contacts.get(id)?.name || '';
  return {
    ...templateVars(contact ?? { name: conversation.contactId }, me),
    learned: firstLearned(conversation.notes),
    referral: joinNames(conversation.referrals.map(name).filter(Boolean)),
    contactPerson: conversation.contactPerson ? name(conversation.contactPerson) : '',
  };
}

/** The draft for a reminder of this kind about this conversation. */
export function afterDraft(
  kind: AfterKind,
  conversation: Conversation,
  source: AfterSource,
  settings: Pick<Settings, 'myName' | 'exploring' | 'pitch'>,
  templates: readonly Template[],
): string {
  return renderTemplate(afterTemplate(kind, templates).body, afterVars(conversation, source, settings));
}

/** Checks that fit a note after a chat: the squirm words and emptiness (no ask, so no time box). */
const AFTER_CHECKS = new Set<DraftWarning['code']>(['informational-interview', 'pick-your-brain', 'empty']);
export function checkAfterDraft(text: string): DraftWarning[] {
  return checkDraft(text, { kind: 'email', noteLimit: 300, firstMessage: false }).filter((w) =>
    AFTER_CHECKS.has(w.code),
  );
}
