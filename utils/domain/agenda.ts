// What the popup lists besides the points: chats coming up, thank-you notes and follow-ups
// due, the most recent conversations, and who led to whom. One pass over the conversations
// (the same pass that would be needed anyway for reminders), then small sorts of short lists.
// The same lists come from all the records or from the stored slice of them (listsOf).
import type { Contact, Conversation, Level, Settings } from './model';
import { levelOf } from './points';
import { isDue, remindersOf, type Reminder, type ReminderSettings } from './reminders';

/** What the lists show of a person: the popup may know no more (see listsOf). */
export type ContactCard = Pick<Contact, 'id' | 'name' | 'firstName' | 'profileUrl'>;

export interface AgendaItem {
  conversation: Conversation;
  contact: ContactCard | undefined;
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

/** How many recent conversations the popup lists. */
export const RECENT = 5;

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

/** Who led to whom, as [from contact, to contact], in the order the records give them. */
export type Link = readonly [string, string];

/** What a conversation says about who led to whom. */
export type LinkSource = Pick<Conversation, 'contactId' | 'referrals' | 'contactPerson'>;

/** What the lists are made of: the conversations that may be listed, and the links between people. */
export interface ListsSource {
  contacts: ReadonlyMap<string, ContactCard>;
  /** Every conversation that may show in a list (all of them, or a superset of those listed). */
  conversations: Iterable<Conversation>;
  links: Iterable<Link>;
}

const nameOf = (contacts: ReadonlyMap<string, ContactCard>, id: string): string => contacts.get(id)?.name || id;

const activityAt = (c: Conversation): number => Date.parse(c.metAt ?? c.scheduledFor ?? c.requestedAt ?? c.createdAt);
/** The order of "recent": an unknown date ranks last, so the order is total (ties: first seen first). */
const recency = (at: number): number => (Number.isNaN(at) ? -Infinity : at);

/** The `max` most recent of `conversations`, newest first (ties: first seen first); no sort of the whole set. */
export function mostRecent(conversations: Iterable<Conversation>, max = RECENT): { c: Conversation; at: number }[] {
  const recent: { c: Conversation; at: number; rank: number }[] = [];
  for (const c of conversations) {
    const at = activityAt(c);
    const rank = recency(at);
    if (recent.length < max || rank > recent[recent.length - 1]!.rank) {
      let i = recent.length;
      while (i > 0 && recent[i - 1]!.rank < rank) i--;
      recent.splice(i, 0, { c, at, rank });
      if (recent.length > max) recent.pop();
    }
  }
  return recent;
}

/** The links one conversation gives, in order: its referrals, then its contact person. */
export function linksOf(c: LinkSource): Link[] {
  const out: Link[] = c.referrals.map((id) => [c.contactId, id] as const);
  if (c.contactPerson) out.push([c.contactId, c.contactPerson]);
  return out;
}

/**
 * The links of the conversations, then of the contacts that name the conversation that produced
 * them (even where that conversation's lists were edited since): `contactIdOf` gives the person
 * a conversation was with.
 */
export function* referralLinks(
  conversations: Iterable<LinkSource>,
  contacts: Iterable<Pick<Contact, 'id' | 'referredBy'>>,
  contactIdOf: (conversationId: string) => string | undefined,
): Iterable<Link> {
  for (const c of conversations) yield* linksOf(c);
  for (const contact of contacts) {
    if (!contact.referredBy) continue;
    const from = contactIdOf(contact.referredBy);
    if (from !== undefined) yield [from, contact.id];
  }
}

/** Everything the popup lists, from one pass over the conversations. */
export function buildAgenda(
  source: AgendaSource,
  settings: ReminderSettings | Settings,
  options: AgendaOptions = {},
): Agenda {
  const { contacts, conversations } = source;
  const links = referralLinks(conversations.values(), contacts.values(), (id) => conversations.get(id)?.contactId);
  return listsOf({ contacts, conversations: conversations.values(), links }, settings, options);
}

/**
 * The popup's lists from what they are made of: all the records (buildAgenda), or the small
 * stored slice of them that holds every conversation a list could show today (lists-slice.ts).
 */
export function listsOf(
  source: ListsSource,
  settings: ReminderSettings | Settings,
  options: AgendaOptions = {},
): Agenda {
  const now = (options.now ?? new Date()).getTime();
  const today = new Date(now);
  const startOfToday = new Date(today.getFullYear(), today.getMonth(), today.getDate()).getTime();
  const { contacts } = source;

  const upcoming: { c: Conversation; at: number }[] = [];
  const thankYou: { c: Conversation; r: Reminder }[] = [];
  const followUp: { c: Conversation; r: Reminder }[] = [];
  const all: Conversation[] = [];
  for (const c of source.conversations) {
    all.push(c);
    if (c.status === 'scheduled' && c.scheduledFor) {
      const at = Date.parse(c.scheduledFor);
      if (at >= startOfToday) upcoming.push({ c, at });
    }
    for (const r of remindersOf(c, settings)) {
      if (!isDue(r, now)) continue;
      (r.kind === 'thank-you' ? thankYou : followUp).push({ c, r });
    }
  }
  const children = new Map<string, Set<string>>();
  for (const [from, to] of source.links) {
    if (from === to) continue;
    let set = children.get(from);
    if (!set) children.set(from, (set = new Set()));
    set.add(to);
  }

  const item = (c: Conversation): AgendaItem => ({
    conversation: c,
    contact: contacts.get(c.contactId),
    name: nameOf(contacts, c.contactId),
  });
  const due = (list: { c: Conversation; r: Reminder }[]): DueItem[] =>
    list.sort((a, b) => a.r.dueAt - b.r.dueAt).map(({ c, r }) => ({ ...item(c), reminder: r }));

  return {
    upcoming: upcoming
      .sort((a, b) => a.at - b.at)
      .slice(0, options.maxUpcoming ?? 10)
      .map(({ c }) => item(c)),
    thankYou: due(thankYou),
    followUp: due(followUp),
    recent: mostRecent(all, options.recent ?? RECENT).map(({ c, at }) => ({ ...item(c), level: levelOf(c), at })),
    chains: referralChains(children, (id) => nameOf(contacts, id), options.maxChains ?? 5),
  };
}

/** Paths from people nobody referred to the ends of their referral lines, longest first. */
export function referralChains(
  children: ReadonlyMap<string, ReadonlySet<string>>,
  name: (id: string) => string,
  max = 5,
): string[][] {
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
