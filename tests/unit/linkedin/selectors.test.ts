// @vitest-environment happy-dom
// Conventions as tests (refined-github style): every selector is backed by a fixture of its front
// end, carries a date, and every fixture says what it is and where it lives.
import { describe, expect, it } from 'vitest';
import { SELECTORS } from '../../../utils/linkedin/selectors';
import { fixtureNames, loadFixture, type Fixture } from './fixtures';

const fixtures: Fixture[] = fixtureNames.map(loadFixture);

function frontEndOf(f: Fixture): 'classic' | 'sdui' {
  const m = /<!-- fixture: [^;]+; ([^;]+);/.exec(f.html);
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

describe('selectors.ts', () => {
  it.each(Object.entries(SELECTORS))('%s is matched by a fixture of its front end', (_name, s) => {
    const own = fixtures.filter((f) => s.frontEnd === 'both' || frontEndOf(f) === s.frontEnd);
    expect(own.some((f) => matches(f, s.css) > 0)).toBe(true);
  });

  it.each(Object.entries(SELECTORS))('%s is a valid, dated selector', (_name, s) => {
    expect(() => document.querySelectorAll(s.css)).not.toThrow();
    expect(s.seen).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('fixtures', () => {
  it.each(fixtureNames)('%s has a dated header comment and a fixture-url', (name) => {
    const f = loadFixture(name);
    expect(f.html).toMatch(/^<!DOCTYPE html>\n<!-- fixture: [^;]+; [^;]*(classic|SDUI)[^;]*; (captured|hand-made) \d{4}-\d{2}-\d{2} -->/);
    expect(f.url.hostname).toBe('www.linkedin.com');
    expect(f.html.length).toBeLessThan(12_000);
  });

  it('none carries a script (fixtures are markup only)', () => {
    for (const f of fixtures) expect(f.doc.querySelector('script')).toBeNull();
  });
});
