// Building and updating records: contacts from what a profile page shows (keeping the user's
// corrections), a logged request, and the outcome of a conversation with the people it named.
// Pure: ids and clocks are passed in.
import {
  DEFAULT_DURATION_MINUTES,
  type Channel,
  type Contact,
  type Conversation,
  type Goal,
  type Outcomes,
  type Status,
  profileUrlFor,
} from './model';
import { PERSON_FIELDS, type PartialPerson, type Person, type PersonField } from './person';

/**
 * A person to save as a contact, with where they came from: what a profile page shows, a row of
 * Connections.csv, a name given in an outcome. A field left out (or null) is one it does not give.
 */
export interface ContactInput extends PartialPerson {
  id: string;
  name: string;
  profileUrl?: string | null;
  source?: string | null;
  referredBy?: string | null;
}

/** What the profile helper saves of the person on the profile page `slug` (as the user corrected them). */
export function profileContactInput(slug: string, person: Person): ContactInput {
  return {
    id: slug,
    name: person.name,
    firstName: person.firstName || null,
    headline: person.headline,
    company: person.company,
    role: person.role,
    location: person.location,
    profileUrl: profileUrlFor(slug),
    source: 'linkedin-profile',
  };
}

/**
 * Creates or updates a contact. Values read from a page don't overwrite fields the user has
 * corrected; fields listed in `edited` are the user's corrections and are remembered as such.
 */
export function upsertContact(
  existing: Contact | undefined,
  input: ContactInput,
  now: Date,
  edited: readonly PersonField[] = [],
): Contact {
  const stamp = now.toISOString();
  const keep = new Set(existing?.edited ?? []);
  const next: Contact = existing
    ? { ...existing }
    : {
        id: input.id,
        name: input.name,
        firstName: null,
        profileUrl: input.profileUrl ?? null,
        headline: null,
        company: null,
        role: null,
        location: null,
        referredBy: input.referredBy ?? null,
        source: input.source ?? null,
        connectedOn: null,
        edited: [],
        notes: '',
        createdAt: stamp,
        updatedAt: stamp,
      };
  let changed = !existing;
  for (const field of PERSON_FIELDS) {
    const value = input[field];
    if (value === undefined || value === null) continue;
    const byUser = edited.includes(field);
    if (!byUser && (keep.has(field) || (value === '' && next[field]))) continue;
    if (next[field] !== value) {
      (next as Record<PersonField, string | null>)[field] = value;
      changed = true;
    }
    if (byUser) keep.add(field);
  }
  if (input.profileUrl && next.profileUrl !== input.profileUrl) {
    next.profileUrl = input.profileUrl;
    changed = true;
  }
  if (input.referredBy && !next.referredBy) {
    next.referredBy = input.referredBy;
    changed = true;
  }
  const editedList = [...keep].sort();
  if (editedList.join() !== (next.edited ?? []).join()) {
    next.edited = editedList;
    changed = true;
  }
  if (changed) next.updatedAt = stamp;
  return next;
}

export interface RequestInput {
  contactId: string;
  channel: Channel;
  goal: Goal;
  /** When the request was sent; defaults to now. */
  requestedAt?: string;
  notes?: string;
}

export function newRequest(id: string, input: RequestInput, now: Date): Conversation {
  const stamp = now.toISOString();
  return {
    id,
    contactId: input.contactId,
    status: 'requested',
    channel: input.channel,
    goal: input.goal,
    requestedAt: input.requestedAt ?? stamp,
    scheduledFor: null,
    metAt: null,
    outcomes: { connected: false, referral: false, memorable: false, opening: false },
    referrals: [],
    contactPerson: null,
    notes: input.notes ?? '',
    createdAt: stamp,
    updatedAt: stamp,
  };
}

export interface OutcomeInput {
  status: Status;
  scheduledFor?: string | null;
  /** The planned length of a scheduled chat, in minutes. */
  durationMinutes?: number | null;
  metAt?: string | null;
  outcomes?: Outcomes;
  /** Names of the people they suggested; each becomes (or links to) a contact. */
  referralNames?: string[];
  /** Name of the person to reach out to about an opening. */
  contactPersonName?: string | null;
  notes?: string;
}

/** An id for a person known only by name: their name as a slug, like a LinkedIn vanity name. */
function idFromName(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'person';
}

const cleanName = (name: string): string => name.replace(/\s+/g, ' ').trim();

/** Applies an outcome to a conversation; returns it and the people it names as contact inputs. */
export function applyOutcome(
  conversation: Conversation,
  input: OutcomeInput,
  now: Date,
): { conversation: Conversation; people: ContactInput[] } {
  const stamp = now.toISOString();
  const people: ContactInput[] = [];
  const person = (name: string): string => {
    const n = cleanName(name);
    const id = idFromName(n);
    if (!people.some((p) => p.id === id))
      people.push({ id, name: n, source: 'referral', referredBy: conversation.id, profileUrl: null });
    return id;
  };
  const referrals = (input.referralNames ?? []).map(cleanName).filter(Boolean).map(person);
  const contactPerson =
    input.contactPersonName && cleanName(input.contactPersonName) ? person(input.contactPersonName) : null;
  const met = input.status === 'met';
  const scheduledFor = input.scheduledFor !== undefined ? input.scheduledFor : conversation.scheduledFor;
  const next: Conversation = {
    ...conversation,
    ...schedulingOf(conversation, input, scheduledFor, stamp),
    status: input.status,
    scheduledFor,
    metAt: met ? (input.metAt ?? conversation.metAt ?? stamp) : (input.metAt ?? conversation.metAt ?? null),
    outcomes:
      met && input.outcomes
        ? { ...input.outcomes }
        : met
          ? conversation.outcomes
          : { connected: false, referral: false, memorable: false, opening: false },
    referrals: met ? referrals : [],
    contactPerson: met ? contactPerson : null,
    notes: input.notes ?? conversation.notes,
    updatedAt: stamp,
  };
  return { conversation: next, people };
}

/**
 * What scheduling changes: the day they said yes (the first time it is scheduled), the length,
 * and the calendar sequence, one higher whenever a chat that had a time gets another time or
 * length, so a calendar that imported the first file moves the event.
 */
function schedulingOf(
  c: Conversation,
  input: OutcomeInput,
  scheduledFor: string | null | undefined,
  stamp: string,
): Partial<Conversation> {
  if (input.status !== 'scheduled') return {};
  const durationMinutes = input.durationMinutes !== undefined ? input.durationMinutes : c.durationMinutes;
  const out: Partial<Conversation> = { acceptedAt: c.acceptedAt ?? stamp };
  if (durationMinutes !== undefined) out.durationMinutes = durationMinutes;
  const moved =
    !!c.scheduledFor &&
    (c.scheduledFor !== scheduledFor ||
      (c.durationMinutes ?? DEFAULT_DURATION_MINUTES) !== (durationMinutes ?? DEFAULT_DURATION_MINUTES));
  if (moved) out.calendarSequence = (c.calendarSequence ?? 0) + 1;
  return out;
}

/** Sources of contacts the user met on a profile page (null: saved before sources were kept). */
const PROFILE_SOURCES = new Set<string | null | undefined>([null, undefined, 'linkedin-profile']);

/** The profile the user looked at most recently: the last-updated contact from a profile page. */
export function lastProfileContact(contacts: Iterable<Contact>): Contact | null {
  let best: Contact | null = null;
  for (const c of contacts) {
    if (!PROFILE_SOURCES.has(c.source)) continue;
    if (!best || Date.parse(c.updatedAt) > Date.parse(best.updatedAt)) best = c;
  }
  return best;
}
