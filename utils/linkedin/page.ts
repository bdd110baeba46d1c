// Which LinkedIn page is this? The profile slug from the URL, the front end serving the page, and
// whether it is someone else's profile, the user's own, or not a profile at all.
import { clean, hrefUrl, visibleAll } from './dom';
import { css } from './selectors';
import { slugFromHref, slugFromUrl } from './slug';
import { findTopCard, ownLinkSlugs, type TopCard } from './top-card';
import type { DetectedFrontEnd } from './types';

export { slugFromHref, slugFromUrl };
export type { DetectedFrontEnd, FrontEnd } from './types';

export interface PageClass {
  kind: 'profile' | 'own-profile' | 'not-profile';
  slug: string | null;
  frontEnd: DetectedFrontEnd;
}

/** Which of LinkedIn's front ends rendered this page. */
export function detectFrontEnd(root: ParentNode = document): DetectedFrontEnd {
  try {
    if (root.querySelector(css('sduiProfileScreen'))) return 'sdui';
    if (root.querySelector(css('sduiTopCard')) || root.querySelector(css('sduiTopCardViewName'))) return 'sdui';
    if (root.querySelector(css('sduiAnyScreen'))) return 'sdui';
    if (root.querySelector(css('classicEmber'))) return 'classic';
    if (root.querySelector(css('classicName')) || root.querySelector(css('classic2018TopCard'))) return 'classic';
  } catch {
    // An odd root (detached fragment, foreign node): fall through.
  }
  return 'unknown';
}

// Labels of self-view controls, for when there is no edit link; English first, then the
// languages LinkedIn localises most (fr, de, it, es). Prefer the edit links: they are structural.
const SELF_LABELS = [
  /^add profile section$/i,
  /^open to$/i,
  /^ajouter une section( au profil)?$/i,
  /^ouvert à$/i,
  /^profilbereich hinzufügen$/i,
  /^offen für$/i,
  /^aggiungi sezione del profilo$/i,
  /^disponibile per$/i,
  /^añadir sección al perfil$/i,
  /^disponible para$/i,
];

/** True when the top card shows the self view: edit links or self-only buttons, no Connect/Message. */
export function isSelfView(card: Element, slug: string | null): boolean {
  const others = visibleAll(card, `${css('connectLink')}, ${css('messageLink')}, ${css('classicConnectButton')}`, card);
  if (others.length > 0) return false;
  const edits = visibleAll(card, css('editLink'), card).filter((a) => {
    const target = slugFromHref(a);
    return target !== null && (slug === null || target === slug) && /\/edit\//.test(hrefUrl(a)?.pathname ?? '');
  });
  if (edits.length > 0) return true;
  return visibleAll(card, 'button, a', card).some((b) => SELF_LABELS.some((re) => re.test(clean(b.textContent))));
}

/**
 * A page LinkedIn serves to a signed-out visitor: the public profile, the sign-up wall or a
 * "Profile Not Found" page at a profile address, the guest home page, login and checkpoint pages.
 * Their headings ("Join LinkedIn", "Sign Up", "Profile Not Found") and titles ("Name - Headline -
 * Company | LinkedIn") are not a person's name as a top card shows it, so no helper goes there.
 */
export function isSignedOutPage(root: ParentNode = document): boolean {
  try {
    return root.querySelector(css('guestPage')) !== null;
  } catch {
    return false;
  }
}

/**
 * True when the page links to the sub-pages of the profile `slug` (its contact info, details,
 * activity, an invitation to it) and of no one else: it shows that person's profile, even if its
 * top card is not one the readers know.
 */
export function showsProfileOf(root: ParentNode, slug: string): boolean {
  try {
    const owners = ownLinkSlugs(root);
    return owners.size === 1 && owners.has(slug);
  } catch {
    return false;
  }
}

/**
 * Classifies the page in front of the user. A profile URL whose top card has not rendered yet
 * (or whose card still belongs to the previous profile) is 'profile': the caller waits for the
 * card before reading it. Pass the card when it is already found, so the page is searched once.
 */
export function classifyPage(root: ParentNode = document, url: URL, found?: TopCard | null): PageClass {
  const frontEnd = found?.frontEnd ?? detectFrontEnd(root);
  const slug = slugFromUrl(url);
  if (slug === null) return { kind: 'not-profile', slug: null, frontEnd };
  if (url.pathname.split('/')[3] === 'edit' || slug === 'me') return { kind: 'own-profile', slug, frontEnd };
  let card = found;
  if (card === undefined) {
    try {
      card = findTopCard(root, url);
    } catch {
      card = null;
    }
  }
  if (!card) return { kind: 'profile', slug, frontEnd };
  return { kind: isSelfView(card.card, slug) ? 'own-profile' : 'profile', slug, frontEnd: card.frontEnd };
}
