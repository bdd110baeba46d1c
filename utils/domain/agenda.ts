// What the popup lists besides the points: chats coming up, thank-you notes and follow-ups
// due, the most recent conversations, and who led to whom. One pass over the conversations
// (the same pass that would be needed anyway for reminders), then small sorts of short lists.
import type { Contact, Conversation, Level, Settings } from './model';
import { levelOf } from './points';
import { isDue, remindersOf, type Reminder, type ReminderSettings } from './reminders';

export interface AgendaItem {
  conversation: Conversation;
  contact: Contact | undefined;
  /** A name to show: the contact's, else its id. */
  name: string;
}
export interface DueItem extends AgendaItem {
  reminder: Reminder;
}
export interface RecentItem extends AgendaItem {
  level: Level;
  /** When it last happened: met, scheduled, requested or created. */
  at: number;
}

export interface Agenda {
  /** Scheduled chats from today on, soonest first. */
  upcoming: AgendaItem[];
  thankYou: DueItem[];
  followUp: DueItem[];
  recent: RecentItem[];
  /** Chains of referrals as lists of names, e.g. ["Priya", "Marcus", "Dana"]; longest first. */
  chains: string[][];
}

export interface AgendaOptions {
  now?: Date;
  recent?: number;
  maxUpcoming?: number;
  maxChains?: number;
}

interface AgendaSource {
  contacts: ReadonlyMap<string, Contact>;
  conversations: ReadonlyMap<string, Conversation>;
}

const nameOf = (contacts: ReadonlyMap<string, Contact>, id: string): string => contacts.get(id)?.name || id;

const activityAt = (c: Conversation): number => Date.parse(c.metAt ?? c.scheduledFor ?? c.requestedAt ?? c.createdAt);

/** Everything the popup lists, from one pass over the conversations. */
export function buildAgenda(source: AgendaSource, settings: ReminderSettings | Settings, options: AgendaOptions = {}): Agenda {
  const now = (options.now ?? new Date()).getTime();
  const recentMax = options.recent ?? 5;
  const today = new Date(now);
  const startOfToday = new Date(today.getFullYear(), today.getMonth(), today.getDate()).getTime();
  const { contacts, conversations } = source;

  const upcoming: { c: Conversation; at: number }[] = [];
  const thankYou: { c: Conversation; r: Reminder }[] = [];
  const followUp: { c: Conversation; r: Reminder }[] = [];
  // The most recent few, kept sorted newest first while scanning (no sort of the whole set).
  const recent: { c: Conversation; at: number }[] = [];
  const children = new Map<string, Set<string>>();
  const link = (from: string, to: string) => {
    if (from === to) return;
    let set = children.get(from);
    if (!set) children.set(from, (set = new Set()));
    set.add(to);
  };

  for (const c of conversations.values()) {
    if (c.status === 'scheduled' && c.scheduledFor) {
      const at = Date.parse(c.scheduledFor);
      if (at >= startOfToday) upcoming.push({ c, at });
    }
    for (const r of remindersOf(c, settings)) {
      if (!isDue(r, now)) continue;
      (r.kind === 'thank-you' ? thankYou : followUp).push({ c, r });
    }
    const at = activityAt(c);
    if (recent.length < recentMax || at > recent[recent.length - 1]!.at) {
      let i = recent.length;
      while (i > 0 && recent[i - 1]!.at < at) i--;
      recent.splice(i, 0, { c, at });
      if (recent.length > recentMax) recent.pop();
    }
    for (const id of c.referrals) link(c.contactId, id);
    if (c.contactPerson) link(c.contactId, c.contactPerson);
  }
  // A contact may name the conversation that produced it even where that conversation's lists
  // were edited since; only contacts that say so are visited.
  for (const contact of contacts.values()) {
    if (!contact.referredBy) continue;
    const from = conversations.get(contact.referredBy);
    if (from) link(from.contactId, contact.id);
  }

  const item = (c: Conversation): AgendaItem => ({ conversation: c, contact: contacts.get(c.contactId), name: nameOf(contacts, c.contactId) });
  const due = (list: { c: Conversation; r: Reminder }[]): DueItem[] =>
    list.sort((a, b) => a.r.dueAt - b.r.dueAt).map(({ c, r }) => ({ ...item(c), reminder: r }));

  return {
    upcoming: upcoming
      .sort((a, b) => a.at - b.at)
      .slice(0, options.maxUpcoming ?? 10)
      .map(({ c }) => item(c)),
    thankYou: due(thankYou),
    followUp: due(followUp),
    recent: recent.map(({ c, at }) => ({ ...item(c), level: levelOf(c), at })),
    chains: referralChains(children, (id) => nameOf(contacts, id), options.maxChains ?? 5),
  };
}

/** Paths from people nobody referred to the ends of their referral lines, longest first. */
export function referralChains(children: ReadonlyMap<string, ReadonlySet<string>>, name: (id: string) => string, max = 5): string[][] {
  const referred = new Set<string>();
  for (const set of children.values()) for (const id of set) referred.add(id);
  const roots = [...children.keys()].filter((id) => !referred.has(id));
  // A cycle (A suggested B, B suggested A) has no root: start it from its first member.
  for (const id of children.keys()) if (!roots.length && referred.has(id)) roots.push(id);
  const paths: string[][] = [];
  // Referral lines are short trees in practice; the cap keeps an odd graph from exploding.
  const walk = (id: string, path: string[], seen: Set<string>) => {
    if (paths.length >= 200) return;
    const next = [...(children.get(id) ?? [])].filter((x) => !seen.has(x));
    if (!next.length) {
      if (path.length > 1) paths.push(path.map(name));
      return;
    }
    for (const child of next) {
      seen.add(child);
      walk(child, [...path, child], seen);
      seen.delete(child);
    }
  };
  for (const root of roots) walk(root, [root], new Set([root]));
  return paths.sort((a, b) => b.length - a.length || a.join().localeCompare(b.join())).slice(0, max);
}
