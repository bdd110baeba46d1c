// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { cardSlugs, findActionRow, findTopCard } from '../../../utils/linkedin/top-card';
import { loadFixture } from './fixtures';

const profiles = [
  ['classic-profile', 'classic', 'Priya Raman'],
  ['classic-profile-fr', 'classic', 'Camille Dubois'],
  ['classic-own-profile', 'classic', 'Sam Okafor'],
  ['invite-dialog', 'classic', 'Priya Raman'],
  ['messaging-composer', 'classic', 'Priya Raman'],
  ['sdui-profile', 'sdui', 'Priya Raman'],
  ['sdui-profile-view-name', 'sdui', 'Jonas Weber'],
  ['sdui-own-profile', 'sdui', 'Sam Okafor'],
  ['sdui-name-markup', 'sdui', 'Ada <b>Lovelace</b>'],
  ['sdui-invite-in-shadow', 'sdui', 'Priya Raman'],
] as const;

describe('findTopCard', () => {
  it.each(profiles)("%s: the card of the URL's profile (%s)", (name, frontEnd, person) => {
    const f = loadFixture(name);
    const found = findTopCard(f.doc, f.url);
    expect(found?.frontEnd).toBe(frontEnd);
    const card = found!.card;
    expect(card.textContent).toContain(person);
    expect(card.closest('aside')).toBeNull();
    expect(cardSlugs(card)).toEqual([f.url.pathname.split('/')[2]]);
  });

  it.each(['feed', 'search-results', 'company-page', 'classic-skeleton', 'sdui-mid-navigation'])('%s: null', (name) => {
    const f = loadFixture(name);
    expect(findTopCard(f.doc, f.url)).toBeNull();
  });

  it('rejects a lingering classic card after navigating to another profile', () => {
    const f = loadFixture('classic-profile');
    expect(findTopCard(f.doc, new URL('https://www.linkedin.com/in/marcus-oyelaran/'))).toBeNull();
  });

  it('skips a hidden pre-rendered copy of the card and takes the visible one', () => {
    const f = loadFixture('sdui-profile');
    const card = f.doc.querySelector('[componentkey$="Topcard"]')!;
    const copy = card.cloneNode(true) as Element;
    copy.setAttribute('style', 'display: none');
    card.before(copy);
    expect(findTopCard(f.doc, f.url)?.card).toBe(card);
    copy.removeAttribute('style');
    copy.setAttribute('aria-hidden', 'true');
    expect(findTopCard(f.doc, f.url)?.card).toBe(card);
  });

  it('is null when the only card is inside a [hidden] ancestor', () => {
    const f = loadFixture('sdui-profile');
    f.doc.querySelector('main')!.setAttribute('hidden', '');
    expect(findTopCard(f.doc, f.url)).toBeNull();
  });

  it("falls back to the name linked to the URL's profile when the markers are gone", () => {
    const f = loadFixture('sdui-profile');
    const card = f.doc.querySelector('[componentkey$="Topcard"]')!;
    card.removeAttribute('componentkey');
    card.removeAttribute('id');
    const found = findTopCard(f.doc, f.url);
    expect(found?.card).toBe(card);
    expect(found?.frontEnd).toBe('sdui');
  });

  it('accepts a card without any identity link (nothing to contradict the URL)', () => {
    const f = loadFixture('classic-profile');
    for (const a of Array.from(f.doc.querySelectorAll('main section a[href*="/in/"]'))) a.removeAttribute('href');
    expect(findTopCard(f.doc, f.url)?.frontEnd).toBe('classic');
  });

  it('is null for a URL that is not a profile', () => {
    const f = loadFixture('classic-profile');
    expect(findTopCard(f.doc, new URL('https://www.linkedin.com/feed/'))).toBeNull();
  });
});

describe('findActionRow', () => {
  const labels = (row: Element | null): string[] =>
    Array.from(row?.querySelectorAll('a, button') ?? []).map(
      (c) => (c.textContent ?? '').trim() || (c.getAttribute('aria-expanded') ? 'More' : '?'),
    );

  it.each([
    ['classic-profile', ['Connect', 'Message', 'More']],
    ['classic-profile-fr', ['Message', 'Se connecter', 'Plus']],
    ['classic-own-profile', ['Open to', 'Add profile section', 'More']],
    ['sdui-profile', ['Connect', 'Message', 'More']],
    ['sdui-profile-view-name', ['Connect', 'Message', 'More']],
    ['sdui-name-markup', ['Connect', 'Message', 'More']],
  ])('%s: the row holding %j', (name, want) => {
    const f = loadFixture(name);
    const found = findTopCard(f.doc, f.url)!;
    const row = findActionRow({ card: found.card, frontEnd: found.frontEnd });
    expect(row).not.toBeNull();
    expect(labels(row)).toEqual(want);
    expect(found.card.contains(row)).toBe(true);
  });

  it('sdui: never the hidden pre-rendered duplicate row nor the sticky header', () => {
    const f = loadFixture('sdui-profile');
    const found = findTopCard(f.doc, f.url)!;
    const row = findActionRow({ card: found.card, frontEnd: 'sdui' })!;
    expect(row.closest('[hidden]')).toBeNull();
    expect(row.closest('[data-view-name="profile-sticky-header"]')).toBeNull();
  });

  it('sdui: widens a lone Connect to take in the More button beside it', () => {
    const f = loadFixture('sdui-profile');
    const found = findTopCard(f.doc, f.url)!;
    found.card.querySelector('._9e1d4c7b a[href*="/messaging/compose/"]')!.parentElement!.remove();
    const row = findActionRow({ card: found.card, frontEnd: 'sdui' });
    expect(row?.className).toBe('_9e1d4c7b');
  });

  it('classic without the named row: falls back to the common parent of the controls', () => {
    const f = loadFixture('classic-profile');
    const found = findTopCard(f.doc, f.url)!;
    const row = found.card.querySelector('.pvs-profile-actions')!;
    row.classList.remove('pvs-profile-actions');
    expect(findActionRow({ card: found.card, frontEnd: 'classic' })).toBe(row);
  });

  it('is null when the card has no controls', () => {
    const f = loadFixture('sdui-profile');
    const found = findTopCard(f.doc, f.url)!;
    for (const c of Array.from(found.card.querySelectorAll('a[href*="/preload/"], a[href*="/messaging/"], button')))
      c.remove();
    expect(findActionRow({ card: found.card, frontEnd: 'sdui' })).toBeNull();
  });
});

describe('HeadingWatch', () => {
  it('says when a heading appears, goes, or changes its text, and not otherwise', async () => {
    const { HeadingWatch } = await import('../../../utils/linkedin/top-card');
    const f = loadFixture('classic-skeleton');
    const watch = new HeadingWatch(f.doc);
    expect(watch.changed()).toBe(true); // the first look
    expect(watch.changed()).toBe(false);
    const main = f.doc.querySelector('main') ?? f.doc.body;
    main.append(f.doc.createElement('div'), f.doc.createElement('p'));
    expect(watch.changed()).toBe(false);
    const h1 = f.doc.createElement('h1');
    h1.textContent = 'Priya Raman';
    main.append(h1);
    expect(watch.changed()).toBe(true);
    expect(watch.changed()).toBe(false);
    h1.textContent = 'Jonas Weber';
    expect(watch.changed()).toBe(true);
    h1.remove();
    expect(watch.changed()).toBe(true);
  });
});
