// How Fifteen's data is laid out in browser.storage.local. Records are spread over a fixed
// number of shards (one storage key each), so one write rewrites a sixteenth of the data, not
// all of it, while a full read stays a handful of keys. Every key starts with "fifteen:".
export const PREFIX = 'fifteen:';
export const SCHEMA_VERSION = 2;
export const SHARDS = 16;

export const KEY_META = `${PREFIX}meta`;
export const KEY_SETTINGS = `${PREFIX}settings`;
/** Which reminders the background has already shown as notifications (not a record shard). */
export const KEY_NOTIFIED = `${PREFIX}notified`;
/** Whether the helper could read each of the last profiles the user opened (see read-health.ts). */
export const KEY_READS = `${PREFIX}reads`;
/**
 * Stored values that could not be read and were in the way of a write (an unreadable record
 * replaced by a new one with its id, a shard or the settings of an unknown shape): moved here,
 * never dropped, so an export of everything as stored still holds them.
 */
export const KEY_SET_ASIDE = `${PREFIX}set-aside`;
export type Table = 'contacts' | 'conversations';

export const shardKey = (table: Table, shard: number): string => `${PREFIX}${table}:${shard.toString(16)}`;

export const ALL_SHARD_KEYS: Record<Table, string[]> = {
  contacts: Array.from({ length: SHARDS }, (_, i) => shardKey('contacts', i)),
  conversations: Array.from({ length: SHARDS }, (_, i) => shardKey('conversations', i)),
};

/** The points index of one shard of conversations (see points-index.ts): derived, not data. */
export const pointsIndexKey = (shard: number): string => `${PREFIX}points:${shard.toString(16)}`;
export const ALL_POINTS_INDEX_KEYS: string[] = Array.from({ length: SHARDS }, (_, i) => pointsIndexKey(i));
const POINTS_INDEX_PREFIX = `${PREFIX}points:`;
/**
 * Set once the index covers every shard (rebuilt from the records, or the store erased); from
 * then on every write keeps it, and a shard without an index key has no conversations.
 */
export const KEY_POINTS_INDEX_READY = `${POINTS_INDEX_PREFIX}ready`;

/**
 * What the popup's lists need of one shard (see lists-slice.ts), beside the shard: of
 * conversations (listsKey) and of contacts (peopleKey). Derived, not data.
 */
const LISTS_PREFIX = `${PREFIX}lists:`;
export const listsKey = (shard: number): string => `${LISTS_PREFIX}${shard.toString(16)}`;
export const peopleKey = (shard: number): string => `${LISTS_PREFIX}people:${shard.toString(16)}`;
export const ALL_LISTS_KEYS: string[] = Array.from({ length: SHARDS }, (_, i) => listsKey(i));
export const ALL_PEOPLE_KEYS: string[] = Array.from({ length: SHARDS }, (_, i) => peopleKey(i));
/** Set once the slices cover every shard; as KEY_POINTS_INDEX_READY. */
export const KEY_LISTS_READY = `${LISTS_PREFIX}ready`;
/** Everything the popup's lists are read from, in one storage.get (lists-slice.ts, repository.ts). */
export const LISTS_READ_KEYS: string[] = [
  KEY_META,
  KEY_LISTS_READY,
  KEY_SETTINGS,
  KEY_SET_ASIDE,
  ...ALL_LISTS_KEYS,
  ...ALL_PEOPLE_KEYS,
];

/** FNV-1a over the id's UTF-16 units: stable, cheap and evenly spread. */
export function shardOf(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % SHARDS;
}

export const isOurKey = (key: string): boolean => key.startsWith(PREFIX);
/**
 * Keys whose change means the user's data changed (the notified list and the reads are
 * bookkeeping; the points index and the lists' slices change with their shards, or are rebuilt
 * from them).
 */
export const isDataKey = (key: string): boolean =>
  isOurKey(key) &&
  key !== KEY_NOTIFIED &&
  key !== KEY_READS &&
  !key.startsWith(POINTS_INDEX_PREFIX) &&
  !key.startsWith(LISTS_PREFIX);

export interface Meta {
  /** Every version of Fifteen keeps this field, so any version can tell a newer one's data. */
  schemaVersion: number;
}

/** One value moved out of the way of a write (see KEY_SET_ASIDE). */
export interface SetAside {
  /** The storage key it was under, and the record id within it where it was one record. */
  key: string;
  id?: string;
  value: unknown;
  at: string;
}
