// @vitest-environment happy-dom
// The traps real LinkedIn pages set (docs/linkedin-pages.md), each in a hand-made fixture of the
// same shape: a wrong name or company here is a wrong word in a message a real person reads.
import { describe, expect, it } from 'vitest';
import { isEmploymentType } from '../../../utils/linkedin/company';
import { clean } from '../../../utils/linkedin/dom';
import { isSignedOutPage, showsProfileOf } from '../../../utils/linkedin/page';
import { readProfile, roleFor } from '../../../utils/linkedin/profile';
import { isDegreeLine } from '../../../utils/linkedin/degree';
import { findTopCard } from '../../../utils/linkedin/top-card';
import { fixtureNames, loadFixture } from './fixtures';

describe('confident or silent', () => {
  it('classic with no current role: no company, though a school is listed and the last job says "Full-time"', () => {
    const f = loadFixture('classic-no-current-role');
    const reading = readProfile(f.doc, f.url, f.title)!;
    expect(reading.name).toBe('Noor Haddad');
    expect(reading.company).toBe('');
    expect(reading.role).toBe('');
    expect(reading.headline).toBe('Product designer, formerly at Northwind Traders | Open to new roles');
    expect(reading.location).toBe('Lisbon, Portugal');
    expect(reading.missing).toEqual(['company', 'role']);
  });

  it('sdui showing only a school: no company; the pronouns and degree beside the name are not the headline', () => {
    const f = loadFixture('sdui-school-only');
    const reading = readProfile(f.doc, f.url, f.title)!;
    expect(reading.name).toBe('Léa Martin ✨');
    expect(reading.firstName).toBe('Léa');
    expect(reading.headline).toBe('Data analyst in training · Python, SQL · Looking for a junior role at a fintech');
    expect(reading.company).toBe('');
    expect(reading.role).toBe('');
    expect(reading.location).toBe('Montreal, Quebec, Canada');
    expect(reading.nameMatchesTitle).toBe(true);
  });

  it('sdui: the first h2 of the page ("0 notifications") is never the name', () => {
    const f = loadFixture('sdui-school-only');
    expect(f.doc.querySelector('h2')?.textContent).toBe('0 notifications');
    expect(readProfile(f.doc, f.url, f.title)?.name).toBe('Léa Martin ✨');
  });

  it('the 2018 front end: name, headline, company and location from its own top card', () => {
    const f = loadFixture('classic-2018-profile');
    const reading = readProfile(f.doc, f.url, f.title)!;
    expect(reading).toMatchObject({
      name: 'Grace Hopper',
      headline: 'Rear Admiral at US Navy',
      company: 'US Navy',
      role: 'Rear Admiral',
      location: 'Arlington, Virginia',
    });
  });

  it('the 2018 card links to nobody: it is taken only while the page links to no other profile', () => {
    const f = loadFixture('classic-2018-profile');
    const other = f.doc.createElement('a');
    other.setAttribute('href', '/in/someone-else/detail/recent-activity/');
    f.doc.querySelector('.pv-skill-categories-section')!.append(other);
    expect(findTopCard(f.doc, f.url)).toBeNull();
  });

  it('a card that links to nobody and names what the title names still needs a profile’s actions', () => {
    const f = loadFixture('profile-not-found');
    expect(f.title).toBe('Profile Not Found | LinkedIn');
    expect(findTopCard(f.doc, f.url)).toBeNull();
  });
});

describe('pages a signed-out visitor sees', () => {
  it.each(['public-profile', 'profile-not-found', 'signup-wall'])(
    '%s: no reading, signed out, no profile shown',
    (name) => {
      const f = loadFixture(name);
      expect(readProfile(f.doc, f.url, f.title)).toBeNull();
      expect(isSignedOutPage(f.doc)).toBe(true);
      expect(showsProfileOf(f.doc, f.url.pathname.split('/')[2]!)).toBe(false);
    },
  );

  it('no signed-in fixture looks signed out', () => {
    const guest = ['public-profile', 'profile-not-found', 'signup-wall'];
    for (const name of fixtureNames.map((n) => n.replace(/\.html$/, '')).filter((n) => !guest.includes(n))) {
      expect(isSignedOutPage(loadFixture(name).doc), name).toBe(false);
    }
  });

  it('signed-in profiles show their own profile; the feed shows none', () => {
    expect(showsProfileOf(loadFixture('classic-profile').doc, 'priya-raman')).toBe(true);
    expect(showsProfileOf(loadFixture('sdui-profile').doc, 'priya-raman')).toBe(true);
    expect(showsProfileOf(loadFixture('classic-2018-profile').doc, 'gracehopper06')).toBe(true);
    expect(showsProfileOf(loadFixture('feed').doc, 'priya-raman')).toBe(false);
  });
});

describe('words that are not companies', () => {
  it.each([
    'Full-time',
    'Part-time',
    'Self-employed',
    'Freelance',
    'Internship',
    'Contract',
    'Full-time · 3 yrs',
    'Temps plein',
    'Temps partiel',
    'Indépendant',
    'Stage',
    'CDI',
    'Jornada completa',
    'Autónomo',
    'Prácticas',
    'Vollzeit',
    'Teilzeit',
    'Selbstständig',
    'Freiberuflich',
    'Praktikum',
  ])('%s is an employment type', (text) => {
    expect(isEmploymentType(text)).toBe(true);
  });

  it.each(['Stripe', 'Contractors United', 'Stage Entertainment', 'Freelancer.com', 'Internships Inc', 'Deloitte'])(
    '%s is a company',
    (text) => {
      expect(isEmploymentType(text)).toBe(false);
    },
  );
});

describe('role', () => {
  it.each([
    ['Senior Software Engineer @ Mercari, Japan', 'Mercari, Inc.', 'Senior Software Engineer'],
    ['Staff Engineer at Figma', 'Figma', 'Staff Engineer'],
    ['Staff Engineer at Figma', '', ''],
    ['Board member of Mobvilla AB', 'Recruitjob.se', ''],
    ['Analytics Solutions | Data Architect', 'Tata Consultancy Services', ''],
    ['Engineer at Acme', 'Globex', ''],
  ])('%j beside company %j → %j', (headline, company, role) => {
    expect(roleFor(headline, company)).toBe(role);
  });
});

it('clean keeps an ideographic space, as the person wrote it', () => {
  expect(clean('  しています\u3000エンジニア \n ')).toBe('しています\u3000エンジニア');
});

describe('degree', () => {
  it('sdui: the label a person sees, not the other one pre-rendered beside it', async () => {
    const f = loadFixture('sdui-school-only');
    expect(f.doc.querySelector('[data-display-contents] p')?.textContent).toBe('· 1st');
    expect(readProfile(f.doc, f.url, f.title)?.degree).toBe(2);
  });

  it('sdui: a 1st-degree card (the pre-rendered label says 2nd, there is no Connect)', () => {
    const f = loadFixture('sdui-school-only');
    const [hidden, shown] = [
      f.doc.querySelector('[data-display-contents] p')!,
      f.doc.querySelector('[data-display-contents] + p')!,
    ];
    hidden.textContent = '· 2nd';
    shown.textContent = '· 1st';
    f.doc.querySelector('a[href*="/preload/custom-invite/"]')!.remove();
    expect(readProfile(f.doc, f.url, f.title)?.degree).toBe(1);
  });

  it('a "1st" on a card that still offers Connect is not believed', () => {
    const f = loadFixture('classic-profile');
    f.doc.querySelector('.dist-value')!.textContent = '· 1st';
    expect(readProfile(f.doc, f.url, f.title)?.degree).toBeNull();
  });

  it('classic, 2018 and French badges', () => {
    for (const [name, degree] of [
      ['classic-profile', 2],
      ['classic-2018-profile', 2],
      ['classic-profile-fr', 1],
      ['sdui-profile-view-name', 3],
    ] as const) {
      const f = loadFixture(name);
      expect(readProfile(f.doc, f.url, f.title)?.degree, name).toBe(degree);
    }
  });
});

describe('the last resort keeps the front end', () => {
  it('a classic card whose section lost its classes is still read as classic (company from its button)', () => {
    const f = loadFixture('classic-profile');
    const card = f.doc.querySelector('section.artdeco-card')!;
    card.removeAttribute('class');
    card.removeAttribute('data-member-id');
    const found = findTopCard(f.doc, f.url);
    expect(found?.frontEnd).toBe('classic');
    expect(readProfile(f.doc, f.url, f.title)).toMatchObject({ name: 'Priya Raman', company: 'Stripe' });
  });
});

describe('degree labels are never read as a line of the card', () => {
  it.each(['· 2nd', '2nd', '3rd+', '· 3e et +', '3e et +', '1er', '· 2e', '2.'])('%s is a degree label', (text) => {
    expect(isDegreeLine(text)).toBe(true);
  });
  it.each(['Head of Payments', '2nd-hand books buyer', 'Stripe', '3e promotion'])('%s is not', (text) => {
    expect(isDegreeLine(text)).toBe(false);
  });
});

describe('a French degree label on a server-driven card', () => {
  it('is not taken for the headline, with or without the contact link', () => {
    for (const dropContact of [false, true]) {
      const f = loadFixture('sdui-profile');
      const label = [...f.doc.querySelectorAll('p')].find((p) => p.textContent === '· 2nd')!;
      label.textContent = '· 3e et +';
      if (dropContact) f.doc.querySelector('a[href*="overlay/contact-info"]')!.parentElement!.remove();
      const reading = readProfile(f.doc, f.url, f.title)!;
      expect(reading.headline).not.toMatch(/3e/);
      expect(reading.degree).toBe(3);
    }
  });
});
