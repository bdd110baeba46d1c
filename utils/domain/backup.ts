// Backup format version 1 (docs/backup-format.md): write it, read and validate it whole, and merge it into
// existing records by id, the later updatedAt winning. A file that fails changes nothing, and
// the error says what is wrong and where.
import * as v from 'valibot';
import {
  ContactSchema,
  ConversationSchema,
  SettingsSchema,
  describeIssues,
  type Contact,
  type Conversation,
  type Settings,
} from './model';
import { QUICK_FAIL, quickContact, quickConversation } from './quick-check';
import { isObj } from './raw';

export const BACKUP_FORMAT = 'fifteen-backup';
export const BACKUP_VERSION = 1;

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: string;
  contacts: Contact[];
  conversations: Conversation[];
  settings: Partial<Settings>;
}

export type ReadResult = { ok: true; backup: Backup } | { ok: false; error: string };

const SettingsInBackup = v.partial(SettingsSchema);
const acceptsNull = (key: string): boolean => {
  const entry = (SettingsSchema.entries as Record<string, v.GenericSchema>)[key];
  return !entry || v.safeParse(entry, null).success;
};

export function writeBackup(
  data: { contacts: Iterable<Contact>; conversations: Iterable<Conversation>; settings: Partial<Settings> },
  now = new Date(),
): string {
  const backup: Backup = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    contacts: [...data.contacts],
    conversations: [...data.conversations],
    settings: data.settings,
  };
  return JSON.stringify(backup, null, 1);
}

/** A file name with the local date, e.g. fifteen-backup-2026-11-28.json. */
export function backupFileName(now = new Date(), ext = 'json', stem = 'fifteen-backup'): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${stem}-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.${ext}`;
}

/** Where a long read has got to: "conversations", 24,000 of 50,000. */
export interface ReadProgress {
  field: 'contacts' | 'conversations';
  done: number;
  total: number;
}

/** Records checked between two progress reports (and, in readBackupAsync, two pauses). */
export const CHECK_CHUNK = 2000;

function* validateList<T>(
  raw: unknown,
  field: ReadProgress['field'],
  schema: v.GenericSchema<unknown, T>,
  quick: (x: unknown) => T | typeof QUICK_FAIL,
): Generator<ReadProgress, { items: T[] } | { error: string }> {
  if (raw === undefined || raw === null) return { items: [] };
  if (!Array.isArray(raw)) return { error: `${field}: expected a list` };
  const items: T[] = [];
  const problems: string[] = [];
  const seen = new Map<string, number>();
  for (let i = 0; i < raw.length; i++) {
    if (i > 0 && i % CHECK_CHUNK === 0) yield { field, done: i, total: raw.length };
    // The quick check takes the usual record; anything else goes to the schema, which decides
    // and says what is wrong.
    let output = quick(raw[i]);
    if (output === QUICK_FAIL) {
      const result = v.safeParse(schema, raw[i]);
      if (!result.success) {
        problems.push(...describeIssues(result.issues, `${field}[${i}]`, 3));
        if (problems.length >= 5) break;
        continue;
      }
      output = result.output;
    }
    const id = (output as { id: string }).id;
    const first = seen.get(id);
    if (first !== undefined) {
      problems.push(`${field}[${i}].id: "${id}" is used twice (also at ${field}[${first}])`);
      if (problems.length >= 5) break;
      continue;
    }
    seen.set(id, i);
    items.push(output);
  }
  if (problems.length) return { error: problems.slice(0, 5).join('\n') };
  yield { field, done: raw.length, total: raw.length };
  return { items };
}

/**
 * The whole read as steps: parse, check every record, check the links between them. It yields
 * progress every CHECK_CHUNK records so a caller can report it and give the page a turn.
 */
function* readSteps(text: string): Generator<ReadProgress, ReadResult> {
  if (!text.trim()) return { ok: false, error: 'The file is empty.' };
  let json: unknown;
  try {
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    return { ok: false, error: `The file is not valid JSON (${(e as Error).message}).` };
  }
  if (!isObj(json)) return { ok: false, error: 'The file is not a Fifteen backup: expected a JSON object.' };
  if (json.format !== BACKUP_FORMAT) {
    return {
      ok: false,
      error: `The file is not a Fifteen backup: format: expected "${BACKUP_FORMAT}", found ${JSON.stringify(json.format) ?? 'nothing'}.`,
    };
  }
  if (typeof json.version !== 'number' || !Number.isInteger(json.version) || json.version < 1) {
    return {
      ok: false,
      error: `version: expected a whole number, found ${JSON.stringify(json.version) ?? 'nothing'}.`,
    };
  }
  if (json.version > BACKUP_VERSION) {
    return {
      ok: false,
      error: `This backup was made by a newer version of Fifteen (backup version ${json.version}; this one reads version ${BACKUP_VERSION}). Update Fifteen, then import it again.`,
    };
  }
  const contacts = yield* validateList(json.contacts, 'contacts', ContactSchema, quickContact);
  if ('error' in contacts) return { ok: false, error: contacts.error };
  const conversations = yield* validateList(json.conversations, 'conversations', ConversationSchema, quickConversation);
  if ('error' in conversations) return { ok: false, error: conversations.error };
  const known = new Set(contacts.items.map((c) => c.id));
  for (let i = 0; i < conversations.items.length; i++) {
    const c = conversations.items[i]!;
    if (!known.has(c.contactId)) {
      return { ok: false, error: `conversations[${i}].contactId: no contact with id "${c.contactId}" in this file` };
    }
  }
  let settings: Partial<Settings> = {};
  if (json.settings !== undefined && json.settings !== null) {
    // A field set to null where null means nothing says no more than one left out: the user's
    // own value stays. (Null templates do mean something: the shipped ones.)
    const given = isObj(json.settings)
      ? Object.fromEntries(Object.entries(json.settings).filter(([k, x]) => x !== null || acceptsNull(k)))
      : json.settings;
    const parsed = v.safeParse(SettingsInBackup, given);
    if (!parsed.success) return { ok: false, error: describeIssues(parsed.issues, 'settings').join('\n') };
    // Only the fields the file really has: defaults must not overwrite the user's settings.
    settings = Object.fromEntries(Object.entries(parsed.output).filter(([k]) => k in (given as object)));
  }
  const exportedAt = typeof json.exportedAt === 'string' ? json.exportedAt : new Date(0).toISOString();
  return {
    ok: true,
    backup: {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt,
      contacts: contacts.items,
      conversations: conversations.items,
      settings,
    },
  };
}

/** Reads and validates a whole backup file. Nothing is merged unless everything is valid. */
export function readBackup(text: string): ReadResult {
  const steps = readSteps(text);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

export interface ReadAsyncOptions {
  onProgress?: (progress: ReadProgress) => void;
  /** Called between chunks; a page passes something like `() => new Promise((r) => setTimeout(r))`. */
  pause?: () => Promise<void>;
}

/** readBackup for large files: the same checks, in chunks, reporting progress and pausing between them. */
export async function readBackupAsync(text: string, { onProgress, pause }: ReadAsyncOptions = {}): Promise<ReadResult> {
  const steps = readSteps(text);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    onProgress?.(step.value);
    if (pause) await pause();
  }
}

export interface MergeCount {
  added: number;
  updated: number;
  unchanged: number;
}

/**
 * Merges incoming records into `existing` (mutated in place): new ids are added, known ids are
 * replaced when the incoming updatedAt is later. Returns the ids written and the counts.
 */
export function mergeById<T extends { id: string; updatedAt: string }>(
  existing: Map<string, T>,
  incoming: Iterable<T>,
): MergeCount & { written: string[] } {
  const count = { added: 0, updated: 0, unchanged: 0 };
  const written: string[] = [];
  for (const record of incoming) {
    const current = existing.get(record.id);
    if (!current) {
      count.added++;
    } else if (Date.parse(record.updatedAt) > Date.parse(current.updatedAt)) {
      count.updated++;
    } else {
      count.unchanged++;
      continue;
    }
    existing.set(record.id, record);
    written.push(record.id);
  }
  return { ...count, written };
}

export function describeMerge(contacts: MergeCount, conversations: MergeCount): string {
  const part = (n: MergeCount, noun: string) =>
    `${n.added} ${noun}${n.added === 1 ? '' : 's'} added, ${n.updated} updated`;
  const base = `Imported: ${part(contacts, 'contact')}; ${part(conversations, 'conversation')}.`;
  const same = contacts.unchanged + conversations.unchanged;
  return same ? `${base} ${same} already up to date.` : base;
}
