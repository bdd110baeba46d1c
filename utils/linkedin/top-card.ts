// Finds the top card of the profile named in the URL, and the row of action buttons in it.
// Everything else that looks like a person — "People also viewed", the sticky header, hidden
// pre-rendered duplicates, a card left over from the previous profile — is rejected here, so the
// readers downstream can trust what they are handed.
import { commonAncestor, isHidden, visibleAll, visibleFirst } from './dom';
import { css } from './selectors';
import { slugFromHref, slugFromUrl } from './slug';
import type { FrontEnd } from './types';

export interface TopCard {
  card: Element;
  frontEnd: FrontEnd;
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
  for (const a of Array.from(card.querySelectorAll(`${css('contactInfoLink')}, ${css('classicAboutThisProfile')}`))) add(a);
  return [...slugs];
}

function belongsTo(card: Element, slug: string): boolean {
  return cardSlugs(card).every((s) => s === slug);
}

function classicCandidates(root: ParentNode): Element[] {
  const cards: Element[] = [];
  for (const h1 of visibleAll(root, css('classicName'))) {
    const card =
      h1.closest(css('classicTopCardSection')) ?? h1.closest(css('classicTopCardLegacy')) ?? h1.parentElement?.parentElement ?? null;
    if (card) cards.push(card);
  }
  cards.push(...visibleAll(root, css('classicTopCardLegacy')));
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

/**
 * The top card of the profile in `url`, or null when it has not rendered yet, when the card on the
 * page belongs to someone else (in-page navigation leaves the old card for a moment), or when the
 * URL is not a profile.
 */
export function findTopCard(root: ParentNode = document, url: URL): TopCard | null {
  const slug = slugFromUrl(url);
  if (!slug) return null;
  const seen = new Set<Element>();
  const accept = (card: Element, frontEnd: FrontEnd): TopCard | null => {
    if (seen.has(card)) return null;
    seen.add(card);
    if (isHidden(card) || inExcludedRegion(card)) return null;
    if (!belongsTo(card, slug)) return null;
    return { card, frontEnd };
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
  if (rejected) return null;
  const card = linkedHeadingCard(root, slug);
  if (!card) return null;
  const frontEnd: FrontEnd = card.closest(css('classicTopCardSection')) ? 'classic' : 'sdui';
  return accept(card, frontEnd);
}

function actionControls(card: Element): Element[] {
  return visibleAll(card, `${css('connectLink')}, ${css('messageLink')}, ${css('classicConnectButton')}`, card).filter(
    (el) => !inExcludedRegion(el),
  );
}

/**
 * The row holding Connect / Message / More inside the top card, or null (the caller then floats
 * its button instead). Classic has a named row; SDUI has only link targets, so the row is the
 * nearest common parent of the visible controls.
 */
export function findActionRow(card: Element, frontEnd: FrontEnd): Element | null {
  try {
    if (frontEnd === 'classic') {
      const row = visibleFirst(card, css('classicActionRow'), card) ?? visibleFirst(card, css('classicActionRowLegacy'), card);
      if (row && !inExcludedRegion(row)) return row;
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
