// What the views can do to the data, each one transaction. Extension pages and the background
// call these directly; content scripts reach them through the background (utils/messaging/store-ops.ts).
import { backupFileName, describeMerge, mergeById, type Backup } from '../domain/backup';
import type { Channel, Contact, Conversation, Goal, Settings, Template } from '../domain/model';
import { effectiveTemplates } from '../domain/templates';
import { startOfWeek, summarise } from '../domain/points';
import { applyOutcome, newRequest, upsertContact, type ContactInput, type OutcomeInput } from '../domain/records';
import type { PersonField } from '../domain/person';
import { transact, loadSnapshot } from './repository';

const newId = (): string => crypto.randomUUID();

/** Saves what a profile shows, plus the user's corrections (the fields in `edited`). */
export function saveContact(input: ContactInput, edited: PersonField[] = []): Promise<Contact> {
  return transact(async (tx) => {
    const next = upsertContact(await tx.getContact(input.id), input, new Date(), edited);
    await tx.putContact(next);
    return next;
  });
}

export interface LogRequestInput {
  contact: ContactInput;
  edited?: PersonField[];
  channel: Channel;
  goal: Goal;
  requestedAt?: string;
  notes?: string;
}

/** Records that the user asked this person for a 15-minute chat. */
export function logRequest(input: LogRequestInput): Promise<Conversation> {
  return transact(async (tx) => {
    const now = new Date();
    const contact = upsertContact(await tx.getContact(input.contact.id), input.contact, now, input.edited);
    await tx.putContact(contact);
    const conversation = newRequest(
      newId(),
      {
        contactId: contact.id,
        channel: input.channel,
        goal: input.goal,
        requestedAt: input.requestedAt,
        notes: input.notes,
      },
      now,
    );
    await tx.putConversation(conversation);
    return conversation;
  });
}

/** Records how a conversation went; the people it names become contacts linked to it. */
export function recordOutcome(conversationId: string, input: OutcomeInput): Promise<Conversation> {
  return transact(async (tx) => {
    const current = await tx.getConversation(conversationId);
    if (!current) throw new Error('That conversation no longer exists.');
    const now = new Date();
    const { conversation, people } = applyOutcome(current, input, now);
    for (const person of people) {
      // A person already known (say, from their LinkedIn profile) keeps what they are known by:
      // a name typed here only links them to this conversation, once.
      const existing = await tx.getContact(person.id);
      if (!existing) await tx.putContact(upsertContact(undefined, person, now));
      else if (!existing.referredBy)
        await tx.putContact({ ...existing, referredBy: conversation.id, updatedAt: now.toISOString() });
    }
    await tx.putConversation(conversation);
    return conversation;
  });
}

export type ConversationPatch = Partial<
  Pick<
    Conversation,
    | 'status'
    | 'scheduledFor'
    | 'notes'
    | 'prepNotes'
    | 'thankYouDoneAt'
    | 'followUpDoneAt'
    | 'thankYouSnoozedUntil'
    | 'followUpSnoozedUntil'
  >
>;

export function updateConversation(id: string, patch: ConversationPatch): Promise<Conversation> {
  return transact(async (tx) => {
    const current = await tx.getConversation(id);
    if (!current) throw new Error('That conversation no longer exists.');
    const next = { ...current, ...patch, updatedAt: new Date().toISOString() };
    await tx.putConversation(next);
    return next;
  });
}

export function deleteConversation(id: string): Promise<void> {
  return transact((tx) => tx.deleteConversation(id));
}

/**
 * Takes back a request logged by mistake: only a request (nothing recorded since) of the person
 * the helper shows, so a page cannot remove anything else.
 */
export function undoRequest(conversationId: string, contactId: string): Promise<boolean> {
  return transact(async (tx) => {
    const c = await tx.getConversation(conversationId);
    if (!c || c.contactId !== contactId || c.status !== 'requested') return false;
    await tx.deleteConversation(conversationId);
    return true;
  });
}

/**
 * Records when the user was first seen to have their invitation accepted (`acceptedAt`), from a
 * page: only on a pending note request of the person the helper shows, and only once.
 */
export function markAccepted(conversationId: string, contactId: string): Promise<boolean> {
  return transact(async (tx) => {
    const c = await tx.getConversation(conversationId);
    if (!c || c.contactId !== contactId || c.status !== 'requested' || c.channel !== 'linkedin-note') return false;
    if (c.acceptedAt) return true;
    const now = new Date().toISOString();
    await tx.putConversation({ ...c, acceptedAt: now, updatedAt: now });
    return true;
  });
}

/**
 * Keeps the plan for a chat (the Prepare view's notes), from a page: only on a conversation of
 * the person the helper shows, so a page cannot write anywhere else.
 */
export function savePrepNotes(conversationId: string, contactId: string, prepNotes: string): Promise<boolean> {
  return transact(async (tx) => {
    const c = await tx.getConversation(conversationId);
    if (!c || c.contactId !== contactId) return false;
    await tx.putConversation({ ...c, prepNotes, updatedAt: new Date().toISOString() });
    return true;
  });
}

export function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  return transact((tx) => tx.putSettings(patch));
}

export interface ImportSummary {
  contacts: { added: number; updated: number; unchanged: number };
  conversations: { added: number; updated: number; unchanged: number };
  message: string;
}

/** Merges a validated backup: by id, the later updatedAt winning; settings in the file apply. */
export function importBackup(backup: Backup): Promise<ImportSummary> {
  return transact(async (tx) => {
    const contacts = new Map((await tx.all('contacts')).map((c) => [c.id, c]));
    const conversations = new Map((await tx.all('conversations')).map((c) => [c.id, c]));
    const a = mergeById(contacts, backup.contacts);
    const b = mergeById(conversations, backup.conversations);
    await tx.putAll(
      'contacts',
      a.written.map((id) => contacts.get(id)!),
    );
    await tx.putAll(
      'conversations',
      b.written.map((id) => conversations.get(id)!),
    );
    if (Object.keys(backup.settings).length) await tx.putSettings(backup.settings);
    const count = (m: typeof a) => ({ added: m.added, updated: m.updated, unchanged: m.unchanged });
    return { contacts: count(a), conversations: count(b), message: describeMerge(a, b) };
  });
}

export function eraseAll(): Promise<void> {
  return transact((tx) => tx.eraseAll());
}

export interface ProfileState {
  contact: Contact | null;
  conversations: Conversation[];
  settings: Settings;
  /** The user's templates or the shipped ones: sent from here so the page doesn't carry them. */
  templates: Template[];
  requestsThisWeek: number;
  /** Connection invitations (notes) logged this week, against LinkedIn's weekly limit. */
  invitationsThisWeek: number;
  notesThisMonth: number;
  /** Names of the people this person's conversations named (referrals, contact persons), by id. */
  names: Record<string, string>;
  /** The name of the person whose conversation suggested this one, if any. */
  referrer: string | null;
}

/** What the profile helper shows for one person, and the user's limits this week and month. */
export async function profileState(contactId: string): Promise<ProfileState> {
  const snap = await loadSnapshot();
  const mine: Conversation[] = [];
  for (const c of snap.conversations.values()) if (c.contactId === contactId) mine.push(c);
  mine.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const s = summarise(snap.conversations.values());
  const weekStart = startOfWeek(new Date()).getTime();
  let invitationsThisWeek = 0;
  for (const c of snap.conversations.values()) {
    if (c.channel === 'linkedin-note' && Date.parse(c.requestedAt ?? c.createdAt) >= weekStart) invitationsThisWeek++;
  }
  const names: Record<string, string> = {};
  for (const c of mine) {
    for (const id of [...c.referrals, ...(c.contactPerson ? [c.contactPerson] : [])]) {
      const person = snap.contacts.get(id);
      if (person) names[id] = person.name;
    }
  }
  const contact = snap.contacts.get(contactId) ?? null;
  const from = contact?.referredBy ? snap.conversations.get(contact.referredBy) : undefined;
  return {
    names,
    referrer: from ? snap.contacts.get(from.contactId)?.name || from.contactId : null,
    contact,
    conversations: mine,
    settings: snap.settings,
    templates: effectiveTemplates(snap.settings.templates),
    requestsThisWeek: s.requestsThisWeek,
    invitationsThisWeek,
    notesThisMonth: s.notesThisMonth,
  };
}

export { backupFileName };

/**
 * LinkedIn's Connections.csv, read by parseConnectionsCsv: like importContacts (created or
 * updated by slug, never duplicated, the user's corrections kept), and it also keeps the date
 * the user connected, which a ContactInput doesn't carry.
 */
export function importConnections(
  incoming: readonly Contact[],
): Promise<{ added: number; updated: number; unchanged: number }> {
  return transact(async (tx) => {
    const now = new Date();
    const count = { added: 0, updated: 0, unchanged: 0 };
    for (const c of incoming) {
      const existing = await tx.getContact(c.id);
      const input: ContactInput = {
        id: c.id,
        name: c.name,
        firstName: c.firstName,
        company: c.company,
        role: c.role,
        profileUrl: c.profileUrl,
        source: c.source,
      };
      let next = upsertContact(existing, input, now);
      if (c.connectedOn && next.connectedOn !== c.connectedOn)
        next = { ...next, connectedOn: c.connectedOn, updatedAt: now.toISOString() };
      if (!existing) count.added++;
      else if (next.updatedAt !== existing.updatedAt) count.updated++;
      else {
        count.unchanged++;
        continue;
      }
      await tx.putContact(next);
    }
    return count;
  });
}
