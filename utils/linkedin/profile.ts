// Reads the person on a profile page — name, headline, company, role, location — from the top card
// of the profile named in the URL. Confident or silent: a field the card does not state plainly is
// '' (listed in `missing`), never a guess, because it goes into a message a real person reads
// (docs/linkedin-pages.md). Never throws.
import { classicCompany, sduiCompany } from './company';
import { isDegreeLine, readDegree, type Degree } from './degree';
import { clean, commonAncestor, textOf, visibleAll, visibleFirst, visibleTextFirst } from './dom';
import { firstNameOf, nameFromTitle, nameHeading, nameOf, readName, sameName } from './name';
import { css } from './selectors';
import { findActionRow, findTopCard, type TopCard } from './top-card';
import type { FrontEnd } from './types';
import type { EditableField, Person } from '../domain/person';

export { firstNameOf, nameFromTitle };

/** The person on a profile page (fields it could not read are ''), and how the page said it. */
export interface ProfileReading extends Person {
  /** From the URL, lower-case, decoded. */
  slug: string;
  frontEnd: FrontEnd;
  /** 1st, 2nd or 3rd degree as the card shows it; null when it does not say plainly. */
  degree: Degree | null;
  /** Which of name/headline/company/role/location could not be read. */
  missing: EditableField[];
  /** The name agrees with document.title ("Name | LinkedIn", "(3) Name | LinkedIn"). */
  nameMatchesTitle: boolean;
}

const MAX_FIELD = 300;
const MAX_LOCATION = 150;

function capped(text: string, max = MAX_FIELD): string {
  return text.length > max ? '' : text;
}

// " at X" and its translations; "@" also without spaces ("PM@Stripe").
const AT = /\s+(?:at|chez|presso|bei|en|em|bij)\s+|\s*@\s*/i;
const SEGMENT_SEPARATORS = /\s+[|•·–—]\s+|\s+-\s+|\s*\|\s*/;

/** Role and company as a headline such as "Senior PM at Stripe | ex-Google" words them. */
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

/**
 * The role, only where the headline says "Role at Company" of the company the card shows
 * ("Engineer @ Mercari, Japan" beside "Mercari, Inc." counts): a headline's first segment alone
 * ("Analytics Solutions | Data Architect") is not a role anyone stated.
 */
export function roleFor(headline: string, company: string): string {
  const parsed = parseHeadline(headline);
  if (!parsed.company || !company) return '';
  const a = parsed.company.toLocaleLowerCase();
  const b = company.toLocaleLowerCase();
  return a.startsWith(b) || b.startsWith(a) ? capped(parsed.role, 150) : '';
}

/**
 * The location: the text just before the contact-info link ("San Francisco Bay Area · Contact
 * info"), looking at most three levels up so it never swallows the whole card.
 */
function locationNearContact(card: Element, link: Element | null): string {
  if (!link) return '';
  let node: Element | null = link.parentElement;
  for (let depth = 0; node && depth < 3 && node !== card; depth++, node = node.parentElement) {
    const parts: string[] = [];
    for (const child of Array.from(node.children)) {
      if (child === link || child.contains(link)) break;
      parts.push(textOf(child));
    }
    const text = clean(parts.join(' ').replace(/(^|\s)[·•|](\s|$)/g, ' '));
    if (text) return capped(text, MAX_LOCATION);
  }
  return '';
}

const COUNT_LINE = /^\d[\d.,+\s]*\s*\p{L}+$/u; // "500+ connections", "1,234 followers"
const PRONOUNS = /^\(?\s*\p{L}{1,6}\s*\/\s*\p{L}{1,6}(?:\s*\/\s*\p{L}{1,6})?\s*\)?$/u; // "He/Him", "(elle/la)"

interface Fields {
  name: string;
  headline: string;
  company: string;
  location: string;
}

function readClassic(card: Element, slug: string, title: string): Fields {
  const name = readName(card, 'classic', slug, title);
  const headline = capped(
    textOf(visibleTextFirst(card, `${css('classicHeadline')}, ${css('classic2018Headline')}`, card)),
  );
  const location =
    capped(
      textOf(visibleTextFirst(card, `${css('classicLocation')}, ${css('classic2018Location')}`, card)),
      MAX_LOCATION,
    ) || locationNearContact(card, visibleFirst(card, css('contactInfoLink'), card));
  return { name, headline, company: classicCompany(card, { headline, name }), location };
}

/**
 * SDUI: the card's text column holds, in order, the name row (the name, with the degree or the
 * pronouns beside it), the headline, the "Company · School" line, and the location row with the
 * contact-info link. The column is the one that holds both the name and that link; its lines are
 * its own paragraphs, so a pronoun or degree beside the name is never taken for the headline.
 */
function sduiColumnLines(card: Element, heading: Element, contact: Element | null): string[] {
  const column = contact ? commonAncestor([heading, contact]) : null;
  const lines: string[] = [];
  if (column && column !== card && card.contains(column)) {
    for (const child of Array.from(column.children)) {
      if (child.contains(heading) || (contact && child.contains(contact))) continue;
      if (child.tagName.toLowerCase() === 'p') lines.push(textOf(child));
    }
    return lines.filter((l) => l && !isDegreeLine(l) && !COUNT_LINE.test(l) && !PRONOUNS.test(l));
  }
  // No contact-info link: the card's paragraphs after the name, without the name row's extras
  // (the action row is looked for only here: it takes visibility checks).
  const actionRow = findActionRow({ card, frontEnd: 'sdui' });
  for (const p of visibleAll(card, css('sduiParagraph'), card)) {
    if (actionRow?.contains(p) || p.closest('a[href]')) continue;
    if (p.querySelector(`${css('nameHeading')}, a[href]`)) continue;
    if (p.compareDocumentPosition(heading) & Node.DOCUMENT_POSITION_FOLLOWING) continue; // before the name
    const text = textOf(p);
    if (text && !isDegreeLine(text) && !COUNT_LINE.test(text) && !PRONOUNS.test(text)) lines.push(text);
  }
  return lines;
}

function readSdui(card: Element, slug: string, title: string): Fields {
  const heading = nameHeading(card, 'sdui', slug, title);
  const name = nameOf(heading);
  if (!heading || !name) return { name: '', headline: '', company: '', location: '' };
  const contact = visibleFirst(card, css('contactInfoLink'), card);
  const lines = sduiColumnLines(card, heading, contact).filter((l) => l !== name);
  const headline = capped(lines[0] ?? '');
  let companyLine = lines[1] ?? '';
  let location = locationNearContact(card, contact);
  if (!contact && lines.length === 2 && !/\s[·•]\s/.test(companyLine)) {
    // Headline and one more line, no contact link: a line without "·" is the location.
    location = capped(companyLine, MAX_LOCATION);
    companyLine = '';
  } else if (!contact && lines.length >= 3) {
    location = capped(lines[lines.length - 1] ?? '', MAX_LOCATION);
  }
  return { name, headline, company: sduiCompany(card, companyLine, { headline, name }), location };
}

/** Reads the person from a top card found by findTopCard. */
export function readTopCard(found: TopCard, title: string): ProfileReading {
  const { card, frontEnd, slug } = found;
  let fields: Fields = { name: '', headline: '', company: '', location: '' };
  try {
    fields = frontEnd === 'classic' ? readClassic(card, slug, title) : readSdui(card, slug, title);
  } catch {
    // Keep whatever the top card gave before the odd markup; at worst everything is missing.
    try {
      fields = { ...fields, name: readName(card, frontEnd, slug, title) };
    } catch {
      // Nothing readable.
    }
  }
  const role = roleFor(fields.headline, fields.company);
  let degree: Degree | null = null;
  try {
    degree = fields.name ? readDegree(card, frontEnd) : null;
  } catch {
    degree = null;
  }
  const all = { ...fields, role };
  const missing = (['name', 'headline', 'company', 'role', 'location'] as const).filter((k) => all[k] === '');
  let firstName = '';
  try {
    firstName = firstNameOf(fields.name);
  } catch {
    firstName = '';
  }
  return {
    slug,
    frontEnd,
    name: fields.name,
    firstName,
    headline: fields.headline,
    company: fields.company,
    role,
    location: fields.location,
    degree,
    missing,
    nameMatchesTitle: sameName(fields.name, nameFromTitle(title ?? '')),
  };
}

/**
 * Reads the profile named in `url` from its top card, or returns null when the card is not (yet)
 * on the page or belongs to someone else. Fields that cannot be read are '' and listed in
 * `missing`; nothing here throws.
 */
export function readProfile(
  root: ParentNode = document,
  url: URL,
  title: string = document.title,
): ProfileReading | null {
  let found: TopCard | null;
  try {
    found = findTopCard(root, url, title);
  } catch {
    return null;
  }
  return found ? readTopCard(found, title) : null;
}
