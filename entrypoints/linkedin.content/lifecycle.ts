// The helper's lifecycle on LinkedIn: follow the address (LinkedIn navigates with pushState),
// wait for the top card of the profile in the address, mount exactly one helper for that person,
// remount when LinkedIn replaces the card, and remove it on leaving the profile.
//
// Cost, proportional to what changes: the address is followed through navigation events and the
// document's <title> (LinkedIn renames every page), never by watching the whole page. Only on a
// profile whose card has not arrived is the whole document observed, and then changes get a cheap
// look once per animation frame and the full search only when headings changed; once the helper is in, the
// card and the helper are watched for leaving the screen or the document (IntersectionObserver)
// and only the elements holding them above their parents are observed, so a storm of changes
// beside them (the feed, lazy sections) costs nothing, not even mutation records.
import type { ContentScriptContext } from '#imports';
import { classifyPage, isSignedOutPage, showsProfileOf } from '@/utils/linkedin/page';
import { readTopCard, type ProfileReading } from '@/utils/linkedin/profile';
import { topCardSlugFromUrl } from '@/utils/linkedin/slug';
import { findActionRow, findTopCard, HeadingWatch } from '@/utils/linkedin/top-card';

export interface Mounted {
  /** The element holding the helper; when it leaves the document the helper is remounted. */
  host: Element;
  remove(): void;
}

export interface Placement {
  reading: ProfileReading;
  /** Where to put the helper: after the last button of the action row, or floating. */
  row: Element | null;
}

export type MountFn = (placement: Placement) => Mounted;

/** The element a helper lives in (docs/test-contract.md); mount.tsx creates it. */
export const HELPER_TAG = 'fifteen-helper';

/** How long to wait for a top card before offering the floating button instead. */
const CARD_PATIENCE_MS = 4000;

export function startLifecycle(ctx: ContentScriptContext, mount: MountFn, win: Window = window): () => void {
  const doc = win.document;
  let href = '';
  let slug: string | null = null;
  let current: Mounted | null = null;
  /** The card last decided on: the one the helper is mounted for, or the user's own. */
  let currentCard: Element | null = null;
  let fallbackTimer: number | undefined;

  const unmount = () => {
    current?.remove();
    current = null;
    currentCard = null;
  };

  // Helpers this script did not mount are orphans of an earlier copy of it, left behind when
  // the extension was updated or reloaded (Firefox injects the new version into open tabs while
  // the old one can no longer run): there must be one helper, and it must be a live one.
  const removeOrphans = () => {
    for (const el of doc.querySelectorAll(HELPER_TAG)) if (el !== current?.host) el.remove();
  };

  const tryMount = (allowFloatingWithoutCard: boolean) => {
    const url = new URL(win.location.href);
    const found = findTopCard(doc, url, doc.title);
    if (!found) {
      if (!allowFloatingWithoutCard || !slug) return;
      // No card we recognise, yet the page shows this person's profile in the signed-in app:
      // offer the floating button, which says it could not read the page (never a name from the
      // title or a page heading). Pages a signed-out visitor sees get nothing.
      if (isSignedOutPage(doc) || !showsProfileOf(doc, slug)) return;
      removeOrphans();
      current = mount({ reading: unreadReading(slug), row: null });
      return;
    }
    const page = classifyPage(doc, url, found);
    if (current) unmount();
    if (page.kind !== 'profile') {
      // The user's own profile: remember the card, so later changes to the page cost nothing.
      currentCard = found.card;
      win.clearTimeout(fallbackTimer);
      return;
    }
    removeOrphans();
    currentCard = found.card;
    current = mount({ reading: readTopCard(found, doc.title), row: findActionRow(found) });
    win.clearTimeout(fallbackTimer);
  };

  // Watches the page: the whole document while a profile's card is awaited; nothing off
  // profiles. Once the card is decided on, the card and the helper are watched with an
  // IntersectionObserver, which reports when they leave the screen (with a wide margin) or the
  // document and costs nothing while they stay, and the elements holding them are observed
  // (childList, no subtree) — except, while both are on screen, the card's and the helper's own
  // parents. That is where LinkedIn adds and removes thousands of nodes (the feed, a profile's
  // lazy sections), and observing it would make the browser build and deliver a record for each.
  // While one of them is off screen or not reported yet, leaving the document changes nothing
  // the IntersectionObserver would report, so the parents are observed too. A tab in the
  // background runs no intersection updates: there a card replaced on its own (its parent kept)
  // is picked up when the tab is shown; anything replaced higher up is picked up at once.
  const page = new MutationObserver(() => check());
  // While a card is awaited the whole document is observed (it may arrive anywhere), but a batch
  // of changes only queues a look, taken at most once per animation frame (a tab in the
  // background runs no frames: a timer stands in). The look is cheap — have the page's headings
  // changed? (HeadingWatch: no selector search, no layout) — and only then is the page searched
  // for the card. The records themselves are never read.
  const headings = new HeadingWatch(doc);
  headings.changed(); // the page as it is now is searched by the first check() below
  let lookQueued = false;
  let frame = 0;
  let frameTimer: number | undefined;
  const look = () => {
    if (!lookQueued) return;
    lookQueued = false;
    win.cancelAnimationFrame?.(frame);
    win.clearTimeout(frameTimer);
    if (headings.changed()) check();
  };
  const arrivals = new MutationObserver(() => {
    if (lookQueued) return;
    lookQueued = true;
    if (win.requestAnimationFrame) frame = win.requestAnimationFrame(look);
    frameTimer = win.setTimeout(look, 100);
  });
  const Intersection = (win as Window & { IntersectionObserver?: typeof IntersectionObserver }).IntersectionObserver;
  /** The helper's host and the card, while settled: the elements watched for leaving. */
  let targets: Element[] = [];
  /** Per watched element, whether it was last reported on screen; absent: not reported yet. */
  let onScreen = new Map<Element, boolean>();
  const seen = Intersection
    ? new Intersection(
        (entries) => {
          for (const e of entries) if (targets.includes(e.target)) onScreen.set(e.target, e.isIntersecting);
          check();
        },
        { rootMargin: '200% 0px' },
      )
    : null;
  let watching: 'off' | 'document' | 'chain' | 'seen' = 'off';
  /** The targets whose chain is observed, so an unchanged chain is not observed again. */
  let chainOf: Element[] = [];
  const same = (a: Element[], b: Element[]) => a.length === b.length && a.every((x, i) => x === b[i]);
  const watch = () => {
    const settled = isSettled();
    const next = settled ? [current?.host, currentCard].filter((x): x is Element => !!x) : [];
    if (!same(next, targets)) {
      seen?.disconnect();
      onScreen = new Map();
      targets = next;
      for (const t of targets) seen?.observe(t);
    }
    const allOnScreen = !!seen && targets.every((t) => onScreen.get(t) === true);
    const mode = !slug ? 'off' : !settled ? 'document' : allOnScreen ? 'seen' : 'chain';
    if (mode === watching && same(chainOf, targets)) return;
    page.disconnect();
    arrivals.disconnect();
    watching = mode;
    chainOf = targets;
    if (mode === 'document') arrivals.observe(doc.documentElement, { childList: true, subtree: true });
    if (mode === 'chain' || mode === 'seen') {
      const parents = new Set<Node | null>(mode === 'seen' ? targets.map((t) => t.parentNode) : []);
      const held = new Set<Node>();
      for (const start of targets) {
        for (let n = start.parentNode; n && !held.has(n); n = n.parentNode) {
          held.add(n);
          if (!parents.has(n)) page.observe(n, { childList: true });
        }
      }
    }
  };

  const isSettled = () => (current ? current.host.isConnected && (!currentCard || currentCard.isConnected) : !!currentCard?.isConnected);

  const check = () => {
    if (ctx.isInvalid) return;
    if (win.location.href !== href) {
      href = win.location.href;
      const next = topCardSlugFromUrl(new URL(href));
      if (next !== slug) {
        // Never show the previous person under the new address.
        unmount();
        slug = next;
        win.clearTimeout(fallbackTimer);
        if (slug) fallbackTimer = win.setTimeout(() => (!current && slug ? (tryMount(true), watch()) : undefined), CARD_PATIENCE_MS);
      }
    }
    if (slug && !isSettled()) {
      unmount();
      tryMount(false);
    }
    watch();
  };

  removeOrphans();
  // The address: navigation events where the browser has them, and the <title> everywhere.
  const titles = new MutationObserver(() => check());
  titles.observe(doc.head ?? doc.documentElement, { childList: true, subtree: true, characterData: true });
  const nav = (win as Window & { navigation?: EventTarget }).navigation;
  const onNavigate = () => queueMicrotask(check);
  nav?.addEventListener('navigatesuccess', onNavigate);
  win.addEventListener('popstate', onNavigate);
  check();

  const stop = () => {
    page.disconnect();
    arrivals.disconnect();
    lookQueued = false;
    win.cancelAnimationFrame?.(frame);
    win.clearTimeout(frameTimer);
    seen?.disconnect();
    titles.disconnect();
    nav?.removeEventListener('navigatesuccess', onNavigate);
    win.removeEventListener('popstate', onNavigate);
    win.clearTimeout(fallbackTimer);
    unmount();
  };
  ctx.onInvalidated(stop);
  return stop;
}

/** What the helper shows where the page could not be read: nothing but whose address it is. */
export function unreadReading(slug: string): ProfileReading {
  return {
    slug,
    frontEnd: 'classic',
    name: '',
    firstName: '',
    headline: '',
    company: '',
    role: '',
    location: '',
    degree: null,
    missing: ['name', 'headline', 'company', 'role', 'location'],
    nameMatchesTitle: false,
  };
}
