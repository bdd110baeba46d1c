// The lists' slice: beside each shard, in the same storage.set, what the popup's lists need of
// it (which conversations, see utils/domain/lists-slice.ts), so the popup shows everything from
// tens of KB instead of reading every record. Of conversations, per shard: the time it was
// taken, the reminder settings it was taken with, the conversations a list could show (whole
// records: the outcome form opens on them), the links of those that say who led to whom, and
// how many records could not be read (the popup counts problems). Of contacts, per shard: id,
// name, profile address, referredBy and first name of each, and how many could not be read. Plain JSON text,
// not compressed as the shards are: at 50,000 conversations the slices are 1.9 MB of text (0.55 MB
// compressed), and in Chromium 32 gunzips took 2–3 times longer than reading and parsing the
// plain text. Any doubt — another version, a slice missing, taken later than a
// day from now or with other reminder settings — and the popup reads the records and rebuilds it.
import { referralLinks, type ContactCard, type Link } from '../domain/agenda';
import { reminderSettingsKey, sliceOf, sliceStandsAt, type LinkRow } from '../domain/lists-slice';
import { profileUrlFor, type Contact, type Conversation } from '../domain/model';
import type { ReminderSettings } from '../domain/reminders';
import { decodeShard } from './codec';
import { ALL_LISTS_KEYS, ALL_PEOPLE_KEYS, KEY_LISTS_READY, KEY_META, SCHEMA_VERSION } from './layout';
import { isObj, type Raw } from '../domain/raw';

// 2: a person's row ends with the first name (reminders greet people by it).
const FORMAT = 2;

/** One stored person: id, name, profile address (1: the usual one for the id), referredBy, first name. */
type PersonRow = [
  id: string,
  name: string,
  profileUrl: string | 1 | null,
  referredBy: string | null,
  firstName: string | null,
];

/** The slice of one shard of conversations; `readable` are its readable records in order. */
export function encodeListsSlice(
  readable: readonly Conversation[],
  problems: number,
  settings: ReminderSettings,
  at: number,
): string {
  const { list, links } = sliceOf(readable, settings, at);
  return JSON.stringify({ v: FORMAT, at, rs: reminderSettingsKey(settings), problems, list, links });
}

/** The slice of one shard of contacts; `readable` are its readable records in order. */
export function encodePeopleSlice(readable: readonly Contact[], problems: number): string {
  const people: PersonRow[] = readable.map((c) => [
    c.id,
    c.name,
    c.profileUrl && c.profileUrl === profileUrlFor(c.id) ? 1 : (c.profileUrl ?? null),
    c.referredBy ?? null,
    c.firstName ?? null,
  ]);
  return JSON.stringify({ v: FORMAT, problems, people });
}

export interface ListsSliceRead {
  /** The conversations a list could show, by id, in the records' order. */
  conversations: Map<string, Conversation>;
  contacts: Map<string, ContactCard>;
  /** Who led to whom, in the order the records give it. */
  links: Link[];
  /** Records that could not be read. */
  problems: number;
}

/**
 * The slices in `raw` (what storage.get(LISTS_READ_KEYS) gave), or null when they cannot stand for the
 * records at `now` with these reminder settings. `contactIdOf` gives, for a conversation some
 * contact names as the one that produced it and that has no links (rare: its lists were edited
 * since), the person it was with: the caller reads it from the records.
 */
export async function readListsSlice(
  raw: Raw,
  now: number,
  settings: ReminderSettings,
  contactIdOf: (ids: string[]) => Promise<Map<string, string>>,
): Promise<ListsSliceRead | null> {
  const meta = raw[KEY_META];
  if (!isObj(meta) || meta.schemaVersion !== SCHEMA_VERSION || raw[KEY_LISTS_READY] !== true) return null;
  const rs = reminderSettingsKey(settings);
  const decoded = await Promise.all(
    [...ALL_LISTS_KEYS, ...ALL_PEOPLE_KEYS].map((key) =>
      key in raw ? decodeShard(raw[key]) : Promise.resolve({ v: FORMAT, problems: 0 }),
    ),
  );
  if (decoded.some((d) => !d || d.v !== FORMAT || typeof d.problems !== 'number')) return null;
  const lists = decoded.slice(0, ALL_LISTS_KEYS.length) as Raw[];
  const people = decoded.slice(ALL_LISTS_KEYS.length) as Raw[];
  let problems = 0;
  const conversations = new Map<string, Conversation>();
  const rows: LinkRow[] = [];
  for (const slice of lists) {
    problems += slice.problems as number;
    if (!('at' in slice)) continue; // an empty shard
    if (!sliceStandsAt(slice.at as number, now) || slice.rs !== rs) return null;
    for (const c of slice.list as Conversation[]) conversations.set(c.id, c);
    rows.push(...(slice.links as LinkRow[]));
  }
  const contacts = new Map<string, ContactCard>();
  const referred: { id: string; referredBy: string | null }[] = [];
  for (const slice of people) {
    problems += slice.problems as number;
    for (const [id, name, url, referredBy, firstName] of (slice.people ?? []) as PersonRow[]) {
      contacts.set(id, { id, name, firstName, profileUrl: url === 1 ? profileUrlFor(id) : url });
      if (referredBy) referred.push({ id, referredBy });
    }
  }
  const owner = new Map<string, string>();
  for (const [id, contactId] of rows) owner.set(id, contactId);
  for (const c of conversations.values()) owner.set(c.id, c.contactId);
  const missing = referred.map((r) => r.referredBy!).filter((id) => !owner.has(id));
  if (missing.length) for (const [id, contactId] of await contactIdOf([...new Set(missing)])) owner.set(id, contactId);
  const linkSources = rows.map(([, contactId, referrals, contactPerson]) => ({ contactId, referrals, contactPerson }));
  const links = [...referralLinks(linkSources, referred, (id) => owner.get(id))];
  return { conversations, contacts, links, problems };
}
