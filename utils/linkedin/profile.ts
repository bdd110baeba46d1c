// Reads the person on a profile page — name, headline, company, role, location — from the top card
// of the profile named in the URL. Never throws: odd markup gives empty fields, listed in `missing`.
import { clean, textOf, visibleAll, visibleFirst, visibleTextFirst } from './dom';
import { css } from './selectors';
import { slugFromHref, slugFromUrl } from './slug';
import { findActionRow, findTopCard } from './top-card';
import type { FrontEnd } from './types';

export interface ProfileReading {
  /** From the URL, lower-case, decoded. */
  slug: string;
  frontEnd: FrontEnd;
  /** '' when unknown. */
  name: string;
  firstName: string;
  headline: string;
  company: string;
  /** From the headline ("Role at Company", "Role @ Company", "Role | …") or the experience section. */
  role: string;
  location: string;
  /** Which of name/headline/company/role/location could not be read. */
  missing: Array<'name' | 'headline' | 'company' | 'role' | 'location'>;
  /** The name agrees with document.title ("Name | LinkedIn", "(3) Name | LinkedIn"). */
  nameMatchesTitle: boolean;
}

// LinkedIn caps names well below this; anything longer is not a name (e.g. a whole card).
const MAX_NAME = 120;
const MAX_FIELD = 300;

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

// " at X" and its translations; "@" also without spaces ("PM@Stripe").
const AT = /\s+(?:at|chez|presso|bei|en|em|bij)\s+|\s*@\s*/i;
const SEGMENT_SEPARATORS = /\s+[|•·–—]\s+|\s+-\s+|\s*\|\s*/;

/** Role and company from a headline such as "Senior PM at Stripe | ex-Google". */
export function parseHeadline(headline: string): { role: string; company: string } {
  const segments = clean(headline).split(SEGMENT_SEPARATORS).map(clean).filter(Boolean);
  const [first] = segments;
  if (!first) return { role: '', company: '' };
  const m = AT.exec(first);
  if (m && m.index > 0) {
    const role = clean(first.slice(0, m.index));
    const company = clean(first.slice(m.index + m[0].length).split(/,|\s\(|\s-\s/)[0]);
    return { role, company };
  }
  return { role: segments.length > 1 ? first : '', company: '' };
}

/** The name shown in document.title: "Name | LinkedIn", "(3) Name | LinkedIn". */
export function nameFromTitle(title: string): string {
  const t = clean(title).replace(/^\(\d+\+?\)\s*/, '');
  const m = /^(.*?)\s*\|\s*LinkedIn\s*$/i.exec(t);
  return clean(m ? m[1] : '');
}

function sameName(a: string, b: string): boolean {
  const norm = (s: string): string => clean(s).normalize('NFC').toLocaleLowerCase();
  return a !== '' && norm(a) === norm(b);
}

function capped(text: string, max = MAX_FIELD): string {
  return text.length > max ? '' : text;
}

/** The name heading: the one inside (or holding) a link to this profile, else the first one. */
function readName(card: Element, frontEnd: FrontEnd, slug: string): string {
  if (frontEnd === 'classic') {
    const h1 = visibleTextFirst(card, css('classicName'), card);
    if (h1) return capped(textOf(h1), MAX_NAME);
  }
  const headings = visibleAll(card, css('nameHeading'), card);
  const linked = headings.find((h) => {
    const a = h.closest('a[href]') ?? h.querySelector(css('profileLink'));
    return a !== null && slugFromHref(a) === slug;
  });
  const heading = linked ?? headings[0];
  return heading ? capped(textOf(heading), MAX_NAME) : '';
}

/**
 * The location: the text just before the contact-info link ("San Francisco Bay Area · Contact
 * info"), looking at most three levels up so it never swallows the whole card.
 */
function locationNearContact(card: Element): string {
  const link = visibleFirst(card, css('contactInfoLink'), card);
  if (!link) return '';
  let node: Element | null = link.parentElement;
  for (let depth = 0; node && depth < 3 && node !== card; depth++, node = node.parentElement) {
    const parts: string[] = [];
    for (const child of Array.from(node.children)) {
      if (child === link || child.contains(link)) break;
      parts.push(textOf(child));
    }
    const text = clean(parts.join(' ').replace(/(^|\s)[·•|](\s|$)/g, ' '));
    if (text) return capped(text, 150);
  }
  return '';
}

// "Current company: Stripe. Click to skip to experience card" and its translations.
const COMPANY_LABEL =
  /^(?:current company|entreprise actuelle|aktuelles unternehmen|azienda attuale|empresa actual|empresa atual)\s*:\s*(.+?)\.(?:\s|$)/i;

function companyFromClassicButtons(card: Element): string {
  for (const button of visibleAll(card, css('classicRightPanelButton'), card)) {
    const m = COMPANY_LABEL.exec(clean(button.getAttribute('aria-label')));
    if (!m) continue;
    return capped(textOf(button) || clean(m[1]), 150);
  }
  return '';
}

function companyFromLinks(card: Element, actionRow: Element | null): string {
  for (const a of visibleAll(card, css('companyLink'), card)) {
    if (actionRow?.contains(a)) continue;
    const text = textOf(a);
    if (text) return capped(text, 150);
  }
  return '';
}

/** Role and company of the first entry in the classic experience section, when it is mounted. */
function readExperience(root: ParentNode): { role: string; company: string } {
  const anchor = root.querySelector(css('classicExperienceAnchor'));
  const section = anchor?.closest('section') ?? null;
  if (!section) return { role: '', company: '' };
  const role = capped(textOf(visibleTextFirst(section, css('classicExperienceTitle'), section)), 150);
  const subtitle = textOf(visibleTextFirst(section, css('classicExperienceSubtitle'), section));
  const company = capped(clean(subtitle.split(/\s[·•]\s/)[0]), 150);
  return { role, company };
}

const DEGREE = /^[·•]?\s*(?:1st|2nd|3rd|\d+th|1er|2e|3e|\d\.|\d)\+?\s*$/i;
const COUNT_LINE = /^\d[\d.,+\s]*\s*\p{L}+$/u; // "500+ connections", "1,234 followers"

/** SDUI top card: the paragraphs after the name, in order, minus degree, counts and links. */
function sduiLines(card: Element, actionRow: Element | null): string[] {
  const lines: string[] = [];
  for (const p of visibleAll(card, css('sduiParagraph'), card)) {
    if (actionRow?.contains(p)) continue;
    if (p.querySelector(`${css('nameHeading')}, ${css('contactInfoLink')}, a[href*="/search/"]`)) continue;
    if (p.closest('a[href]')) continue;
    const text = textOf(p);
    if (!text || DEGREE.test(text) || COUNT_LINE.test(text)) continue;
    lines.push(text);
  }
  return lines;
}

interface Fields {
  name: string;
  headline: string;
  company: string;
  role: string;
  location: string;
}

function readClassic(root: ParentNode, card: Element, slug: string): Fields {
  const name = readName(card, 'classic', slug);
  const headline = capped(textOf(visibleTextFirst(card, css('classicHeadline'), card)));
  const location = capped(textOf(visibleTextFirst(card, css('classicLocation'), card)), 150) || locationNearContact(card);
  const fromHeadline = parseHeadline(headline);
  const experience = readExperience(root);
  const actionRow = findActionRow(card, 'classic');
  const company =
    companyFromClassicButtons(card) || companyFromLinks(card, actionRow) || experience.company || fromHeadline.company;
  const role = fromHeadline.role || experience.role;
  return { name, headline, company, role, location };
}

function readSdui(card: Element, slug: string): Fields {
  const name = readName(card, 'sdui', slug);
  const actionRow = findActionRow(card, 'sdui');
  const lines = sduiLines(card, actionRow).filter((l) => l !== name);
  let location = locationNearContact(card);
  const rest = lines.filter((l) => l !== location);
  const headline = capped(rest.shift() ?? '');
  let companyLine = '';
  if (location) {
    companyLine = rest[0] ?? '';
  } else if (rest.length >= 2) {
    companyLine = rest[0] ?? '';
    location = capped(rest[rest.length - 1] ?? '', 150);
  } else if (rest.length === 1) {
    if (/\s[·•]\s/.test(rest[0] ?? '')) companyLine = rest[0] ?? '';
    else location = capped(rest[0] ?? '', 150);
  }
  const fromHeadline = parseHeadline(headline);
  const company =
    companyFromLinks(card, actionRow) || capped(clean(companyLine.split(/\s[·•]\s/)[0]), 150) || fromHeadline.company;
  return { name, headline, company, role: fromHeadline.role, location };
}

/**
 * Reads the profile named in `url` from its top card, or returns null when the card is not (yet)
 * on the page or belongs to someone else. Fields that cannot be read are '' and listed in
 * `missing`; nothing here throws.
 */
export function readProfile(root: ParentNode = document, url: URL, title: string = document.title): ProfileReading | null {
  let slug: string | null;
  let found: ReturnType<typeof findTopCard>;
  try {
    slug = slugFromUrl(url);
    found = slug ? findTopCard(root, url) : null;
  } catch {
    return null;
  }
  if (!slug || !found) return null;
  const { card, frontEnd } = found;
  let fields: Fields = { name: '', headline: '', company: '', role: '', location: '' };
  try {
    fields = frontEnd === 'classic' ? readClassic(root, card, slug) : readSdui(card, slug);
  } catch {
    // Keep whatever the top card gave before the odd markup; at worst everything is missing.
    try {
      fields = { ...fields, name: readName(card, frontEnd, slug) };
    } catch {
      // Nothing readable.
    }
  }
  const missing = (['name', 'headline', 'company', 'role', 'location'] as const).filter((k) => fields[k] === '');
  let firstName = '';
  try {
    firstName = firstNameOf(fields.name);
  } catch {
    firstName = '';
  }
  return {
    slug,
    frontEnd,
    ...fields,
    firstName,
    missing,
    nameMatchesTitle: sameName(fields.name, nameFromTitle(title ?? '')),
  };
}
