// @vitest-environment happy-dom
// Conventions as tests (refined-github style): every selector is backed by a fixture of its front
// end where it is meant to match, carries a date, and every fixture says what it is and where it
// lives.
//
// "Some fixture of its front end matches" cannot fail for a selector as generic as 'p' or
// 'h1, h2': every page has one. So each selector is checked where the code uses it:
// - TOP_CARD selectors are read inside the top card. Each must match inside the card that
//   findTopCard() returns for a profile fixture of its front end (of each front end, for 'both').
//   'p' somewhere on the page does not count; 'p' in the card does.
// - NOT_TOP_CARD marks regions to ignore: it must occur on pages of both front ends and never
//   inside a top card.
// - PAGE selectors are read on the whole page (front-end markers, the card itself, dialogs, the
//   experience section). Each must match a fixture of its front end and must not match every
//   fixture of the other front end (for 'both': not every fixture), so that it tells pages apart.
// Every selector must be in exactly one list, so a new one has to say how it is used.
import { describe, expect, it } from 'vitest';
import { SELECTORS, type SelectorName } from '../../../utils/linkedin/selectors';
import { findTopCard } from '../../../utils/linkedin/top-card';
import { fixtureNames, loadFixture, type Fixture } from './fixtures';

const fixtures: Fixture[] = fixtureNames.map(loadFixture);

function frontEndOf(f: Fixture): 'classic' | 'sdui' | 'guest' {
  const m = /<!-- fixture: [^;]+; ([^;]+);/.exec(f.html);
  if (m && /guest/i.test(m[1] ?? '')) return 'guest';
  return m && /sdui/i.test(m[1] ?? '') ? 'sdui' : 'classic';
}

/** Matches in the document and in any open shadow roots (the interop outlet). */
function matches(f: Fixture, css: string): number {
  let n = f.doc.querySelectorAll(css).length;
  for (const host of Array.from(f.doc.querySelectorAll('*'))) {
    if (host.shadowRoot) n += host.shadowRoot.querySelectorAll(css).length;
  }
  return n;
}

type FrontEnd = 'classic' | 'sdui';
const FRONT_ENDS: FrontEnd[] = ['classic', 'sdui'];

const TOP_CARD: SelectorName[] = [
  'nameHeading',
  'classicName',
  'classicHeadline',
  'classicLocation',
  'classicContactInfo',
  'contactInfoLink',
  'classicAboutThisProfile',
  'profileLink',
  'classicRightPanelButton',
  'sduiCompanyLogo',
  'sduiSchoolLogo',
  'sduiParagraph',
  'classic2018Name',
  'classic2018Headline',
  'classic2018Company',
  'classic2018School',
  'classic2018Location',
  'classicActionButton',
  'classicDegree',
  'sduiPrerendered',
  'connectLink',
  'messageLink',
  'classicConnectButton',
  'moreButton',
  'editLink',
];
const NOT_TOP_CARD: SelectorName[] = ['notTopCard'];
const PAGE: SelectorName[] = [
  'sduiProfileScreen',
  'sduiAnyScreen',
  'classicEmber',
  'sduiTopCard',
  'sduiTopCardViewName',
  'classicTopCardSection',
  'classic2018TopCard',
  'classicVisuallyHidden',
  'guestPage',
  'profileOwnLink',
  'dialog',
  'noteBox',
  'interopOutlet',
  'composer',
  'composerBubble',
];

/**
 * Top-card selectors no fixture backs in the top card of that front end yet: known gaps, each
 * with its reason. The test below fails once a fixture does back one, so the entry is dropped.
 */
const TOP_CARD_GAPS: { name: SelectorName; frontEnd: FrontEnd; why: string }[] = [
  {
    name: 'connectLink',
    frontEnd: 'classic',
    why: "declared 'both', but classic renders Connect as a button (classicConnectButton)",
  },
];
const isGap = (name: SelectorName, fe: FrontEnd) => TOP_CARD_GAPS.some((g) => g.name === name && g.frontEnd === fe);

const frontEndsOf = (name: SelectorName): FrontEnd[] => {
  const fe = SELECTORS[name].frontEnd;
  return fe === 'both' ? FRONT_ENDS : fe === 'guest' ? [] : [fe];
};
const cards = fixtures.flatMap((f) => {
  const found = findTopCard(f.doc, f.url);
  return found ? [{ fixture: f.name, frontEnd: frontEndOf(f), card: found.card }] : [];
});
const inCard = (fe: FrontEnd, css: string) =>
  cards.filter((c) => c.frontEnd === fe && c.card.querySelectorAll(css).length > 0).map((c) => c.fixture);

describe('selectors.ts', () => {
  it('every selector says how it is used: in the top card, outside it, or on the page', () => {
    const listed = [...TOP_CARD, ...NOT_TOP_CARD, ...PAGE];
    expect([...listed].sort()).toEqual(Object.keys(SELECTORS).sort());
    expect(new Set(listed).size).toBe(listed.length);
    // The fixtures hold top cards of both front ends, or the rule below checks nothing.
    expect(new Set(cards.map((c) => c.frontEnd))).toEqual(new Set(FRONT_ENDS));
  });

  it.each(TOP_CARD)('%s matches inside the top card of a profile fixture of its front end', (name) => {
    for (const fe of frontEndsOf(name)) {
      if (isGap(name, fe)) continue;
      expect(inCard(fe, SELECTORS[name].css), `${name} in a ${fe} top card`).not.toEqual([]);
    }
  });

  it.each(TOP_CARD_GAPS)('known gap: $name in a $frontEnd top card ($why)', ({ name, frontEnd }) => {
    expect(TOP_CARD.includes(name) && frontEndsOf(name).includes(frontEnd)).toBe(true);
    // Once a fixture backs it, drop the entry from TOP_CARD_GAPS.
    expect(inCard(frontEnd, SELECTORS[name].css)).toEqual([]);
  });

  it.each(NOT_TOP_CARD)('%s occurs on pages of both front ends and never inside a top card', (name) => {
    const css = SELECTORS[name].css;
    for (const fe of FRONT_ENDS) expect(fixtures.some((f) => frontEndOf(f) === fe && matches(f, css) > 0)).toBe(true);
    for (const c of cards) expect(c.card.querySelectorAll(css).length, c.fixture).toBe(0);
  });

  it.each(PAGE)('%s matches a fixture of its front end, and not every fixture of the other', (name) => {
    const s = SELECTORS[name];
    const own = fixtures.filter((f) => s.frontEnd === 'both' || frontEndOf(f) === s.frontEnd);
    const others = s.frontEnd === 'both' ? fixtures : fixtures.filter((f) => frontEndOf(f) !== s.frontEnd);
    expect(own.some((f) => matches(f, s.css) > 0)).toBe(true);
    expect(others.every((f) => matches(f, s.css) > 0)).toBe(false);
  });

  it.each(Object.entries(SELECTORS))('%s is a valid, dated selector', (_name, s) => {
    expect(() => document.querySelectorAll(s.css)).not.toThrow();
    expect(s.seen).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('fixtures', () => {
  it.each(fixtureNames)('%s has a dated header comment and a fixture-url', (name) => {
    const f = loadFixture(name);
    expect(f.html).toMatch(
      /^<!DOCTYPE html>\n<!-- fixture: [^;]+; [^;]*(classic|SDUI|guest)[^;]*; (captured|hand-made) \d{4}-\d{2}-\d{2}[^;]* -->/,
    );
    expect(f.url.hostname).toBe('www.linkedin.com');
    expect(f.html.length).toBeLessThan(12_000);
  });

  it('none carries a script (fixtures are markup only)', () => {
    for (const f of fixtures) expect(f.doc.querySelector('script')).toBeNull();
  });
});
