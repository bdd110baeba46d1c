// What is stored, as read: the cheap checks each record passes, the settings salvaged field by
// field, the meta version, the set-aside list, and the decoding of every shard at once. Shared
// by the snapshot reads (./repository.ts) and the transactions (./transaction.ts).
import { browser } from '#imports';
import * as v from 'valibot';
import {
  DEFAULT_SETTINGS,
  SettingsSchema,
  STATUSES,
  CHANNELS,
  type Contact,
  type Conversation,
  type Settings,
} from '../domain/model';
import { decodeShard } from './codec';
import { ALL_SHARD_KEYS, KEY_SET_ASIDE, SCHEMA_VERSION, type SetAside, type Table } from './layout';
import { isObj, type Raw } from '../domain/raw';

export type Area = typeof browser.storage.local;

export interface StoreProblem {
  where: string;
  message: string;
}

export interface Snapshot {
  contacts: Map<string, Contact>;
  conversations: Map<string, Conversation>;
  settings: Settings;
  /** Records or keys that could not be read; kept in storage as they are. */
  problems: StoreProblem[];
  /** Set when the data was stored by a newer version of Fifteen: nothing may be written. */
  readOnly: boolean;
}

const statusSet = new Set<string>(STATUSES);
const channelSet = new Set<string>(CHANNELS);

// Cheap structural checks instead of a full schema per record: reading 50,000 conversations
// must stay fast, and writes go through the domain code that builds valid records.
function looksLikeContact(x: unknown): x is Contact {
  return isObj(x) && typeof x.id === 'string' && typeof x.name === 'string' && typeof x.updatedAt === 'string';
}
function looksLikeConversation(x: unknown): x is Conversation {
  return (
    isObj(x) &&
    typeof x.id === 'string' &&
    typeof x.contactId === 'string' &&
    statusSet.has(x.status as string) &&
    channelSet.has(x.channel as string) &&
    isObj(x.outcomes) &&
    typeof x.updatedAt === 'string'
  );
}
const guards = { contacts: looksLikeContact, conversations: looksLikeConversation } as const;
/** A record is readable when it looks right and is stored under its own id. */
export const readable = (table: Table, id: string, x: unknown): boolean => guards[table](x) && (x as Raw).id === id;

const SETTINGS_FIELDS = Object.keys(SettingsSchema.entries);

interface SettingsReading {
  settings: Settings;
  /** Set when the stored value (or part of it) could not be read. */
  problem?: StoreProblem;
}

export function readSettings(raw: unknown): SettingsReading {
  if (raw === undefined) return { settings: DEFAULT_SETTINGS };
  const parsed = v.safeParse(SettingsSchema, raw);
  if (parsed.success) return { settings: parsed.output };
  if (!isObj(raw)) {
    return {
      settings: DEFAULT_SETTINGS,
      problem: {
        where: 'settings',
        message: 'Your settings could not be read; the defaults are used until you save them again.',
      },
    };
  }
  // One bad value must not cost the user their name, pitch and templates: keep every field
  // that reads on its own, and only the others fall back to their defaults.
  const kept: Raw = {};
  const lost: string[] = [];
  for (const field of SETTINGS_FIELDS) {
    if (!(field in raw)) continue;
    if (v.safeParse(SettingsSchema, { [field]: raw[field] }).success) kept[field] = raw[field];
    else lost.push(field);
  }
  const salvaged = v.safeParse(SettingsSchema, kept);
  return {
    settings: salvaged.success ? salvaged.output : DEFAULT_SETTINGS,
    problem: {
      where: 'settings',
      message: `Some settings could not be read (${lost.join(', ')}); they are back to their defaults until you save them again.`,
    },
  };
}

interface MetaReading {
  version: number;
  problem?: StoreProblem;
}

export function readMeta(raw: unknown): MetaReading {
  // No marker: data written before the store kept a version (version 0), or no data yet.
  if (raw === undefined) return { version: 0 };
  if (isObj(raw) && Number.isInteger(raw.schemaVersion) && (raw.schemaVersion as number) >= 0)
    return { version: raw.schemaVersion as number };
  return {
    version: SCHEMA_VERSION,
    problem: {
      where: 'meta',
      message: "The mark of your data's version could not be read; the data is read as this version's.",
    },
  };
}

/** The set-aside list with `more` added; an unreadable list is itself kept, as its first entry. */
export async function setAsideList(storage: Area, more: SetAside[]): Promise<unknown[]> {
  const got = ((await storage.get(KEY_SET_ASIDE)) as Raw)[KEY_SET_ASIDE];
  const before = Array.isArray(got)
    ? got
    : got === undefined
      ? []
      : [{ key: KEY_SET_ASIDE, value: got, at: new Date().toISOString() }];
  return [...before, ...more];
}

export function setAsideProblems(raw: unknown, problems: StoreProblem[]): void {
  if (raw === undefined) return;
  for (const entry of Array.isArray(raw) ? raw : [raw]) {
    const where =
      isObj(entry) && typeof entry.key === 'string'
        ? `${entry.key}${typeof entry.id === 'string' ? `/${entry.id}` : ''}`
        : 'unknown';
    problems.push({
      where: `set aside: ${where}`,
      message: 'Something that could not be read was set aside when newer data took its place. It is kept as it was.',
    });
  }
}

/** Decodes every shard of the stored data at once (gunzip runs off the main thread). */
export async function decodeAll(stored: Raw): Promise<Map<string, Raw | undefined>> {
  const keys = [...ALL_SHARD_KEYS.contacts, ...ALL_SHARD_KEYS.conversations].filter((k) => stored[k] !== undefined);
  const decoded = await Promise.all(keys.map((k) => decodeShard(stored[k])));
  return new Map(keys.map((k, i) => [k, decoded[i]]));
}

export function collect<T extends { id: string }>(
  table: Table,
  decoded: Map<string, Raw | undefined>,
  into: Map<string, T>,
  problems: StoreProblem[],
): void {
  const guard = guards[table] as unknown as (x: unknown) => x is T;
  for (const key of ALL_SHARD_KEYS[table]) {
    if (!decoded.has(key)) continue;
    const shard = decoded.get(key);
    if (!shard) {
      problems.push({ where: key, message: `A block of ${table} could not be read.` });
      continue;
    }
    for (const id in shard) {
      const record = shard[id];
      if (guard(record) && record.id === id) into.set(id, record);
      else
        problems.push({
          where: `${table}/${id}`,
          message: `A stored ${table === 'contacts' ? 'contact' : 'conversation'} could not be read.`,
        });
    }
  }
}
