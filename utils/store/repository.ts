// The repository: the only code that reads and writes Fifteen's records in extension storage.
// Every write is a transaction — read the shards it needs, change them, write them back — run
// under one lock, so writers in several contexts take turns and no write is lost. Stored data
// is checked on the way in: a record that doesn't look right is counted and left untouched in
// storage (never wiped), and the rest keeps working. When a write must take the place of
// something unreadable (a record with the same id, a shard or settings of an unknown shape),
// the old value is moved to KEY_SET_ASIDE first: kept, shown as a problem, exported as stored.
// Here: the reads (a snapshot, the points index, the lists' slices) and the lock; a write is a
// Transaction (./transaction.ts); what stored data must look like to be read is ./stored-read.ts.
import { browser } from '#imports';
import { type Contact, type Conversation, type Settings } from '../domain/model';
import { decodeShard } from './codec';
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
  SCHEMA_VERSION,
  shardKey,
  shardOf,
  type Meta,
} from './layout';
import { migrate } from './migrations';
import { readListsSlice, type ListsSliceRead } from './lists-slice';
import type { PointsIndex } from './points-index';
import { POINTS_KEYS, readPointsIndex } from './points-read';
import {
  collect,
  decodeAll,
  readMeta,
  readSettings,
  readable,
  setAsideList,
  setAsideProblems,
  type Area,
  type Snapshot,
  type StoreProblem,
} from './stored-read';
import { Transaction } from './transaction';
import type { Raw } from '../domain/raw';

export type { Snapshot };

const LOCK = 'fifteen-store';
const storageArea = (): Area => browser.storage.local;

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
    problems.push({
      where: 'meta',
      message: 'This data was saved by a newer version of Fifteen. It is shown read-only; update Fifteen to change it.',
    });
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

/** The points index as read by readPointsIndex() (e.g. by the popup's first script), its settings checked. */
export function pointsIndexFrom(read: PointsIndex): PointsIndex<Settings> {
  return { ...read, settings: readSettings(read.settings).settings };
}

/**
 * The points of every conversation and the settings, from the points index: tens of KB where the
 * records are tens of MB. Null when the index is missing or cannot stand for the records (data
 * written before it existed, or by another version): then read the snapshot, and
 * rebuildPointsIndex().
 */
export async function loadPointsIndex(now = new Date()): Promise<PointsIndex<Settings> | null> {
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
  return {
    ...slices,
    problems: slices.problems + aside.length + (settings.problem ? 1 : 0),
    settings: settings.settings,
  };
}

export async function loadSettings(): Promise<Settings> {
  const raw = (await storageArea().get(KEY_SETTINGS)) as Raw;
  return readSettings(raw[KEY_SETTINGS]).settings;
}

/** Brings stored data to the current schema version, once, before any write. */
async function ensureCurrent(storage: Area): Promise<void> {
  const stored = ((await storage.get(KEY_META)) as Raw)[KEY_META];
  const meta = readMeta(stored);
  if (meta.version > SCHEMA_VERSION) {
    throw new Error(
      'Your data was saved by a newer version of Fifteen, so this version will not change it. Update Fifteen.',
    );
  }
  const current: Meta = { schemaVersion: SCHEMA_VERSION };
  if (meta.problem) {
    await storage.set({
      [KEY_SET_ASIDE]: await setAsideList(storage, [{ key: KEY_META, value: stored, at: new Date().toISOString() }]),
      [KEY_META]: current,
    });
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
