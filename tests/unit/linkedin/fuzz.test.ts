// @vitest-environment happy-dom
// Fuzzing the readers with mutated copies of the profile fixtures: whatever LinkedIn does to its
// markup, the readers must not throw, and must never report a name that is not on the page.
// Deterministic: a seeded PRNG (mulberry32), no dependency.
import { describe, expect, it } from 'vitest';
import { classifyPage, detectFrontEnd } from '../../../utils/linkedin/page';
import { readProfile } from '../../../utils/linkedin/profile';
import { findActionRow, findTopCard } from '../../../utils/linkedin/top-card';
import { findComposer, findNoteBox, readNoteLimit } from '../../../utils/linkedin/compose';
import { loadFixture, parseHtml } from './fixtures';

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;
const pick = <T>(rng: Rng, xs: readonly T[]): T | undefined => xs[Math.floor(rng() * xs.length)];

const WORDS = [
  'Connect',
  'Message',
  'Stripe',
  'at',
  '·',
  '|',
  'Contact info',
  '',
  '  ',
  'Ümlaut',
  '🚀',
  'Marcus Oyelaran',
  '<b>x</b>',
];
const ATTRS = [
  'hidden',
  'aria-hidden',
  'style',
  'href',
  'class',
  'id',
  'componentkey',
  'data-view-name',
  'aria-label',
  'aria-expanded',
  'role',
];

function mutate(doc: Document, rng: Rng): void {
  const els = Array.from(doc.body.querySelectorAll('*'));
  const el = pick(rng, els);
  if (!el) return;
  const other = pick(rng, els);
  switch (Math.floor(rng() * 10)) {
    case 0: // remove a node
      el.remove();
      break;
    case 1: {
      // shuffle / drop classes
      const classes = Array.from(el.classList).filter(() => rng() > 0.4);
      classes.sort(() => rng() - 0.5);
      el.setAttribute('class', classes.join(' '));
      break;
    }
    case 2: {
      // drop an attribute
      const name = pick(rng, el.getAttributeNames());
      if (name) el.removeAttribute(name);
      break;
    }
    case 3: {
      // change text
      const word = pick(rng, WORDS) ?? '';
      if (rng() < 0.5) el.textContent = word;
      else el.append(doc.createTextNode(word));
      break;
    }
    case 4: // duplicate a node next to itself
      el.after(el.cloneNode(true));
      break;
    case 5: // move a node somewhere else
      if (other && !el.contains(other)) other.append(el);
      break;
    case 6: {
      // move an attribute (value and all) to another element
      const name = pick(rng, ATTRS) ?? 'class';
      const value = el.getAttribute(name);
      if (other && value !== null) {
        el.removeAttribute(name);
        other.setAttribute(name, value);
      }
      break;
    }
    case 7: // unwrap: replace a node by its children
      el.replaceWith(...Array.from(el.childNodes));
      break;
    case 8: {
      // hide something
      const how = pick(rng, ['hidden', 'aria-hidden', 'style']);
      if (how === 'hidden') el.setAttribute('hidden', '');
      else if (how === 'aria-hidden') el.setAttribute('aria-hidden', 'true');
      else el.setAttribute('style', 'display: none');
      break;
    }
    default: {
      // change the title
      doc.title = rng() < 0.5 ? '' : `(${Math.floor(rng() * 9)}) ${pick(rng, WORDS)} | LinkedIn`;
    }
  }
}

const norm = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, '');

const PROFILE_FIXTURES = [
  'classic-profile',
  'classic-profile-fr',
  'classic-own-profile',
  'invite-dialog',
  'messaging-composer',
  'sdui-profile',
  'sdui-profile-view-name',
  'sdui-own-profile',
  'sdui-name-markup',
  'sdui-invite-in-shadow',
  'sdui-mid-navigation',
];
// Each fixture is parsed a few times and mutated step by step (parsing is the slow part in
// happy-dom); the readers run after every few steps: 11 fixtures × 5 lineages × 60 steps = 3300
// mutations, 1100 checks.
const LINEAGES = 5;
const STEPS = 60;
const CHECK_EVERY = 3;
const seedOf = (name: string): number =>
  Array.from(name).reduce((h, c) => Math.imul(h ^ c.charCodeAt(0), 16777619), 2166136261);

// Coverage of the invariant itself: the name check must actually run on a good share of pages.
let checks = 0;
let namedTotal = 0;

describe('fuzz: readers on mutated profile fixtures', () => {
  it.each(PROFILE_FIXTURES)(
    '%s',
    (name) => {
      const base = loadFixture(name);
      const rng = mulberry32(seedOf(name));
      let mutations = 0;
      let named = 0;
      for (let lineage = 0; lineage < LINEAGES; lineage++) {
        const doc = parseHtml(base.html);
        for (let step = 1; step <= STEPS; step++) {
          mutate(doc, rng);
          mutations++;
          if (step % CHECK_EVERY !== 0) continue;
          checks++;
          const context = `${name} lineage ${lineage} step ${step}`;
          expect(() => detectFrontEnd(doc), context).not.toThrow();
          expect(() => classifyPage(doc, base.url), context).not.toThrow();
          expect(() => findNoteBox(doc) && readNoteLimit(doc), context).not.toThrow();
          expect(() => findComposer(doc), context).not.toThrow();
          const found = findTopCard(doc, base.url);
          if (found) expect(() => findActionRow({ card: found.card, frontEnd: found.frontEnd }), context).not.toThrow();
          const reading = readProfile(doc, base.url, doc.title);
          if (!reading) continue;
          expect(reading.slug, context).toBe(base.url.pathname.split('/')[2]);
          if (reading.name) {
            named++;
            const pageText = norm(doc.body.textContent) + '\n' + norm(doc.title);
            expect(pageText.includes(norm(reading.name)), `${context}: "${reading.name}" is not on the page`).toBe(
              true,
            );
          }
          expect(
            reading.missing.every((k) => reading[k] === ''),
            context,
          ).toBe(true);
          expect(reading.firstName === '' || reading.name !== '', context).toBe(true);
        }
      }
      expect(mutations).toBe(LINEAGES * STEPS);
      // The mid-navigation page must stay unreadable: the card belongs to someone else.
      if (name === 'sdui-mid-navigation') expect(named).toBe(0);
      namedTotal += named;
    },
    30_000,
  );

  it('read a name on at least a fifth of the mutated pages (so the name check ran)', () => {
    expect(checks).toBe(PROFILE_FIXTURES.length * LINEAGES * (STEPS / CHECK_EVERY));
    expect(namedTotal / checks).toBeGreaterThan(0.2);
  });
});
