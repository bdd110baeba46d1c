// Fifteen's data model (docs/backup-format.md): contacts, conversations and settings, with the schemas that
// validate anything arriving from outside (backup files, older stored data, page readings).
// Pure TypeScript: no wxt, no preact, no DOM.
import * as v from 'valibot';
import type { PersonField } from './person';
import { NOTE_LIMITS, NUMBER_FIELDS, OTHER_DEFAULTS, THEMES, type NumberField } from './settings-defaults';

export const STATUSES = ['requested', 'scheduled', 'met', 'declined', 'no-response'] as const;
export const CHANNELS = ['linkedin-note', 'linkedin-message', 'email', 'other'] as const;
export const GOALS = [1, 2, 3, 4] as const;
export const MESSAGE_KINDS = ['note', 'message', 'email'] as const;
/** Drafts for after a chat: the thank-you note and the follow-up, one per reminder. */
export const AFTER_KINDS = ['thank-you', 'follow-up'] as const;
export const TEMPLATE_KINDS = [...MESSAGE_KINDS, ...AFTER_KINDS] as const;

export type Status = (typeof STATUSES)[number];
export type Channel = (typeof CHANNELS)[number];
export type Goal = (typeof GOALS)[number];
/** A conversation's achieved level: 0 when it reached none of the four. */
export type Level = 0 | Goal;
export type MessageKind = (typeof MESSAGE_KINDS)[number];
/** What follows a chat: a thank-you note, then a follow-up (their drafts and their reminders). */
export type AfterKind = (typeof AFTER_KINDS)[number];
export type TemplateKind = (typeof TEMPLATE_KINDS)[number];

/** ISO 8601 timestamp that `Date` can read, e.g. 2026-11-28T10:00:00.000Z. */
const ISO_RE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
/** What toISOString() writes, and so nearly every stored timestamp: a cheaper test first. */
const ISO_UTC_MS_RE = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d\d\dZ$/;
const two = (s: string, at: number): number => (s.charCodeAt(at) - 48) * 10 + s.charCodeAt(at + 1) - 48;
/**
 * A timestamp `Date` can read, in ISO 8601 form. toISOString's own form with every part in
 * range (days up to 28, so no month can be short of them) is one that every engine reads,
 * without asking Date.parse; anything else is asked.
 */
export function isTimestamp(s: string): boolean {
  if (s.length === 24 && ISO_UTC_MS_RE.test(s)) {
    const month = two(s, 5);
    const day = two(s, 8);
    if (month >= 1 && month <= 12 && day >= 1 && day <= 28 && two(s, 11) <= 23 && two(s, 14) <= 59 && two(s, 17) <= 59)
      return true;
  }
  return ISO_RE.test(s) && !Number.isNaN(Date.parse(s));
}
export const Timestamp = v.pipe(v.string('expected a date string'), v.check(isTimestamp, 'expected an ISO 8601 date'));
const OptionalTimestamp = v.nullish(Timestamp);
const Text = v.string('expected text');
const OptionalText = v.nullish(Text);
const Id = v.pipe(
  v.string('expected an id'),
  v.trim(),
  v.minLength(1, 'expected a non-empty id'),
  v.maxLength(200, 'id too long'),
);

const oneOf = <T extends readonly (string | number)[]>(values: T) =>
  v.picklist(values, `expected one of ${values.map((x) => JSON.stringify(x)).join(', ')}`);

/**
 * A LinkedIn profile address, https://www.linkedin.com/in/<slug>/ (or without "www."), and
 * nothing else: the popup opens it in a tab, so a crafted backup must not be able to point
 * "Profile" at any other site or page.
 */
export function isLinkedInProfileUrl(text: string): boolean {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return false;
  }
  return (
    url.protocol === 'https:' &&
    (url.hostname === 'www.linkedin.com' || url.hostname === 'linkedin.com') &&
    url.port === '' &&
    url.username === '' &&
    url.password === '' &&
    /^\/in\/[^/]+\/?$/.test(url.pathname)
  );
}

const ProfileUrl = v.nullish(
  v.pipe(
    v.string('expected a LinkedIn profile address'),
    v.check(isLinkedInProfileUrl, 'expected a LinkedIn profile address'),
  ),
);

/** The person's fields (./person.ts) as a contact stores them: the name, and text or null. */
const PersonEntries = {
  name: v.pipe(Text, v.maxLength(300, 'name too long')),
  firstName: OptionalText,
  headline: OptionalText,
  company: OptionalText,
  role: OptionalText,
  location: OptionalText,
} satisfies Record<PersonField, v.GenericSchema>;
// In the order the records have always been written: the names, then the address, then the rest.
const { name: NameEntry, firstName: FirstNameEntry, ...PersonDetails } = PersonEntries;
/**
 * Records keep the fields this version does not know (a newer Fifteen's) from a backup through
 * storage to the next export: the types name the known fields, the schemas pass the rest on.
 * Only the identity and the two timestamps are required; every other field may be absent or
 * null and gets its default (see the README's "Backup" section).
 */
const ContactFields = v.object({
  id: Id,
  name: NameEntry,
  firstName: FirstNameEntry,
  profileUrl: ProfileUrl,
  ...PersonDetails,
  /** The conversation in which this person was suggested (a referral or a contact person). */
  referredBy: v.nullish(Id),
  /** Where the record came from: the profile helper, LinkedIn's Connections.csv, a referral… */
  source: OptionalText,
  connectedOn: OptionalTimestamp,
  /** Fields the user corrected by hand: a later reading of the page does not overwrite them. */
  edited: v.nullish(v.array(Text)),
  notes: v.nullish(Text, ''),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Contact = v.InferOutput<typeof ContactFields>;
export const ContactSchema = v.looseObject(ContactFields.entries);

const Flag = v.nullish(v.boolean('expected true or false'), false);
const OutcomesFields = v.object({ connected: Flag, referral: Flag, memorable: Flag, opening: Flag });
export type Outcomes = v.InferOutput<typeof OutcomesFields>;
export const OutcomesSchema = v.looseObject(OutcomesFields.entries);
/** The four outcomes and nothing else: for what a page sends, which has no newer fields to keep. */
export const KnownOutcomesSchema = OutcomesFields;
export const DurationSchema = v.pipe(
  v.number('expected a number'),
  v.integer('expected a whole number'),
  v.minValue(1, 'expected 1 or more'),
  v.maxValue(1440, 'expected at most 1440'),
);

export const NO_OUTCOMES: Outcomes = Object.freeze({
  connected: false,
  referral: false,
  memorable: false,
  opening: false,
});

/** The goal of a conversation that does not say: the first rung, a new connection. */
export const DEFAULT_GOAL: Goal = 1;
/** A chat's length when none was set: the method's fifteen minutes. */
export const DEFAULT_DURATION_MINUTES = 15;

const ConversationFields = v.object({
  id: Id,
  contactId: Id,
  status: oneOf(STATUSES),
  channel: v.nullish(oneOf(CHANNELS), 'other'),
  goal: v.nullish(oneOf(GOALS), DEFAULT_GOAL),
  requestedAt: OptionalTimestamp,
  /** When they said yes (the chat was scheduled). */
  acceptedAt: OptionalTimestamp,
  scheduledFor: OptionalTimestamp,
  /** The chat's planned length in minutes; absent means DEFAULT_DURATION_MINUTES. */
  durationMinutes: v.nullish(DurationSchema),
  /** How many times the chat was rescheduled: the calendar file's SEQUENCE. */
  calendarSequence: v.nullish(
    v.pipe(v.number('expected a number'), v.integer('expected a whole number'), v.minValue(0, 'expected 0 or more')),
  ),
  metAt: OptionalTimestamp,
  outcomes: v.nullish(OutcomesSchema, () => ({ ...NO_OUTCOMES })),
  /** Contact ids of the people they suggested (level 2). */
  referrals: v.nullish(v.array(Id, 'expected a list of contact ids'), () => []),
  /** Contact id of the person to reach out to about an opening (level 4). */
  contactPerson: v.nullish(Id),
  notes: v.nullish(Text, ''),
  /** The plan for the chat, written in the Prepare view and shown again when recording it. */
  prepNotes: OptionalText,
  /** Reminders (docs/product.md): when the thank-you note / follow-up was done, or snoozed until. */
  thankYouDoneAt: OptionalTimestamp,
  followUpDoneAt: OptionalTimestamp,
  thankYouSnoozedUntil: OptionalTimestamp,
  followUpSnoozedUntil: OptionalTimestamp,
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Conversation = v.InferOutput<typeof ConversationFields>;
export const ConversationSchema = v.looseObject(ConversationFields.entries);

export const TemplateSchema = v.object({
  id: Id,
  name: v.pipe(Text, v.maxLength(120, 'template name too long')),
  kind: oneOf(TEMPLATE_KINDS),
  /** The goal this template suits; null for any goal. */
  goal: v.nullish(oneOf(GOALS)),
  subject: OptionalText,
  body: v.pipe(Text, v.maxLength(5000, 'template too long')),
});
export type Template = v.InferOutput<typeof TemplateSchema>;

/** A line of the Prepare view's guide: the rung it serves (1 opens every chat) and its words. */
export const PrepQuestionSchema = v.object({
  level: oneOf(GOALS),
  text: v.pipe(Text, v.maxLength(500, 'question too long')),
});
export type PrepQuestion = v.InferOutput<typeof PrepQuestionSchema>;

/** A number setting: a whole number in its range (settings-defaults.ts), its default when absent. */
const NumberSetting = (field: NumberField) => {
  const { min, max } = NUMBER_FIELDS[field];
  const range = v.pipe(
    v.number('expected a number'),
    v.integer('expected a whole number'),
    v.minValue(min, `expected ${min} or more`),
    v.maxValue(max, `expected at most ${max}`),
  );
  return v.optional(range, NUMBER_FIELDS[field].default);
};

const SettingsFields = v.object({
  myName: v.optional(Text, OTHER_DEFAULTS.myName),
  exploring: v.optional(Text, OTHER_DEFAULTS.exploring),
  pitch: v.optional(Text, OTHER_DEFAULTS.pitch),
  /** LinkedIn account type: connection notes may be 200 (free) or 300 (Premium) characters. */
  noteLimit: v.optional(v.picklist(NOTE_LIMITS, 'expected 200 or 300'), OTHER_DEFAULTS.noteLimit),
  weeklyPointsGoal: NumberSetting('weeklyPointsGoal'),
  weeklyRequestGoal: NumberSetting('weeklyRequestGoal'),
  weeklyInvitationLimit: NumberSetting('weeklyInvitationLimit'),
  monthlyNoteAllowance: NumberSetting('monthlyNoteAllowance'),
  /** Thank-you reminder: this many days after the meeting, at this local hour. */
  thankYouDelayDays: NumberSetting('thankYouDelayDays'),
  thankYouHour: NumberSetting('thankYouHour'),
  /** Follow-up reminder: this many days after the meeting. */
  followUpDelayDays: NumberSetting('followUpDelayDays'),
  notifications: v.optional(v.boolean(), OTHER_DEFAULTS.notifications),
  theme: v.optional(oneOf(THEMES), OTHER_DEFAULTS.theme),
  /** The user's templates; null means the shipped defaults. */
  templates: v.optional(v.nullable(v.array(TemplateSchema)), null),
  /** The Prepare view's questions; null means the shipped ones. */
  prepQuestions: v.optional(v.nullable(v.array(PrepQuestionSchema)), null),
});
export type Settings = v.InferOutput<typeof SettingsFields>;
/** Like the records, settings keep a newer version's fields they do not know. */
export const SettingsSchema = v.looseObject(SettingsFields.entries);

export const DEFAULT_SETTINGS: Settings = v.parse(SettingsSchema, {});

/** Formats a valibot issue path the way a person reads it: `conversations[3].status`. */
function formatPath(path: readonly { key: unknown }[] | undefined): string {
  let out = '';
  for (const item of path ?? []) {
    if (typeof item.key === 'number') out += `[${item.key}]`;
    else out += out ? `.${String(item.key)}` : String(item.key);
  }
  return out;
}

/** Turns valibot issues into "path: message" lines, the first few only. */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[], prefix = '', max = 5): string[] {
  const lines = issues.slice(0, max).map((issue) => {
    const path = formatPath(issue.path as { key: unknown }[] | undefined);
    const where = prefix && path ? `${prefix}${path.startsWith('[') ? '' : '.'}${path}` : prefix || path;
    return where ? `${where}: ${issue.message}` : issue.message;
  });
  if (issues.length > max) lines.push(`…and ${issues.length - max} more problems`);
  return lines;
}

/** A contact id from a LinkedIn slug: lower-case and URL-decoded (docs/backup-format.md). */
export function slugToId(slug: string): string {
  let decoded = slug;
  try {
    decoded = decodeURIComponent(slug);
  } catch {
    // A malformed escape stays as it was: the slug is still a usable identity.
  }
  return decoded.trim().toLowerCase();
}

export function profileUrlFor(id: string): string {
  return `https://www.linkedin.com/in/${encodeURIComponent(id)}/`;
}
