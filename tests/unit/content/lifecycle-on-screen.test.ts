// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://www.linkedin.com/feed/"}
// The lifecycle once the helper is in: while the card is reported on screen, its parent is not
// observed (a storm of changes beside it costs nothing), and a card LinkedIn replaces on its own
// is picked up when the IntersectionObserver reports the old one gone; anything replaced higher
// up is picked up at once; while the card is off screen or not reported yet, its parent is
// observed too and a replacement is picked up at once.
// happy-dom's IntersectionObserver never reports, so the test stands in for the browser's.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ContentScriptContext } from '#imports';
import { startLifecycle, type Placement } from '@/entrypoints/linkedin.content/lifecycle';
import { loadFixture } from '../linkedin/fixtures';

class FakeIntersectionObserver {
  static last: FakeIntersectionObserver | null = null;
  readonly targets = new Set<Element>();
  constructor(private readonly callback: IntersectionObserverCallback) {
    FakeIntersectionObserver.last = this;
  }
  observe(t: Element) {
    this.targets.add(t);
  }
  unobserve(t: Element) {
    this.targets.delete(t);
  }
  disconnect() {
    this.targets.clear();
  }
  takeRecords() {
    return [];
  }
  /** What the browser does at its next rendering: report each target on screen or not. */
  report(onScreen: (t: Element) => boolean) {
    const entries = [...this.targets].map(
      (target) => ({ target, isIntersecting: onScreen(target) }) as IntersectionObserverEntry,
    );
    this.callback(entries, this as unknown as IntersectionObserver);
  }
}

const flush = () => new Promise((r) => setTimeout(r, 0));

function show(name: string) {
  const f = loadFixture(name);
  history.pushState({}, '', f.url.href);
  document.title = f.title;
  document.body.replaceChildren(...Array.from(f.doc.body.childNodes, (n) => document.importNode(n, true)));
}

/** LinkedIn re-rendering only the top card: a fresh copy of it (without our helper) in its place. */
function replaceCard() {
  const card = document.querySelector('section#ember42')!;
  const copy = card.cloneNode(true) as Element;
  copy.querySelector('fifteen-helper')?.remove();
  card.replaceWith(copy);
  return copy;
}

describe('the helper lifecycle while the card is on screen', () => {
  const saved = (window as unknown as { IntersectionObserver: unknown }).IntersectionObserver;
  let mounts: Placement[];
  let stop: () => void;
  /** The extension reloaded: the context is gone, and says so the next time it is asked (as WXT's). */
  let goAway: () => void;
  const io = () => FakeIntersectionObserver.last!;
  const helpers = () => document.querySelectorAll('fifteen-helper').length;

  beforeEach(() => {
    (window as unknown as { IntersectionObserver: unknown }).IntersectionObserver = FakeIntersectionObserver;
    FakeIntersectionObserver.last = null;
    history.replaceState({}, '', 'https://www.linkedin.com/feed/');
    document.body.replaceChildren();
    mounts = [];
    show('classic-profile');
    const listeners: (() => void)[] = [];
    let gone = false;
    let invalid = false;
    const ctx = {
      get isInvalid() {
        if (gone && !invalid) {
          invalid = true;
          for (const cb of listeners) cb();
        }
        return invalid;
      },
      onInvalidated: (cb: () => void) => void listeners.push(cb),
    };
    goAway = () => (gone = true);
    stop = startLifecycle(ctx as unknown as ContentScriptContext, (placement) => {
      mounts.push(placement);
      const host = document.createElement('fifteen-helper');
      (placement.row ?? document.body).append(host);
      return { host, remove: () => host.remove() };
    });
  });
  afterEach(() => {
    stop();
    (window as unknown as { IntersectionObserver: unknown }).IntersectionObserver = saved;
  });

  it('watches the card and the helper, and picks up a replaced card when the old one is reported gone', async () => {
    await flush();
    expect(mounts).toHaveLength(1);
    expect(io().targets.size).toBe(2); // the helper and the card
    io().report(() => true);
    // The page beside the card changes: nothing to do.
    for (let i = 0; i < 20; i++) document.querySelector('main')!.append(document.createElement('div'));
    await flush();
    expect(mounts).toHaveLength(1);
    // Only the card is replaced. Its parent is not observed, so nothing happens until the
    // browser's next rendering reports the old card (and the helper in it) gone.
    const copy = replaceCard();
    await flush();
    expect(helpers()).toBe(0);
    expect(mounts).toHaveLength(1);
    io().report((t) => t.isConnected);
    await flush();
    expect(mounts).toHaveLength(2);
    expect(helpers()).toBe(1);
    expect(copy.contains(document.querySelector('fifteen-helper'))).toBe(true);
    expect(io().targets.has(copy)).toBe(true);
  });

  it('observes the elements holding the card while it is off screen, and picks up a replacement at once', async () => {
    await flush();
    io().report(() => false); // scrolled far away
    replaceCard();
    await flush();
    expect(mounts).toHaveLength(2);
    expect(helpers()).toBe(1);
  });

  it('observes the elements holding the card until it is reported on screen', async () => {
    await flush();
    replaceCard();
    await flush();
    expect(mounts).toHaveLength(2);
    expect(helpers()).toBe(1);
  });

  it('goes back to observing the elements holding the card when it leaves the screen', async () => {
    await flush();
    io().report(() => true);
    io().report(() => false);
    replaceCard();
    await flush();
    expect(mounts).toHaveLength(2);
  });

  it('picks up at once a card gone with an element above its parent', async () => {
    await flush();
    io().report(() => true);
    const main = document.querySelector('main')!;
    const copy = main.cloneNode(true) as Element;
    copy.querySelector('fifteen-helper')?.remove();
    main.replaceWith(copy);
    await flush();
    expect(mounts).toHaveLength(2);
    expect(helpers()).toBe(1);
    expect(copy.contains(document.querySelector('fifteen-helper'))).toBe(true);
  });

  it('after an update of the extension, takes its helper away at a change above the card', async () => {
    await flush();
    io().report(() => true);
    goAway();
    await flush();
    expect(helpers()).toBe(1); // nothing has asked yet
    document.body.append(document.createElement('div'));
    await flush();
    expect(helpers()).toBe(0);
  });
});
