// One read-modify-write of the store (see ./repository.ts, which runs them under the lock):
// shards read on demand and written once, at the end, with their points index and lists' slices;
// anything unreadable in the way of a write set aside first, never dropped.
import * as v from 'valibot';
import { DEFAULT_SETTINGS, SettingsSchema, type Contact, type Conversation, type Settings } from '../domain/model';
import { decodeShard } from './codec';
import { encodeShards } from './codec-pool';
import {
  ALL_SHARD_KEYS,
  isOurKey,
  KEY_LISTS_READY,
  KEY_META,
  KEY_POINTS_INDEX_READY,
  KEY_SET_ASIDE,
  KEY_SETTINGS,
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
import { encodePointsIndex } from './points-index';
import { encodeListsSlice, encodePeopleSlice } from './lists-slice';
import { reminderSettingsKey } from '../domain/lists-slice';
import type { Raw } from '../domain/raw';
import { readable, readSettings, setAsideList, type Area } from './stored-read';

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
  private place(
    table: Table,
    key: string,
    shard: Raw,
    record: Contact | Conversation,
    at = new Date().toISOString(),
  ): void {
    const old = shard[record.id];
    if (old !== undefined && !readable(table, record.id, old))
      this.replaced.push({ key, id: record.id, value: old, at });
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
    return (
      this.reindex ||
      this.erased ||
      this.dirty.has(ALL_SHARD_KEYS[table][i]!) ||
      (table === 'conversations' && this.reslice)
    );
  }

  /** The reminder settings the lists' slices are taken with, if any is to be written. */
  private async sliceSettings(): Promise<Settings> {
    return ALL_SHARD_KEYS.conversations.some((_, i) => this.changed('conversations', i))
      ? this.settings()
      : DEFAULT_SETTINGS;
  }

  /** The points index and the lists' slices of every changed shard (all, when reindexing), into `items`. */
  private derived(items: Raw, now: number, settings: Settings): void {
    const all = this.reindex || this.erased;
    // A shard that could not be read and is not rewritten stays in storage: one problem.
    const problemsIn = (key: string, shard: Raw, readableOnes: unknown[]) =>
      Object.keys(shard).length -
      readableOnes.length +
      (this.unreadableShards.has(key) && !this.dirty.has(key) ? 1 : 0);
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
    if (this.dirty.size || this.settingsDirty || this.erased)
      items[KEY_META] = { schemaVersion: SCHEMA_VERSION } satisfies Meta;
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
