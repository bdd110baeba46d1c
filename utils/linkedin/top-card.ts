// Finds the top card of the profile named in the URL, and the row of action buttons in it.
// Everything else that looks like a person — "People also viewed", the sticky header, hidden
// pre-rendered duplicates, a card left over from the previous profile — is rejected here, so the
// readers downstream can trust what they are handed. How the card is recognised on each front
// end, and why, is in docs/linkedin-pages.md.
import { commonAncestor, isHidden, textOf, visibleAll } from './dom';
import { nameFromTitle, nameHeading, sameName } from './name';
import { css } from './selectors';
import { slugFromHref, slugFromUrl } from './slug';
import type { FrontEnd } from './types';

/** The page read once: the card, which front end drew it, and whose profile the URL names. */
export interface TopCard {
  card: Element;
  frontEnd: FrontEnd;
  /** From the URL, lower-case, decoded. */
  slug: string;
}

function inExcludedRegion(el: Element): boolean {
  return el.closest(css('notTopCard')) !== null;
}

/**
 * The slugs the card says it belongs to: its name link (a link around or inside the name
 * heading), its contact-info link and, on classic, its about-this-profile link. Other /in/ links
 * in the card (mutual connections' faces, say) are not evidence of whose card it is.
 */
export function cardSlugs(card: Element): string[] {
  const slugs = new Set<string>();
  const add = (a: Element | null): void => {
    const slug = a ? slugFromHref(a) : null;
    if (slug) slugs.add(slug);
  };
  for (const heading of Array.from(card.querySelectorAll(css('nameHeading')))) {
    add(heading.closest('a[href]'));
    for (const a of Array.from(heading.querySelectorAll(css('profileLink')))) add(a);
  }
  for (const a of Array.from(card.querySelectorAll(`${css('contactInfoLink')}, ${css('classicAboutThisProfile')}`)))
    add(a);
  return [...slugs];
}

/**
 * The profiles whose own sub-pages the page links to (their contact info, details, activity, an
 * invitation to them): on a profile page, that profile's. Another person's only appear while an
 * old page lingers.
 */
export function ownLinkSlugs(root: ParentNode): Set<string> {
  const slugs = new Set<string>();
  for (const a of Array.from(root.querySelectorAll(css('profileOwnLink')))) {
    if (inExcludedRegion(a)) continue;
    const slug =
      slugFromHref(a) ??
      new URL(a.getAttribute('href') ?? '', 'https://www.linkedin.com/').searchParams.get('vanityName');
    if (slug) slugs.add(slug.toLowerCase());
  }
  return slugs;
}

function hasActionControls(card: Element): boolean {
  return actionControls(card).length > 0 || visibleAll(card, css('classicActionButton'), card).length > 0;
}

/**
 * Whether the card is the URL's person's. A card that links to its person must link to this one.
 * One that links to nobody (old markup, a bare page) is taken only when something else says whose
 * it is: the title names the person on the card and the card has the actions of a profile, or the
 * page links to this profile's sub-pages and to no one else's.
 */
function belongsTo(card: Element, frontEnd: FrontEnd, slug: string, root: ParentNode, title: string): boolean {
  const slugs = cardSlugs(card);
  if (slugs.length > 0) return slugs.every((s) => s === slug);
  const heading = nameHeading(card, frontEnd, slug, title);
  if (heading && sameName(textOf(heading), nameFromTitle(title)) && hasActionControls(card)) return true;
  const owners = ownLinkSlugs(root);
  return owners.size === 1 && owners.has(slug) && heading !== null;
}

function classicCandidates(root: ParentNode): Element[] {
  const cards: Element[] = [];
  for (const h1 of visibleAll(root, css('classicName'))) {
    const card = h1.closest(css('classicTopCardSection'));
    if (card) cards.push(card);
  }
  for (const h1 of visibleAll(root, css('classic2018Name'))) {
    const card = h1.closest(css('classic2018TopCard'));
    if (card) cards.push(card);
  }
  return cards;
}

// Last resort when the known markers are gone: a visible name heading linked to the URL's
// profile, outside sidebars and the sticky header. Requires the slug to match, so it cannot pick
// another person's card.
function linkedHeadingCard(root: ParentNode, slug: string): Element | null {
  for (const heading of visibleAll(root, css('nameHeading'))) {
    if (inExcludedRegion(heading)) continue;
    const link = heading.closest('a[href]');
    if (!link || slugFromHref(link) !== slug) continue;
    return heading.closest('section') ?? link.parentElement?.parentElement ?? link.parentElement;
  }
  return null;
}

function titleOf(root: ParentNode): string {
  const doc = (root as Node).ownerDocument ?? (root as Document);
  return typeof doc?.title === 'string' ? doc.title : '';
}

/** What a search that found no card saw: a card on the page it could not take (yet). */
export interface CardSearch {
  /** A card is there but is someone else's or does not say whose it is (yet). */
  rejected: boolean;
}

/**
 * The top card of the profile in `url`, or null when it has not rendered yet, when the card on the
 * page belongs to someone else (in-page navigation leaves the old card for a moment), when nothing
 * says whose it is, or when the URL is not a profile. `search`, when given, says whether a card
 * was there and turned down: what says whose it is may come later than its heading.
 */
export function findTopCard(
  root: ParentNode = document,
  url: URL,
  title: string = titleOf(root),
  search?: CardSearch,
): TopCard | null {
  const found = searchTopCard(root, url, title);
  if (search) search.rejected = found === REJECTED;
  return found === REJECTED ? null : found;
}

const REJECTED = Symbol('rejected');

function searchTopCard(root: ParentNode, url: URL, title: string): TopCard | null | typeof REJECTED {
  const slug = slugFromUrl(url);
  if (!slug) return null;
  const seen = new Set<Element>();
  const accept = (card: Element, frontEnd: FrontEnd): TopCard | null => {
    if (seen.has(card)) return null;
    seen.add(card);
    if (isHidden(card) || inExcludedRegion(card)) return null;
    if (!belongsTo(card, frontEnd, slug, root, title)) return null;
    return { card, frontEnd, slug };
  };
  let rejected = false;
  for (const card of visibleAll(root, `${css('sduiTopCard')}, ${css('sduiTopCardViewName')}`)) {
    const found = accept(card, 'sdui');
    if (found) return found;
    rejected = true;
  }
  for (const card of classicCandidates(root)) {
    const found = accept(card, 'classic');
    if (found) return found;
    rejected = true;
  }
  // A marked card for someone else is on the page: that is navigation in progress, not a page
  // without markers. Do not go hunting for a lookalike.
  if (rejected) return REJECTED;
  const card = linkedHeadingCard(root, slug);
  if (!card) return null;
  // Classic markup is told by its name class or its page (Ember ids), not by where the card is.
  const classic =
    card.closest(css('classicTopCardSection')) ||
    card.querySelector(css('classicName')) ||
    root.querySelector(css('classicEmber'));
  return accept(card, classic ? 'classic' : 'sdui') ?? REJECTED;
}

/**
 * A cheap test for whether a top card may have arrived since the last look: every card's name is
 * an h1 or h2 (classic, 2018, server-driven, the last resort alike), so a card cannot arrive, nor a
 * lingering one be rewritten for someone else, without a heading appearing or changing its text.
 * What says whose card it is (its links, its buttons) may come after the heading: a search that
 * turned a card down says so (CardSearch), and the watcher then searches at every look instead.
 * The headings come from the document's live collections (no selector matching, no layout), and
 * a page holds a few dozen of them however large it is.
 */
export class HeadingWatch {
  private seen: Element[] | null = null;
  private texts: string[] = [];
  private readonly h1: HTMLCollectionOf<Element>;
  private readonly h2: HTMLCollectionOf<Element>;

  constructor(doc: Document) {
    this.h1 = doc.getElementsByTagName('h1');
    this.h2 = doc.getElementsByTagName('h2');
  }

  /** True when a heading was added or rewritten since the last call (always, the first time). */
  changed(): boolean {
    const now = [...Array.from(this.h1), ...Array.from(this.h2)];
    const texts = now.map((h) => h.textContent ?? '');
    const seen = this.seen;
    const same =
      seen !== null && now.length === seen.length && now.every((h, i) => h === seen[i] && texts[i] === this.texts[i]);
    this.seen = now;
    this.texts = texts;
    return !same;
  }
}

function actionControls(card: Element): Element[] {
  return visibleAll(card, `${css('connectLink')}, ${css('messageLink')}, ${css('classicConnectButton')}`, card).filter(
    (el) => !inExcludedRegion(el),
  );
}

/**
 * The row holding Connect / Message / More inside the top card, or null (the caller then floats
 * its button instead). Classic marks each action button; SDUI has only link targets. Either way
 * the row is the nearest common parent of the visible controls.
 */
export function findActionRow({ card, frontEnd }: Pick<TopCard, 'card' | 'frontEnd'>): Element | null {
  try {
    if (frontEnd === 'classic') {
      const buttons = visibleAll(card, css('classicActionButton'), card).filter((el) => !inExcludedRegion(el));
      const row = buttons.length > 1 ? commonAncestor(buttons) : buttons[0]?.parentElement;
      if (row && row !== card && card.contains(row)) return row;
    }
    const controls = actionControls(card);
    const more = visibleAll(card, css('moreButton'), card).filter((el) => !inExcludedRegion(el));
    if (controls.length === 0) {
      const [first] = more;
      return first && first.parentElement && first.parentElement !== card ? first.parentElement : null;
    }
    let row = commonAncestor(controls);
    if (!row || row === card || !card.contains(row)) return null;
    // A lone Connect sits in its own wrapper: widen to take in the More button beside it.
    if (controls.length === 1 && !more.some((m) => row!.contains(m))) {
      for (const m of more) {
        const wider = commonAncestor([row, m]);
        if (wider && wider !== card && card.contains(wider)) {
          row = wider;
          break;
        }
      }
    }
    return row;
  } catch {
    return null;
  }
}
