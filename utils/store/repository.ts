// The repository: the only code that reads and writes Fifteen's records in extension storage.
// Every write is a transaction — read the shards it needs, change them, write them back — run
// under one lock, so writers in several contexts take turns and no write is lost. Stored data
// is checked on the way in: a record that doesn't look right is counted and left untouched in
// storage (never wiped), and the rest keeps working. When a write must take the place of
// something unreadable (a record with the same id, a shard or settings of an unknown shape),
// the old value is moved to KEY_SET_ASIDE first: kept, shown as a problem, exported as stored.
import { browser } from '#imports';
import * as v from 'valibot';
import { DEFAULT_SETTINGS, SettingsSchema, STATUSES, CHANNELS, type Contact, type Conversation, type Settings } from '../domain/model';
import { decodeShard, encodeShard } from './codec';
import { encodeShards } from './codec-pool';
import { withLock } from './lock';
import {
  ALL_SHARD_KEYS,
  isOurKey,
  KEY_LISTS_READY,
  KEY_META,
  KEY_POINTS_INDEX_READY,
  KEY_SET_ASIDE,
  KEY_SETTINGS,
  LISTS_READ_KEYS,
  listsKey,
  peopleKey,
  pointsIndexKey,
  SCHEMA_VERSION,
  SHARDS,
  shardKey,
  shardOf,
  type Meta,
  type SetAside,
  type Table,
} from './layout';
import { migrate } from './migrations';
import { encodePointsIndex } from './points-index';
import { encodeListsSlice, encodePeopleSlice, readListsSlice, type ListsSliceRead } from './lists-slice';
import { reminderSettingsKey } from '../domain/lists-slice';
import { POINTS_KEYS, readPointsIndex, type PointsRead } from './points-read';

type Raw = Record<string, unknown>;
type Area = typeof browser.storage.local;

const LOCK = 'fifteen-store';
const storageArea = (): Area => browser.storage.local;

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
const isObj = (x: unknown): x is Raw => typeof x === 'object' && x !== null && !Array.isArray(x);

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
const readable = (table: Table, id: string, x: unknown): boolean => guards[table](x) && (x as Raw).id === id;

const SETTINGS_FIELDS = Object.keys(SettingsSchema.entries);

interface SettingsReading {
  settings: Settings;
  /** Set when the stored value (or part of it) could not be read. */
  problem?: StoreProblem;
}

function readSettings(raw: unknown): SettingsReading {
  if (raw === undefined) return { settings: DEFAULT_SETTINGS };
  const parsed = v.safeParse(SettingsSchema, raw);
  if (parsed.success) return { settings: parsed.output };
  if (!isObj(raw)) {
    return { settings: DEFAULT_SETTINGS, problem: { where: 'settings', message: 'Your settings could not be read; the defaults are used until you save them again.' } };
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
    problem: { where: 'settings', message: `Some settings could not be read (${lost.join(', ')}); they are back to their defaults until you save them again.` },
  };
}

interface MetaReading {
  version: number;
  problem?: StoreProblem;
}

function readMeta(raw: unknown): MetaReading {
  // No marker: data written before the store kept a version (version 0), or no data yet.
  if (raw === undefined) return { version: 0 };
  if (isObj(raw) && Number.isInteger(raw.schemaVersion) && (raw.schemaVersion as number) >= 0) return { version: raw.schemaVersion as number };
  return {
    version: SCHEMA_VERSION,
    problem: { where: 'meta', message: "The mark of your data's version could not be read; the data is read as this version's." },
  };
}

/** The set-aside list with `more` added; an unreadable list is itself kept, as its first entry. */
async function setAsideList(storage: Area, more: SetAside[]): Promise<unknown[]> {
  const got = ((await storage.get(KEY_SET_ASIDE)) as Raw)[KEY_SET_ASIDE];
  const before = Array.isArray(got) ? got : got === undefined ? [] : [{ key: KEY_SET_ASIDE, value: got, at: new Date().toISOString() }];
  return [...before, ...more];
}

function setAsideProblems(raw: unknown, problems: StoreProblem[]): void {
  if (raw === undefined) return;
  for (const entry of Array.isArray(raw) ? raw : [raw]) {
    const where = isObj(entry) && typeof entry.key === 'string' ? `${entry.key}${typeof entry.id === 'string' ? `/${entry.id}` : ''}` : 'unknown';
    problems.push({ where: `set aside: ${where}`, message: 'Something that could not be read was set aside when newer data took its place. It is kept as it was.' });
  }
}

export { decodeShard, encodeShard };

/** Decodes every shard of the stored data at once (gunzip runs off the main thread). */
async function decodeAll(stored: Raw): Promise<Map<string, Raw | undefined>> {
  const keys = [...ALL_SHARD_KEYS.contacts, ...ALL_SHARD_KEYS.conversations].filter((k) => stored[k] !== undefined);
  const decoded = await Promise.all(keys.map((k) => decodeShard(stored[k])));
  return new Map(keys.map((k, i) => [k, decoded[i]]));
}

function collect<T extends { id: string }>(table: Table, decoded: Map<string, Raw | undefined>, into: Map<string, T>, problems: StoreProblem[]): void {
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
      else problems.push({ where: `${table}/${id}`, message: `A stored ${table === 'contacts' ? 'contact' : 'conversation'} could not be read.` });
    }
  }
}

/**
 * Which version of the stored data a read may share: it moves on with every change seen in
 * storage (any context's) and every transaction of this one, so a read is only shared with
 * one that started after the last change.
 */
let dataGeneration = 0;
const bumpGeneration = (): void => void dataGeneration++;
let inflight: { generation: number; snapshot: Promise<Snapshot> } | undefined;

/**
 * Reads everything: all contacts, conversations and the settings. A read asked for while an
 * equally fresh one is under way shares it (say, an export clicked while the page reloads its
 * view after an import): the same tens of MB are not read and decoded twice at once. A snapshot
 * is never changed by those who read it.
 */
export function loadSnapshot(): Promise<Snapshot> {
  const changes = browser.storage.onChanged;
  if (!changes.hasListener(bumpGeneration)) {
    changes.addListener(bumpGeneration);
    dataGeneration++;
  }
  if (inflight && inflight.generation === dataGeneration) return inflight.snapshot;
  const entry = { generation: dataGeneration, snapshot: readSnapshot() };
  inflight = entry;
  const done = () => {
    if (inflight === entry) inflight = undefined;
  };
  entry.snapshot.then(done, done);
  return entry.snapshot;
}

async function readSnapshot(): Promise<Snapshot> {
  const keys = [KEY_META, KEY_SETTINGS, KEY_SET_ASIDE, ...ALL_SHARD_KEYS.contacts, ...ALL_SHARD_KEYS.conversations];
  let raw = (await storageArea().get(keys)) as Raw;
  const meta = readMeta(raw[KEY_META]);
  const readOnly = meta.version > SCHEMA_VERSION;
  if (meta.version < SCHEMA_VERSION) raw = migrate(raw, meta.version).data;
  const problems: StoreProblem[] = [];
  if (readOnly) {
    problems.push({ where: 'meta', message: 'This data was saved by a newer version of Fifteen. It is shown read-only; update Fifteen to change it.' });
  }
  if (meta.problem) problems.push(meta.problem);
  const contacts = new Map<string, Contact>();
  const conversations = new Map<string, Conversation>();
  const decoded = await decodeAll(raw);
  collect('contacts', decoded, contacts, problems);
  collect('conversations', decoded, conversations, problems);
  const settings = readSettings(raw[KEY_SETTINGS]);
  if (settings.problem) problems.push(settings.problem);
  setAsideProblems(raw[KEY_SET_ASIDE], problems);
  return { contacts, conversations, settings: settings.settings, problems, readOnly };
}

/**
 * Everything Fifteen has stored, exactly as stored: every "fifteen:" key, including keys this
 * version does not know (a newer version's). For an export that loses nothing it cannot read.
 */
export async function loadRaw(): Promise<Raw> {
  const all = (await storageArea().get(null)) as Raw;
  const out: Raw = {};
  for (const key of Object.keys(all).sort()) if (isOurKey(key)) out[key] = all[key];
  return out;
}

export interface PointsIndex extends Omit<PointsRead, 'settings'> {
  settings: Settings;
}

/** The points index as read by readPointsIndex() (e.g. by the popup's first script), its settings checked. */
export function pointsIndexFrom(read: PointsRead): PointsIndex {
  return { ...read, settings: readSettings(read.settings).settings };
}

/**
 * The points of every conversation and the settings, from the points index: tens of KB where the
 * records are tens of MB. Null when the index is missing or cannot stand for the records (data
 * written before it existed, or by another version): then read the snapshot, and
 * rebuildPointsIndex().
 */
export async function loadPointsIndex(now = new Date()): Promise<PointsIndex | null> {
  const read = readPointsIndex((await storageArea().get(POINTS_KEYS)) as Raw, now);
  return read && pointsIndexFrom(read);
}

/** Writes the points index of every shard afresh from the records. */
export function rebuildPointsIndex(): Promise<void> {
  return transact((tx) => tx.reindexAll());
}

/**
 * Builds the points index and the lists' slices only where they cannot stand for the records (a
 * new install, or data stored by a version before them). Returns whether they were built.
 */
export async function ensurePointsIndex(): Promise<boolean> {
  if ((await loadPointsIndex()) && (await loadListsSlice())) return false;
  await rebuildPointsIndex();
  return true;
}

export interface PopupLists extends ListsSliceRead {
  settings: Settings;
}

/**
 * What the popup's lists need, from the lists' slices (see lists-slice.ts) and the small keys
 * beside them; `problems` counts as the snapshot's do. Null when the slices cannot stand for the
 * records at `now`: then read the snapshot, and rebuildPointsIndex(). `read`: storage.get of
 * LISTS_READ_KEYS, if already asked for (by the popup's first script).
 */
export async function loadListsSlice(now = new Date(), read?: Promise<Raw>): Promise<PopupLists | null> {
  const raw = (await (read ?? storageArea().get(LISTS_READ_KEYS))) as Raw;
  const settings = readSettings(raw[KEY_SETTINGS]);
  // The owners of conversations that only a contact's referredBy names: from their shards.
  const owners = async (ids: string[]): Promise<Map<string, string>> => {
    const keys = [...new Set(ids.map((id) => shardKey('conversations', shardOf(id))))];
    const got = (await storageArea().get(keys)) as Raw;
    const shards = await Promise.all(keys.map((k) => decodeShard(got[k])));
    const out = new Map<string, string>();
    for (const id of ids) {
      const shard = shards[keys.indexOf(shardKey('conversations', shardOf(id)))];
      const c = shard?.[id];
      if (readable('conversations', id, c)) out.set(id, (c as Conversation).contactId);
    }
    return out;
  };
  let slices: ListsSliceRead | null;
  try {
    slices = await readListsSlice(raw, now.getTime(), settings.settings, owners);
  } catch {
    slices = null; // a slice of an unexpected shape
  }
  if (!slices) return null;
  const aside: StoreProblem[] = [];
  setAsideProblems(raw[KEY_SET_ASIDE], aside);
  return { ...slices, problems: slices.problems + aside.length + (settings.problem ? 1 : 0), settings: settings.settings };
}

export async function loadSettings(): Promise<Settings> {
  const raw = (await storageArea().get(KEY_SETTINGS)) as Raw;
  return readSettings(raw[KEY_SETTINGS]).settings;
}

/** One read-modify-write. Shards are read on demand and written once, at the end. */
export class Transaction {
  private readonly shards = new Map<string, Raw>();
  private readonly dirty = new Set<string>();
  private readonly loading = new Map<string, Promise<Raw>>();
  private settingsValue: Settings | undefined;
  private settingsDirty = false;
  /** The stored settings, when they could not be read whole: set aside if they are replaced. */
  private settingsUnreadable: { value: unknown } | undefined;
  /** Shards stored as something other than an object, by key: set aside if they are rewritten. */
  private readonly unreadableShards = new Map<string, unknown>();
  /** Unreadable records that a put replaced: set aside on commit. */
  private readonly replaced: SetAside[] = [];
  private erased = false;
  private reindex = false;
  /** The reminder settings changed: every shard's lists' slice is taken again. */
  private reslice = false;

  constructor(private readonly storage: Area) {}

  private async shard(table: Table, id: string): Promise<Raw> {
    return this.shardByKey(shardKey(table, shardOf(id)));
  }

  private async shardByKey(key: string): Promise<Raw> {
    const loaded = this.shards.get(key);
    if (loaded) return loaded;
    // One load per key, even when two reads of it overlap within the transaction.
    let pending = this.loading.get(key);
    if (!pending) {
      pending = (async () => {
        const got = (await this.storage.get(key)) as Raw;
        const s = await this.adopt(key, got[key]);
        if (!this.shards.has(key)) this.shards.set(key, s);
        return this.shards.get(key)!;
      })();
      this.loading.set(key, pending);
    }
    return pending;
  }

  /** A working copy of a stored shard; one of an unknown shape starts empty and is remembered. */
  private async adopt(key: string, stored: unknown): Promise<Raw> {
    const shard = await decodeShard(stored);
    if (shard) return typeof stored === 'string' ? shard : { ...shard };
    if (stored !== undefined) this.unreadableShards.set(key, stored);
    return {};
  }

  private async putRecord(table: Table, record: Contact | Conversation): Promise<void> {
    const key = shardKey(table, shardOf(record.id));
    this.place(table, key, await this.shardByKey(key), record);
  }

  /** Puts a record into its loaded shard; an unreadable one it replaces is set aside on commit. */
  private place(table: Table, key: string, shard: Raw, record: Contact | Conversation, at = new Date().toISOString()): void {
    const old = shard[record.id];
    if (old !== undefined && !readable(table, record.id, old)) this.replaced.push({ key, id: record.id, value: old, at });
    shard[record.id] = record;
    this.dirty.add(key);
  }

  /** Loads every shard of a table at once (one storage call). */
  private async loadTable(table: Table): Promise<void> {
    const missing = ALL_SHARD_KEYS[table].filter((k) => !this.shards.has(k));
    if (!missing.length) return;
    const got = (await this.storage.get(missing)) as Raw;
    const adopted = await Promise.all(missing.map((key) => this.adopt(key, got[key])));
    missing.forEach((key, i) => {
      if (!this.shards.has(key)) this.shards.set(key, adopted[i]!);
    });
  }

  async getContact(id: string): Promise<Contact | undefined> {
    const r = (await this.shard('contacts', id))[id];
    return readable('contacts', id, r) ? (r as Contact) : undefined;
  }

  async getConversation(id: string): Promise<Conversation | undefined> {
    const r = (await this.shard('conversations', id))[id];
    return readable('conversations', id, r) ? (r as Conversation) : undefined;
  }

  putContact(c: Contact): Promise<void> {
    return this.putRecord('contacts', c);
  }

  putConversation(c: Conversation): Promise<void> {
    return this.putRecord('conversations', c);
  }

  /**
   * Puts many records of one table at once: its shards are loaded in one storage call and the
   * records placed without a wait each (an import writes tens of thousands).
   */
  async putAll(table: Table, records: Iterable<Contact | Conversation>): Promise<void> {
    await this.loadTable(table);
    const at = new Date().toISOString();
    const keys = ALL_SHARD_KEYS[table];
    for (const record of records) {
      const key = keys[shardOf(record.id)]!;
      this.place(table, key, this.shards.get(key)!, record, at);
    }
  }

  async deleteConversation(id: string): Promise<void> {
    const key = shardKey('conversations', shardOf(id));
    const s = await this.shardByKey(key);
    if (id in s) {
      delete s[id];
      this.dirty.add(key);
    }
  }

  /** All readable records of a table. */
  async all<T extends Table>(table: T): Promise<T extends 'contacts' ? Contact[] : Conversation[]> {
    await this.loadTable(table);
    const out: unknown[] = [];
    for (const key of ALL_SHARD_KEYS[table]) {
      const s = this.shards.get(key)!;
      for (const id in s) if (readable(table, id, s[id])) out.push(s[id]);
    }
    return out as T extends 'contacts' ? Contact[] : Conversation[];
  }

  async settings(): Promise<Settings> {
    if (!this.settingsValue) {
      const stored = ((await this.storage.get(KEY_SETTINGS)) as Raw)[KEY_SETTINGS];
      const reading = readSettings(stored);
      this.settingsValue = reading.settings;
      if (reading.problem) this.settingsUnreadable = { value: stored };
    }
    return this.settingsValue;
  }

  async putSettings(patch: Partial<Settings>): Promise<Settings> {
    const before = await this.settings();
    const next = v.parse(SettingsSchema, { ...before, ...patch });
    if (reminderSettingsKey(next) !== reminderSettingsKey(before)) {
      await this.loadTable('conversations');
      this.reslice = true;
    }
    this.settingsValue = next;
    this.settingsDirty = true;
    return next;
  }

  /** Rewrites every shard's points index and lists' slices when the transaction commits. */
  async reindexAll(): Promise<void> {
    await Promise.all([this.loadTable('conversations'), this.loadTable('contacts')]);
    this.reindex = true;
  }

  /** Removes every record and setting when the transaction commits. */
  eraseAll(): void {
    this.erased = true;
    this.shards.clear();
    this.loading.clear();
    this.dirty.clear();
    this.settingsValue = undefined;
    this.settingsDirty = false;
    this.settingsUnreadable = undefined;
    this.unreadableShards.clear();
    this.replaced.length = 0;
  }

  private changed(table: Table, i: number): boolean {
    return this.reindex || this.erased || this.dirty.has(ALL_SHARD_KEYS[table][i]!) || (table === 'conversations' && this.reslice);
  }

  /** The reminder settings the lists' slices are taken with, if any is to be written. */
  private async sliceSettings(): Promise<Settings> {
    return ALL_SHARD_KEYS.conversations.some((_, i) => this.changed('conversations', i)) ? this.settings() : DEFAULT_SETTINGS;
  }

  /** The points index and the lists' slices of every changed shard (all, when reindexing), into `items`. */
  private derived(items: Raw, now: number, settings: Settings): void {
    const all = this.reindex || this.erased;
    // A shard that could not be read and is not rewritten stays in storage: one problem.
    const problemsIn = (key: string, shard: Raw, readableOnes: unknown[]) =>
      Object.keys(shard).length - readableOnes.length + (this.unreadableShards.has(key) && !this.dirty.has(key) ? 1 : 0);
    for (let i = 0; i < SHARDS; i++) {
      for (const table of ['conversations', 'contacts'] as const) {
        if (!this.changed(table, i)) continue;
        const key = ALL_SHARD_KEYS[table][i]!;
        const shard = this.shards.get(key) ?? {};
        const ok: unknown[] = [];
        for (const id in shard) if (readable(table, id, shard[id])) ok.push(shard[id]);
        const problems = problemsIn(key, shard, ok);
        if (table === 'conversations') {
          if (this.dirty.has(key) || all) items[pointsIndexKey(i)] = encodePointsIndex(ok as Conversation[], now);
          items[listsKey(i)] = encodeListsSlice(ok as Conversation[], problems, settings, now);
        } else {
          items[peopleKey(i)] = encodePeopleSlice(ok as Contact[], problems);
        }
      }
    }
  }

  async commit(): Promise<void> {
    if (this.erased) {
      // Everything Fifteen keeps, reminders' bookkeeping included; only the version stays.
      const all = Object.keys((await this.storage.get(null)) as Raw);
      await this.storage.remove(all.filter((k) => isOurKey(k) && k !== KEY_META));
      this.reindex = true;
    }
    const items: Raw = {};
    const at = new Date().toISOString();
    const aside = [...this.replaced];
    const dirty = [...this.dirty];
    const settings = await this.sliceSettings();
    // Each changed shard carries its points index and lists' slice in the same write; they are
    // worked out while the codec workers compress the shards (an import: 0.2 s at 50,000).
    const encoding = encodeShards(dirty.map((key) => this.shards.get(key)!));
    try {
      this.derived(items, Date.now(), settings);
    } finally {
      const encoded = await encoding;
      dirty.forEach((key, i) => {
        if (this.unreadableShards.has(key)) aside.push({ key, value: this.unreadableShards.get(key), at });
        items[key] = encoded[i];
      });
    }
    if (this.reindex) items[KEY_POINTS_INDEX_READY] = items[KEY_LISTS_READY] = true;
    if (this.settingsDirty) {
      if (this.settingsUnreadable) aside.push({ key: KEY_SETTINGS, value: this.settingsUnreadable.value, at });
      items[KEY_SETTINGS] = this.settingsValue;
    }
    if (Object.keys(items).length === 0) return;
    // In the same write as what replaces them: the old values are never gone before being kept.
    if (aside.length) items[KEY_SET_ASIDE] = await setAsideList(this.storage, aside);
    // The index alone is derived data: rebuilding it stamps no version.
    if (this.dirty.size || this.settingsDirty || this.erased) items[KEY_META] = { schemaVersion: SCHEMA_VERSION } satisfies Meta;
    try {
      await this.storage.set(items);
    } catch (e) {
      // storage.set writes all or nothing: a full store changed nothing, and says so plainly.
      if (/quota/i.test(String(e))) throw new Error(STORE_FULL);
      throw e;
    }
  }
}

export const STORE_FULL =
  "Fifteen's storage in this browser is full, so nothing was saved. Export a backup, then erase old history to make room.";

/** Brings stored data to the current schema version, once, before any write. */
async function ensureCurrent(storage: Area): Promise<void> {
  const stored = ((await storage.get(KEY_META)) as Raw)[KEY_META];
  const meta = readMeta(stored);
  if (meta.version > SCHEMA_VERSION) {
    throw new Error('Your data was saved by a newer version of Fifteen, so this version will not change it. Update Fifteen.');
  }
  const current: Meta = { schemaVersion: SCHEMA_VERSION };
  if (meta.problem) {
    await storage.set({ [KEY_SET_ASIDE]: await setAsideList(storage, [{ key: KEY_META, value: stored, at: new Date().toISOString() }]), [KEY_META]: current });
    return;
  }
  if (meta.version === SCHEMA_VERSION) return;
  const raw = await loadRaw();
  const { data, removed } = migrate(raw, meta.version);
  // A step may change records: the index and the slices are built afresh from them.
  for (const key of [KEY_POINTS_INDEX_READY, KEY_LISTS_READY]) if (key in raw) removed.push(key);
  // Only what a step changed is written back: an unchanged key stays exactly as stored.
  const changed: Raw = {};
  for (const key of Object.keys(data)) if (data[key] !== raw[key]) changed[key] = data[key];
  if (removed.length) await storage.remove(removed);
  await storage.set({ ...changed, [KEY_META]: current });
}

/** Runs `fn` as one transaction, taking turns with every other writer. */
export function transact<T>(fn: (tx: Transaction) => Promise<T> | T): Promise<T> {
  return withLock(LOCK, async () => {
    try {
      const storage = storageArea();
      await ensureCurrent(storage);
      const tx = new Transaction(storage);
      const result = await fn(tx);
      await tx.commit();
      return result;
    } finally {
      // Reads under way may have started before this write: later ones must not share them.
      bumpGeneration();
    }
  });
}

export { watchStore } from './watch';
