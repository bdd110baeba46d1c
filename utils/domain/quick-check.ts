// A hand-written check of contacts and conversations for the common, well-formed case: what a
// backup written by Fifteen holds. It gives exactly the record the valibot schema would (known
// fields checked, defaults filled in, unknown fields passed on as they are), or QUICK_FAIL when
// anything is unusual, and the caller then
// runs the schema, which decides and words the error. So it only ever says yes to records the
// schema accepts; tests/unit/domain/quick-check.test.ts holds the two to that over valid and
// mutated records. A 50,000-conversation backup is checked in a fifth of the schema's time.
import {
  CHANNELS,
  ContactSchema,
  ConversationSchema,
  DEFAULT_GOAL,
  isLinkedInProfileUrl,
  isTimestamp,
  NO_OUTCOMES,
  OutcomesSchema,
  STATUSES,
  type Contact,
  type Conversation,
  type Outcomes,
} from './model';
import { isObj, type Raw } from './raw';

export const QUICK_FAIL = Symbol('quick check: ask the schema');
type Fail = typeof QUICK_FAIL;

const statuses = new Set<unknown>(STATUSES);
const channels = new Set<unknown>(CHANNELS);

/** A printable ASCII character other than a space: trim() leaves it alone. */
const solid = (code: number): boolean => code > 0x20 && code < 0x7f;

/** An id the schema's trim leaves as it is: 1–200 characters, no space at either end. */
function isPlainId(x: unknown): x is string {
  return (
    typeof x === 'string' &&
    x.length > 0 &&
    x.length <= 200 &&
    solid(x.charCodeAt(0)) &&
    solid(x.charCodeAt(x.length - 1))
  );
}

/** The usual https://www.linkedin.com/in/<slug>/ without a look at URL parsing's corners. */
const PLAIN_PROFILE_URL = /^https:\/\/(?:www\.)?linkedin\.com\/in\/[A-Za-z0-9_-][A-Za-z0-9_.%-]*\/?$/;
const isProfileUrl = (s: string): boolean => PLAIN_PROFILE_URL.test(s) || isLinkedInProfileUrl(s);

/**
 * One field: absent is fine for optional ones; present but undefined is left to the schema
 * (which treats it differently from absent), as is anything else unusual.
 */
type Field = (x: unknown) => boolean;
const text: Field = (x) => typeof x === 'string';
const nullishText: Field = (x) => x === null || typeof x === 'string';
const timestamp: Field = (x) => typeof x === 'string' && isTimestamp(x);
const nullishTimestamp: Field = (x) => x === null || timestamp(x);
const nullishId: Field = (x) => x === null || isPlainId(x);

function copyOptional(from: Raw, to: Raw, key: string, ok: Field): boolean {
  if (!(key in from)) return true;
  const value = from[key];
  if (value === undefined || !ok(value)) return false;
  to[key] = value;
  return true;
}

/** Absent or null: the schema gives the field's default. */
const unset = (from: Raw, key: string): boolean => !(key in from) || from[key] === null;

const KNOWN = {
  contact: new Set(Object.keys(ContactSchema.entries)),
  conversation: new Set(Object.keys(ConversationSchema.entries)),
  outcomes: new Set(Object.keys(OutcomesSchema.entries)),
};
/** Keys the schema's looseObject never copies, whatever the record holds. */
const UNSAFE_KEYS = new Set(['__proto__', 'prototype', 'constructor']);

/** Passes on the fields this version does not know, as the schema's looseObject does. */
function copyUnknown(from: Raw, to: Raw, known: ReadonlySet<string>): void {
  for (const key in from) {
    if (Object.prototype.hasOwnProperty.call(from, key) && !UNSAFE_KEYS.has(key) && !known.has(key))
      to[key] = from[key];
  }
}

export function quickContact(x: unknown): Contact | Fail {
  if (!isObj(x)) return QUICK_FAIL;
  const { id, name, createdAt, updatedAt } = x;
  if (!isPlainId(id) || typeof name !== 'string' || name.length > 300 || !timestamp(createdAt) || !timestamp(updatedAt))
    return QUICK_FAIL;
  const out: Raw = { id, name };
  if (
    !copyOptional(x, out, 'firstName', nullishText) ||
    !copyOptional(x, out, 'profileUrl', (u) => u === null || (typeof u === 'string' && isProfileUrl(u))) ||
    !copyOptional(x, out, 'headline', nullishText) ||
    !copyOptional(x, out, 'company', nullishText) ||
    !copyOptional(x, out, 'role', nullishText) ||
    !copyOptional(x, out, 'location', nullishText) ||
    !copyOptional(x, out, 'referredBy', nullishId) ||
    !copyOptional(x, out, 'source', nullishText) ||
    !copyOptional(x, out, 'connectedOn', nullishTimestamp) ||
    !copyOptional(x, out, 'edited', (e) => e === null || (Array.isArray(e) && e.every(text)))
  ) {
    return QUICK_FAIL;
  }
  if (Array.isArray(out.edited)) out.edited = [...(out.edited as string[])];
  if (unset(x, 'notes')) out.notes = '';
  else if (!copyOptional(x, out, 'notes', text)) return QUICK_FAIL;
  out.createdAt = createdAt;
  out.updatedAt = updatedAt;
  copyUnknown(x, out, KNOWN.contact);
  return out as Contact;
}

const OUTCOME_KEYS = ['connected', 'referral', 'memorable', 'opening'] as const;

function quickOutcomes(x: unknown): Outcomes | Fail {
  if (!isObj(x)) return QUICK_FAIL;
  const out: Raw = { connected: false, referral: false, memorable: false, opening: false };
  for (const key of OUTCOME_KEYS) {
    if (unset(x, key)) continue;
    const value = x[key];
    if (typeof value !== 'boolean') return QUICK_FAIL;
    out[key] = value;
  }
  copyUnknown(x, out, KNOWN.outcomes);
  return out as Outcomes;
}

export function quickConversation(x: unknown): Conversation | Fail {
  if (!isObj(x)) return QUICK_FAIL;
  const { id, contactId, status, createdAt, updatedAt } = x;
  const channel = unset(x, 'channel') ? 'other' : x.channel;
  const goal = unset(x, 'goal') ? DEFAULT_GOAL : x.goal;
  if (
    !isPlainId(id) ||
    !isPlainId(contactId) ||
    !statuses.has(status) ||
    !channels.has(channel) ||
    !(goal === 1 || goal === 2 || goal === 3 || goal === 4) ||
    !timestamp(createdAt) ||
    !timestamp(updatedAt)
  ) {
    return QUICK_FAIL;
  }
  const out: Raw = { id, contactId, status, channel, goal };
  if (
    !copyOptional(x, out, 'requestedAt', nullishTimestamp) ||
    !copyOptional(x, out, 'acceptedAt', nullishTimestamp) ||
    !copyOptional(x, out, 'scheduledFor', nullishTimestamp) ||
    !copyOptional(
      x,
      out,
      'durationMinutes',
      (n) => n === null || (Number.isInteger(n) && (n as number) >= 1 && (n as number) <= 1440),
    ) ||
    !copyOptional(x, out, 'calendarSequence', (n) => n === null || (Number.isInteger(n) && (n as number) >= 0)) ||
    !copyOptional(x, out, 'metAt', nullishTimestamp)
  ) {
    return QUICK_FAIL;
  }
  if (unset(x, 'outcomes')) out.outcomes = { ...NO_OUTCOMES };
  else {
    const outcomes = quickOutcomes(x.outcomes);
    if (outcomes === QUICK_FAIL) return QUICK_FAIL;
    out.outcomes = outcomes;
  }
  if (unset(x, 'referrals')) out.referrals = [];
  else {
    const referrals = x.referrals;
    if (!Array.isArray(referrals) || !referrals.every(isPlainId)) return QUICK_FAIL;
    out.referrals = [...referrals];
  }
  if (!copyOptional(x, out, 'contactPerson', nullishId)) return QUICK_FAIL;
  if (unset(x, 'notes')) out.notes = '';
  else if (!copyOptional(x, out, 'notes', text)) return QUICK_FAIL;
  if (
    !copyOptional(x, out, 'prepNotes', nullishText) ||
    !copyOptional(x, out, 'thankYouDoneAt', nullishTimestamp) ||
    !copyOptional(x, out, 'followUpDoneAt', nullishTimestamp) ||
    !copyOptional(x, out, 'thankYouSnoozedUntil', nullishTimestamp) ||
    !copyOptional(x, out, 'followUpSnoozedUntil', nullishTimestamp)
  ) {
    return QUICK_FAIL;
  }
  out.createdAt = createdAt;
  out.updatedAt = updatedAt;
  copyUnknown(x, out, KNOWN.conversation);
  return out as Conversation;
}
