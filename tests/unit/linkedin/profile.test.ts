// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import {
  firstNameOf,
  nameFromTitle,
  parseHeadline,
  readProfile,
  readTopCard,
  type ProfileReading,
} from '../../../utils/linkedin/profile';
import { loadFixture } from './fixtures';

type Want = Omit<ProfileReading, 'missing'> & { missing?: ProfileReading['missing'] };

const priya = {
  slug: 'priya-raman',
  name: 'Priya Raman',
  firstName: 'Priya',
  headline: 'Senior Product Manager at Stripe',
  company: 'Stripe',
  role: 'Senior Product Manager',
  location: 'San Francisco Bay Area',
  degree: 2 as const,
  nameMatchesTitle: true,
};

const cases: Array<[string, Want]> = [
  ['classic-profile', { ...priya, frontEnd: 'classic' }],
  ['invite-dialog', { ...priya, frontEnd: 'classic' }],
  ['messaging-composer', { ...priya, frontEnd: 'classic' }],
  ['sdui-profile', { ...priya, frontEnd: 'sdui' }],
  ['sdui-invite-in-shadow', { ...priya, frontEnd: 'sdui' }],
  [
    'classic-profile-fr',
    {
      slug: 'camille-dubois-b3',
      frontEnd: 'classic',
      name: 'Camille Dubois',
      firstName: 'Camille',
      headline: 'Responsable produit senior chez Doctolib · Santé numérique',
      company: 'Doctolib',
      role: 'Responsable produit senior',
      location: 'Paris, Île-de-France, France',
      degree: 1,
      nameMatchesTitle: true,
    },
  ],
  [
    'sdui-profile-view-name',
    {
      slug: 'jonas-weber',
      frontEnd: 'sdui',
      name: 'Jonas Weber',
      firstName: 'Jonas',
      headline: 'Staff Engineer @ Figma | Design systems',
      company: 'Figma',
      role: 'Staff Engineer',
      location: 'Berlin, Germany',
      degree: 3,
      nameMatchesTitle: true,
    },
  ],
  [
    'sdui-name-markup',
    {
      slug: 'ada-lovelace',
      frontEnd: 'sdui',
      name: 'Ada <b>Lovelace</b>',
      firstName: 'Ada',
      headline: 'Analyst @ Analytical Engines Ltd',
      company: 'Analytical Engines Ltd',
      role: 'Analyst',
      location: 'London, England, United Kingdom',
      degree: 2,
      nameMatchesTitle: true,
    },
  ],
  [
    'classic-own-profile',
    {
      slug: 'sam-okafor',
      frontEnd: 'classic',
      name: 'Sam Okafor',
      firstName: 'Sam',
      headline: 'Exploring product roles | Former teacher',
      company: '',
      role: '',
      location: 'Toronto, Ontario, Canada',
      degree: null,
      nameMatchesTitle: true,
      missing: ['company', 'role'],
    },
  ],
  [
    'sdui-own-profile',
    {
      slug: 'sam-okafor',
      frontEnd: 'sdui',
      name: 'Sam Okafor',
      firstName: 'Sam',
      headline: 'Exploring product roles | Former teacher',
      company: '',
      role: '',
      location: 'Toronto, Ontario, Canada',
      degree: null,
      nameMatchesTitle: true,
      missing: ['company', 'role'],
    },
  ],
];

describe('readProfile on every profile fixture', () => {
  it.each(cases)('%s', (name, want) => {
    const f = loadFixture(name);
    expect(readProfile(f.doc, f.url, f.title)).toEqual({ missing: [], ...want });
  });

  it.each(['feed', 'search-results', 'company-page', 'classic-skeleton', 'sdui-mid-navigation'])('%s: null', (name) => {
    const f = loadFixture(name);
    expect(readProfile(f.doc, f.url, f.title)).toBeNull();
  });

  it('keeps markup in a name as text and never creates elements from it', () => {
    const f = loadFixture('sdui-name-markup');
    const reading = readProfile(f.doc, f.url, f.title)!;
    expect(reading.name).toBe('Ada <b>Lovelace</b>');
    expect(f.doc.querySelector('main b')).toBeNull();
  });

  it('classic: reads the duplicated span[aria-hidden] / .visually-hidden texts once', () => {
    const f = loadFixture('classic-profile');
    const h1 = f.doc.querySelector('h1')!;
    h1.replaceChildren();
    const shown = f.doc.createElement('span');
    shown.setAttribute('aria-hidden', 'true');
    shown.textContent = 'Priya Raman';
    const sr = f.doc.createElement('span');
    sr.className = 'visually-hidden';
    sr.textContent = 'Priya Raman';
    h1.append(shown, sr);
    expect(readProfile(f.doc, f.url, f.title)?.name).toBe('Priya Raman');
  });

  it('classic without a current-company label: no company and no role, never the experience section', () => {
    const f = loadFixture('classic-profile-fr');
    for (const el of Array.from(f.doc.querySelectorAll('[aria-label]'))) el.removeAttribute('aria-label');
    const reading = readProfile(f.doc, f.url, f.title)!;
    expect(reading.name).toBe('Camille Dubois');
    expect(reading.company).toBe('');
    expect(reading.role).toBe('');
    expect(reading.missing).toEqual(['company', 'role']);
  });

  it('classic: never takes the company from the headline', () => {
    const f = loadFixture('classic-profile');
    f.doc.querySelector('.pv-text-details__right-panel')!.remove();
    const reading = readProfile(f.doc, f.url, f.title)!;
    expect(reading.headline).toBe('Senior Product Manager at Stripe');
    expect(reading.company).toBe('');
    expect(reading.role).toBe('');
  });

  it('classic: a current company that is an employment type is no company', () => {
    const f = loadFixture('classic-profile');
    const button = f.doc.querySelector('button[aria-label^="Current company"]')!;
    button.setAttribute('aria-label', 'Current company: Full-time. Click to skip to experience card');
    button.querySelector('.pv-text-details__right-panel-item-text')!.textContent = 'Full-time';
    expect(readProfile(f.doc, f.url, f.title)?.company).toBe('');
  });

  it('classic: location from beside the contact-info link when its class is gone', () => {
    const f = loadFixture('classic-profile');
    f.doc.querySelector('span.text-body-small.inline')!.className = 'x';
    expect(readProfile(f.doc, f.url, f.title)?.location).toBe('San Francisco Bay Area');
  });

  it('sdui: without the contact-info link, the last line is the location', () => {
    const f = loadFixture('sdui-profile');
    f.doc.querySelector('main a[href*="/overlay/contact-info/"]')!.closest('p')!.remove();
    const reading = readProfile(f.doc, f.url, f.title)!;
    expect(reading.location).toBe('San Francisco Bay Area');
    expect(reading.company).toBe('Stripe');
  });

  it('sdui: a "Company · School" line of one part is not read without the right panel to say which it is', () => {
    const f = loadFixture('sdui-profile');
    const p = Array.from(f.doc.querySelectorAll('main p')).find(
      (x) => x.textContent === 'Stripe · Stanford University',
    )!;
    p.textContent = 'Stanford University';
    const reading = readProfile(f.doc, f.url, f.title)!;
    expect(reading.company).toBe('');
    expect(reading.headline).toBe('Senior Product Manager at Stripe');
  });

  it('sdui: the right panel says which entry is the company', () => {
    const f = loadFixture('sdui-profile-view-name');
    expect(readProfile(f.doc, f.url, f.title)?.company).toBe('Figma');
    f.doc.querySelector('svg[id^="company-accent"]')!.setAttribute('id', 'school-accent-4');
    expect(readProfile(f.doc, f.url, f.title)?.company).toBe('');
  });

  it('reports nameMatchesTitle false when the title names someone else', () => {
    const f = loadFixture('sdui-profile');
    expect(readProfile(f.doc, f.url, 'Marcus Oyelaran | LinkedIn')?.nameMatchesTitle).toBe(false);
    expect(readProfile(f.doc, f.url, '(12) priya raman | LinkedIn')?.nameMatchesTitle).toBe(true);
    expect(readProfile(f.doc, f.url, '')?.nameMatchesTitle).toBe(false);
  });

  it('uses document.title by default', () => {
    document.title = '(3) Priya Raman | LinkedIn';
    const f = loadFixture('classic-profile');
    expect(readProfile(f.doc, f.url)?.nameMatchesTitle).toBe(true);
  });

  it('never throws when the card is emptied: nothing says whose it is, so no reading', () => {
    const f = loadFixture('sdui-profile');
    const card = f.doc.querySelector('[componentkey$="Topcard"]')!;
    card.replaceChildren();
    expect(readProfile(f.doc, f.url, f.title)).toBeNull();
    expect(readTopCard({ card, frontEnd: 'sdui', slug: 'priya-raman' }, f.title)).toEqual({
      slug: 'priya-raman',
      frontEnd: 'sdui',
      name: '',
      firstName: '',
      headline: '',
      company: '',
      role: '',
      location: '',
      degree: null,
      missing: ['name', 'headline', 'company', 'role', 'location'],
      nameMatchesTitle: false,
    });
  });
});

describe('firstNameOf', () => {
  it.each([
    ['Priya Raman', 'Priya'],
    ['Dr. Priya Raman, PhD', 'Priya'],
    ["Marcus O'Neil", 'Marcus'],
    ['Jean-Luc Picard', 'Jean-Luc'],
    ['🚀 Lena Fischer 🇩🇪', 'Lena'],
    ['Sam (they/them) Okafor', 'Sam'],
    ['Prof Dr. Anna Schmidt', 'Anna'],
    ['Ana Souza, MBA, CSPO', 'Ana'],
    ['J. R. Smith', 'J'],
    ['张伟', '张伟'],
    ['Ada <b>Lovelace</b>', 'Ada'],
    ['', ''],
    ['   ', ''],
  ])('%j → %j', (name, first) => {
    expect(firstNameOf(name)).toBe(first);
  });
});

describe('parseHeadline', () => {
  it.each([
    ['Senior Product Manager at Stripe', 'Senior Product Manager', 'Stripe'],
    ['Staff Engineer @ Figma | Design systems', 'Staff Engineer', 'Figma'],
    ['PM@Stripe', 'PM', 'Stripe'],
    ['Responsable produit chez Doctolib', 'Responsable produit', 'Doctolib'],
    ['Ingegnere presso Enel', 'Ingegnere', 'Enel'],
    ['Produktmanagerin bei SAP', 'Produktmanagerin', 'SAP'],
    ['Ingeniera de software en Google', 'Ingeniera de software', 'Google'],
    ['Engineer at Stripe, ex-Google', 'Engineer', 'Stripe'],
    ['Founder | Speaker | Dad', 'Founder', ''],
    ['Payments nerd', '', ''],
    ['', '', ''],
  ])('%j → role %j, company %j', (headline, role, company) => {
    expect(parseHeadline(headline)).toEqual({ role, company });
  });
});

describe('nameFromTitle', () => {
  it.each([
    ['Priya Raman | LinkedIn', 'Priya Raman'],
    ['(3) Priya Raman | LinkedIn', 'Priya Raman'],
    ['(99+) Priya Raman | LinkedIn', 'Priya Raman'],
    ['Feed | LinkedIn', 'Feed'],
    ['LinkedIn', ''],
  ])('%j → %j', (title, name) => {
    expect(nameFromTitle(title)).toBe(name);
  });
});
