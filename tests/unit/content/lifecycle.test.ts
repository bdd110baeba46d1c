// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://www.linkedin.com/feed/"}
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from '#imports';
import { startLifecycle, type Placement } from '@/entrypoints/linkedin.content/lifecycle';
import { loadFixture } from '../linkedin/fixtures';

/** Shows a fixture's body in this document at its address, like LinkedIn's in-page navigation. */
function show(name: string, { push = true } = {}) {
  const f = loadFixture(name);
  if (push) history.pushState({}, '', f.url.href);
  document.title = f.title;
  document.body.replaceChildren(...Array.from(f.doc.body.childNodes, (n) => document.importNode(n, true)));
}

const flush = () => new Promise((r) => setTimeout(r, 0));

function fakeCtx() {
  const listeners: (() => void)[] = [];
  const ctx = {
    isInvalid: false,
    onInvalidated: (cb: () => void) => listeners.push(cb),
    invalidate() {
      ctx.isInvalid = true;
      for (const cb of listeners) cb();
    },
  };
  return ctx;
}

describe('the helper lifecycle', () => {
  let mounts: Placement[];
  let live: Set<Element>;
  let ctx: ReturnType<typeof fakeCtx>;
  let stop: () => void;

  beforeEach(() => {
    history.replaceState({}, '', 'https://www.linkedin.com/feed/');
    document.body.replaceChildren();
    mounts = [];
    live = new Set();
    ctx = fakeCtx();
  });
  afterEach(() => stop?.());

  const start = () => {
    stop = startLifecycle(ctx as unknown as ContentScriptContext, (placement) => {
      mounts.push(placement);
      const host = document.createElement('fifteen-helper');
      (placement.row ?? document.body).append(host);
      live.add(host);
      return {
        host,
        remove() {
          host.remove();
          live.delete(host);
        },
      };
    });
  };
  const helpers = () => document.querySelectorAll('fifteen-helper').length;

  it('mounts one helper in the action row of the profile in the address', async () => {
    show('classic-profile');
    start();
    await flush();
    expect(mounts).toHaveLength(1);
    expect(mounts[0]!.reading.name).toBe('Priya Raman');
    expect(mounts[0]!.row).not.toBeNull();
    expect(helpers()).toBe(1);
    // Unrelated changes to the page cost nothing and mount nothing more.
    for (let i = 0; i < 20; i++) document.body.append(document.createElement('div'));
    await flush();
    expect(mounts).toHaveLength(1);
  });

  it('follows navigation from profile to profile and away, never showing the previous person', async () => {
    show('classic-profile');
    start();
    await flush();
    // The address changes first; the old card lingers until the new one renders.
    history.pushState({}, '', 'https://www.linkedin.com/in/jonas-weber/');
    document.body.append(document.createElement('span'));
    await flush();
    expect(helpers()).toBe(0);
    show('sdui-profile-view-name', { push: false });
    await flush();
    expect(mounts.map((m) => m.reading.slug)).toEqual(['priya-raman', 'jonas-weber']);
    expect(helpers()).toBe(1);
    show('feed');
    await flush();
    expect(helpers()).toBe(0);
  });

  it('waits for a card that renders late, and remounts when the card is replaced', async () => {
    show('classic-skeleton');
    start();
    await flush();
    expect(helpers()).toBe(0);
    show('classic-profile', { push: false });
    await flush();
    expect(helpers()).toBe(1);
    show('classic-profile', { push: false });
    await flush();
    expect(mounts).toHaveLength(2);
    expect(helpers()).toBe(1);
  });

  it("stays off the user's own profile and a card that belongs to someone else", async () => {
    show('classic-own-profile');
    start();
    await flush();
    show('sdui-mid-navigation');
    await flush();
    expect(mounts).toHaveLength(0);
  });

  it("doesn't trust a lingering card that links to no one and whose name isn't the page's", async () => {
    show('classic-profile');
    for (const a of Array.from(document.querySelectorAll('main a[href*="/in/priya-raman"]'))) a.removeAttribute('href');
    start();
    await flush();
    expect(mounts).toHaveLength(1); // the title still agrees: Priya Raman | LinkedIn
    history.pushState({}, '', 'https://www.linkedin.com/in/jonas-weber/');
    document.title = 'Jonas Weber | LinkedIn';
    await flush();
    expect(helpers()).toBe(0);
    expect(mounts).toHaveLength(1);
  });

  it('looks for no card on profile pages that have none (activity, details)', async () => {
    history.pushState({}, '', 'https://www.linkedin.com/in/priya-raman/recent-activity/all/');
    start();
    await flush();
    show('classic-profile', { push: false });
    await flush();
    expect(mounts).toHaveLength(0);
  });

  it('goes away cleanly when the extension is reloaded', async () => {
    show('sdui-profile');
    start();
    await flush();
    expect(helpers()).toBe(1);
    ctx.invalidate();
    expect(helpers()).toBe(0);
    show('classic-profile');
    await flush();
    expect(helpers()).toBe(0);
  });

  describe('a profile whose top card is not one the readers know', () => {
    beforeEach(() => vi.useFakeTimers());
    afterEach(() => vi.useRealTimers());

    /** The card's markers gone, as after a LinkedIn redesign: its links and name class stripped. */
    const unknownCard = (name: string) => {
      show(name);
      const card = document.querySelector('section.artdeco-card, [componentkey$="Topcard"]')!;
      card.removeAttribute('componentkey');
      card.removeAttribute('id');
      for (const h of Array.from(card.querySelectorAll('h1, h2')))
        h.replaceWith(Object.assign(document.createElement('div'), { textContent: h.textContent }));
    };

    it('after a while, offers the floating helper with nothing read: never the title as a name', async () => {
      unknownCard('classic-profile');
      start();
      await vi.advanceTimersByTimeAsync(100);
      expect(mounts).toHaveLength(0);
      await vi.advanceTimersByTimeAsync(5000);
      expect(mounts).toHaveLength(1);
      expect(mounts[0]!.row).toBeNull();
      expect(mounts[0]!.reading).toMatchObject({ slug: 'priya-raman', name: '', company: '' });
      expect(mounts[0]!.reading.missing).toContain('name');
    });

    it.each(['public-profile', 'profile-not-found', 'signup-wall'])('%s: no helper at all', async (name) => {
      show(name);
      start();
      await vi.advanceTimersByTimeAsync(6000);
      expect(mounts).toHaveLength(0);
      expect(helpers()).toBe(0);
    });
  });

  it('awaiting a card costs no search while the page changes without bringing one, and finds it when it comes', async () => {
    show('classic-skeleton');
    start();
    await flush();
    const searches = vi.spyOn(document, 'querySelectorAll');
    const main = document.querySelector('main') ?? document.body;
    for (let i = 0; i < 50; i++) {
      for (let j = 0; j < 20; j++) {
        const post = document.createElement('div');
        post.append(
          Object.assign(document.createElement('a'), {
            href: `https://www.linkedin.com/in/p-${i}-${j}/`,
            textContent: 'Someone',
          }),
        );
        main.append(post);
      }
      await flush();
    }
    await new Promise((r) => setTimeout(r, 150)); // past a frame, and the timer standing in for one
    expect(searches).not.toHaveBeenCalled();
    expect(mounts).toHaveLength(0);
    const card = loadFixture('classic-profile').doc.querySelector('section.artdeco-card')!;
    main.append(document.importNode(card, true)); // found by the look: its heading is new (the title stays)
    await new Promise((r) => setTimeout(r, 150));
    expect(mounts).toHaveLength(1);
    expect(mounts[0]!.reading.name).toBe('Priya Raman');
  });

  it('a card whose heading came first and whose link to the profile comes later is found when it comes', async () => {
    show('classic-skeleton');
    start();
    await flush();
    const main = document.querySelector('main') ?? document.body;
    const card = document.importNode(loadFixture('classic-profile').doc.querySelector('section.artdeco-card')!, true);
    // LinkedIn renders the name first; what says whose card it is (a link to the profile) a moment later.
    const links = [...card.querySelectorAll('a[href*="/in/priya-raman"]')];
    for (const a of links) a.replaceWith(...a.childNodes);
    main.append(card);
    await new Promise((r) => setTimeout(r, 150));
    expect(mounts).toHaveLength(0); // whose it is: not said yet
    card.append(links.find((a) => a.id === 'top-card-text-details-contact-info')!);
    await new Promise((r) => setTimeout(r, 150));
    expect(mounts).toHaveLength(1);
    expect(mounts[0]!.reading.name).toBe('Priya Raman');
  });

  it('a card that arrives while the observation is paused (after a first change, before the next frame) is still found', async () => {
    show('classic-skeleton');
    start();
    await flush();
    const main = document.querySelector('main') ?? document.body;
    main.append(document.createElement('div')); // the first change: the observation pauses until the look
    await Promise.resolve();
    await Promise.resolve();
    const card = loadFixture('classic-profile').doc.querySelector('section.artdeco-card')!;
    main.append(document.importNode(card, true)); // not recorded: found by the look (the title stays as it was)
    await new Promise((r) => setTimeout(r, 150));
    expect(mounts).toHaveLength(1);
  });
});
