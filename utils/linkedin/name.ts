// The person's name: read from the top card's name heading, the first name to greet them by,
// and the name in document.title ("Name | LinkedIn"), which is only ever a cross-check: on pages a
// signed-out visitor sees the title is "Name - Headline - Company | LinkedIn", "Sign Up | LinkedIn"
// or "Profile Not Found | LinkedIn", so a name is never taken from it (docs/linkedin-pages.md).
import { clean, textOf, visibleAll, visibleTextFirst } from './dom';
import { css } from './selectors';
import { slugFromHref } from './slug';
import type { FrontEnd } from './types';

// LinkedIn caps names well below this; anything longer is not a name (e.g. a whole card).
const MAX_NAME = 120;

const HONORIFICS = /^(dr|mr|mrs|ms|mx|miss|prof|sir|dame|mme|mlle|herr|frau|sr|sra|dott|dott\.ssa|ing|rev)\.?$/i;
// Emoji and their joiners / variation selectors / keycap marks (alternation, not a class: the
// marks combine with the character before them).
const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}|\u200d|\ufe0f|\u20e3/gu;

/** The first name to greet someone by: no honorifics, credentials, pronouns or emoji. */
export function firstNameOf(name: string): string {
  let s = name.normalize('NFC').replace(EMOJI, ' ');
  s = s.replace(/\([^)]*\)|\[[^\]]*\]/g, ' ');
  s = s.split(/[,|]/)[0] ?? '';
  const tokens = clean(s)
    .split(' ')
    .map((t) => t.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.]+$/gu, ''))
    .filter((t) => t !== '');
  while (tokens.length > 1 && HONORIFICS.test(tokens[0] ?? '')) tokens.shift();
  return (tokens[0] ?? '').replace(/\.+$/, '');
}

/** The name shown in document.title: "Name | LinkedIn", "(3) Name | LinkedIn"; '' for any other form. */
export function nameFromTitle(title: string): string {
  const t = clean(title).replace(/^\(\d+\+?\)\s*/, '');
  const m = /^(.*?)\s*\|\s*LinkedIn\s*$/i.exec(t);
  return clean(m ? m[1] : '');
}

/** Same name, ignoring case, spacing and Unicode normal form; never true for ''. */
export function sameName(a: string, b: string): boolean {
  const norm = (s: string): string => clean(s).normalize('NFC').toLocaleLowerCase();
  return a !== '' && norm(a) === norm(b);
}

/** The name a heading shows, or '' for text too long to be a name (a whole card, say). */
export function nameOf(heading: Element | null | undefined): string {
  const text = textOf(heading);
  return text.length > MAX_NAME ? '' : text;
}

/** True when the heading is inside, or holds, a link to the profile `slug`. */
function linkedTo(heading: Element, slug: string): boolean {
  const a = heading.closest('a[href]') ?? heading.querySelector(css('profileLink'));
  return a !== null && slugFromHref(a) === slug;
}

/**
 * The name heading of a top card, or null when the card does not say with confidence. Classic
 * cards have a named heading; server-driven ones an h2 (sometimes h1) in a link to the profile.
 * An unlinked heading counts only when the title names the same person.
 */
export function nameHeading(card: Element, frontEnd: FrontEnd, slug: string, title: string): Element | null {
  if (frontEnd === 'classic') {
    const named = visibleTextFirst(card, `${css('classicName')}, ${css('classic2018Name')}`, card);
    if (named) return named;
  }
  const headings = visibleAll(card, css('nameHeading'), card);
  const fromTitle = nameFromTitle(title);
  return headings.find((h) => linkedTo(h, slug)) ?? headings.find((h) => sameName(textOf(h), fromTitle)) ?? null;
}

/** The name the top card shows (emoji and all), or '' when it does not say with confidence. */
export function readName(card: Element, frontEnd: FrontEnd, slug: string, title: string): string {
  return nameOf(nameHeading(card, frontEnd, slug, title));
}
