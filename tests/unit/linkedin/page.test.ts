// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { classifyPage, detectFrontEnd, slugFromUrl } from '../../../utils/linkedin/page';
import { fixtureNames, loadFixture } from './fixtures';

const u = (s: string): URL => new URL(s);

describe('slugFromUrl', () => {
  it.each([
    ['https://www.linkedin.com/in/priya-raman/', 'priya-raman'],
    ['https://www.linkedin.com/in/priya-raman', 'priya-raman'],
    ['https://www.linkedin.com/in/Priya-Raman/?miniProfileUrn=x#top', 'priya-raman'],
    ['https://www.linkedin.com/in/j%C3%BCrgen-m%C3%BCller/', 'jürgen-müller'],
    ['https://www.linkedin.com/in/%E5%BC%A0%E4%BC%9F/', '张伟'],
    ['https://www.linkedin.com/in/priya-raman/overlay/contact-info/', 'priya-raman'],
    ['https://www.linkedin.com/in/priya-raman/overlay/about-this-profile/', 'priya-raman'],
    ['https://www.linkedin.com/in/priya-raman/details/experience/', 'priya-raman'],
    ['https://www.linkedin.com/in/priya-raman/recent-activity/all/', 'priya-raman'],
    ['https://www.linkedin.com/in/sam-okafor/edit/intro/', 'sam-okafor'],
    ['https://fr.linkedin.com/in/camille-dubois-b3/', 'camille-dubois-b3'],
  ])('%s → %s', (href, slug) => {
    expect(slugFromUrl(u(href))).toBe(slug);
  });

  it.each([
    'https://www.linkedin.com/feed/',
    'https://www.linkedin.com/in/',
    'https://www.linkedin.com/in//',
    'https://www.linkedin.com/company/stripe/',
    'https://www.linkedin.com/search/results/people/?keywords=priya',
    'https://www.linkedin.com/in/priya-raman/unknown-tab/',
    'https://www.linkedin.com/in/%E0%A4%A/',
    'https://www.example.com/in/priya-raman/',
    'https://www.linkedin.com.evil.example/in/priya-raman/',
    'https://www.linkedin.com/pub/in/priya-raman/',
  ])('%s → null', (href) => {
    expect(slugFromUrl(u(href))).toBeNull();
  });
});

const expected: Record<
  string,
  { kind: 'profile' | 'own-profile' | 'not-profile'; frontEnd: 'classic' | 'sdui' | 'unknown' }
> = {
  'classic-profile': { kind: 'profile', frontEnd: 'classic' },
  'classic-profile-fr': { kind: 'profile', frontEnd: 'classic' },
  'classic-own-profile': { kind: 'own-profile', frontEnd: 'classic' },
  'classic-skeleton': { kind: 'profile', frontEnd: 'classic' },
  'classic-no-current-role': { kind: 'profile', frontEnd: 'classic' },
  'classic-2018-profile': { kind: 'profile', frontEnd: 'classic' },
  'sdui-school-only': { kind: 'profile', frontEnd: 'sdui' },
  // Pages a signed-out visitor sees at a profile address: no card is found on them, so they stay
  // 'profile' (awaiting a card); isSignedOutPage keeps the floating helper away.
  'public-profile': { kind: 'profile', frontEnd: 'unknown' },
  'profile-not-found': { kind: 'profile', frontEnd: 'classic' }, // its heading borrows the profile's class
  'signup-wall': { kind: 'profile', frontEnd: 'classic' },
  'invite-dialog': { kind: 'profile', frontEnd: 'classic' },
  'messaging-composer': { kind: 'profile', frontEnd: 'classic' },
  'sdui-profile': { kind: 'profile', frontEnd: 'sdui' },
  'sdui-profile-view-name': { kind: 'profile', frontEnd: 'sdui' },
  'sdui-own-profile': { kind: 'own-profile', frontEnd: 'sdui' },
  'sdui-mid-navigation': { kind: 'profile', frontEnd: 'sdui' },
  'sdui-name-markup': { kind: 'profile', frontEnd: 'sdui' },
  'sdui-invite-in-shadow': { kind: 'profile', frontEnd: 'sdui' },
  feed: { kind: 'not-profile', frontEnd: 'classic' },
  'search-results': { kind: 'not-profile', frontEnd: 'sdui' },
  'company-page': { kind: 'not-profile', frontEnd: 'classic' },
};

describe('classifyPage and detectFrontEnd on every fixture', () => {
  it('has an expectation for every fixture', () => {
    expect(fixtureNames.map((f) => f.replace(/\.html$/, '')).sort()).toEqual(Object.keys(expected).sort());
  });

  it.each(Object.entries(expected))('%s', (name, want) => {
    const f = loadFixture(name);
    expect(detectFrontEnd(f.doc)).toBe(want.frontEnd);
    const page = classifyPage(f.doc, f.url);
    expect(page.kind).toBe(want.kind);
    expect(page.frontEnd).toBe(want.frontEnd);
    expect(page.slug).toBe(slugFromUrl(f.url));
  });

  it('treats /edit/ URLs and /in/me/ as the own profile', () => {
    const f = loadFixture('classic-profile');
    expect(classifyPage(f.doc, u('https://www.linkedin.com/in/priya-raman/edit/intro/')).kind).toBe('own-profile');
    expect(classifyPage(f.doc, u('https://www.linkedin.com/in/me/')).kind).toBe('own-profile');
  });

  it('calls an empty page "unknown" and a non-profile URL not-profile', () => {
    const doc = document.implementation.createHTMLDocument('x');
    expect(detectFrontEnd(doc)).toBe('unknown');
    expect(classifyPage(doc, u('https://www.linkedin.com/in/priya-raman/'))).toEqual({
      kind: 'profile',
      slug: 'priya-raman',
      frontEnd: 'unknown',
    });
    expect(classifyPage(doc, u('https://www.linkedin.com/jobs/')).kind).toBe('not-profile');
  });

  it("sees a profile as someone else's once a Connect link appears beside edit links", () => {
    const f = loadFixture('sdui-own-profile');
    const card = f.doc.querySelector('[componentkey$="Topcard"]')!;
    const connect = f.doc.createElement('a');
    connect.setAttribute('href', '/preload/custom-invite/?vanityName=sam-okafor');
    card.append(connect);
    expect(classifyPage(f.doc, f.url).kind).toBe('profile');
  });
});
