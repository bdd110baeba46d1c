// Watches the page for what the helper's lifecycle must know, at a cost proportional to what
// changes, never to the page's size:
//
// - awaiting a card (a profile address, no card decided on): the whole document is observed (the
//   card may arrive anywhere), but the first change only queues a look, taken at most once per
//   animation frame (a tab in the background runs no frames: a timer stands in), and stops the
//   observation until then, so a storm of changes makes records for one batch a frame, not for
//   every change. The look is cheap — have the page's headings changed? (HeadingWatch: no
//   selector search, no layout) — and only then is the lifecycle asked to search; or at every
//   look while a card is on the page that does not say whose it is yet (its link may come later).
// - settled (a helper mounted, or the user's own card seen): the card and the helper are watched
//   with an IntersectionObserver, which reports when they leave the screen (with a wide margin)
//   or the document and costs nothing while they stay, and the elements holding them are observed
//   (childList, no subtree) — except, while both are on screen, their own parents. That is where
//   LinkedIn adds and removes thousands of nodes (the feed, a profile's lazy sections), and
//   observing it would make the browser build and deliver a record for each. While one of them is
//   off screen or not reported yet, leaving the document changes nothing the IntersectionObserver
//   would report, so the parents are observed too. A tab in the background runs no intersection
//   updates: a card replaced on its own (its parent kept) is picked up when the tab is shown;
//   anything replaced higher up is picked up at once.
// - off a profile: nothing.
import { HeadingWatch } from '@/utils/linkedin/top-card';

export type CardWatchState =
  | { kind: 'off' }
  /** `searchEachLook`: a card is on the page that does not say whose it is yet (its links, its
   * buttons may come after its heading), so every look asks for a search, not only a new heading. */
  | { kind: 'awaiting'; searchEachLook: boolean }
  | { kind: 'settled'; targets: Element[] };

export interface CardWatch {
  /** Watches for what matters in `state`; cheap to call after every decision. */
  set(state: CardWatchState): void;
  stop(): void;
}

const same = (a: readonly Element[], b: readonly Element[]) => a.length === b.length && a.every((x, i) => x === b[i]);

const ARRIVALS: MutationObserverInit = { childList: true, subtree: true };

/** Awaiting: the document observed for a card arriving, with one look a frame (see above). */
function watchArrivals(win: Window, onChange: () => void) {
  const doc = win.document;
  const headings = new HeadingWatch(doc);
  headings.changed(); // the page as it is now is what the lifecycle searches first
  let observing = false;
  let searchEachLook = false;
  let lookQueued = false;
  let frame = 0;
  let frameTimer: number | undefined;
  const look = () => {
    if (!lookQueued) return;
    lookQueued = false;
    win.cancelAnimationFrame?.(frame);
    win.clearTimeout(frameTimer);
    if (observing) observer.observe(doc.documentElement, ARRIVALS);
    if (headings.changed() || searchEachLook) onChange();
  };
  // The first change after a look stops the observation until the next look: what LinkedIn does
  // in between (a storm of a thousand changes in one frame) makes no mutation records at all, and
  // the look sees the headings as they are by then anyway.
  const observer = new MutationObserver(() => {
    observer.disconnect();
    if (lookQueued) return;
    lookQueued = true;
    if (win.requestAnimationFrame) frame = win.requestAnimationFrame(look);
    frameTimer = win.setTimeout(look, 100);
  });
  return {
    /** Observes the document (true) or not (false); a look already queued still runs. */
    observe(on: boolean) {
      observer.disconnect();
      observing = on;
      if (on) observer.observe(doc.documentElement, ARRIVALS);
    },
    /** Whether each look asks for a search (a card turned down is on the page), or only a new heading. */
    searchEach(each: boolean) {
      searchEachLook = each;
    },
    stop() {
      observer.disconnect();
      lookQueued = false;
      win.cancelAnimationFrame?.(frame);
      win.clearTimeout(frameTimer);
    },
  };
}

/** Settled: the helper and the card watched for leaving the screen or the document (see above). */
function watchLeaving(win: Window, onChange: () => void) {
  const chain = new MutationObserver(() => onChange());
  const Intersection = (win as Window & { IntersectionObserver?: typeof IntersectionObserver }).IntersectionObserver;
  /** The helper's host and the card, while settled: the elements watched for leaving. */
  let targets: Element[] = [];
  /** Per watched element, whether it was last reported on screen; absent: not reported yet. */
  let onScreen = new Map<Element, boolean>();
  const seen = Intersection
    ? new Intersection(
        (entries) => {
          for (const e of entries) if (targets.includes(e.target)) onScreen.set(e.target, e.isIntersecting);
          onChange();
        },
        { rootMargin: '200% 0px' },
      )
    : null;
  return {
    /** Watches `next` for leaving the screen (nothing changes when they are the same elements). */
    track(next: Element[]) {
      if (same(next, targets)) return;
      seen?.disconnect();
      onScreen = new Map();
      targets = next;
      for (const t of targets) seen?.observe(t);
    },
    allOnScreen: () => !!seen && targets.every((t) => onScreen.get(t) === true),
    /** Observes the elements holding the targets, up to the document; their parents too unless skipped. */
    observeChain(skipParents: boolean) {
      chain.disconnect();
      const parents = new Set<Node | null>(skipParents ? targets.map((t) => t.parentNode) : []);
      const held = new Set<Node>();
      for (const start of targets) {
        for (let n = start.parentNode; n && !held.has(n); n = n.parentNode) {
          held.add(n);
          if (!parents.has(n)) chain.observe(n, { childList: true });
        }
      }
    },
    unobserveChain: () => chain.disconnect(),
    stop() {
      chain.disconnect();
      seen?.disconnect();
    },
  };
}

/** `onChange` is called when something may have changed what the lifecycle decided. */
export function watchCard(win: Window, onChange: () => void): CardWatch {
  const arrivals = watchArrivals(win, onChange);
  const leaving = watchLeaving(win, onChange);
  let mode: 'off' | 'document' | 'chain' | 'seen' = 'off';
  /** The targets whose chain is observed, so an unchanged chain is not observed again. */
  let chainOf: Element[] = [];

  return {
    set(state) {
      const targets = state.kind === 'settled' ? state.targets : [];
      leaving.track(targets);
      arrivals.searchEach(state.kind === 'awaiting' && state.searchEachLook);
      const nextMode =
        state.kind === 'off'
          ? 'off'
          : state.kind === 'awaiting'
            ? 'document'
            : leaving.allOnScreen()
              ? 'seen'
              : 'chain';
      if (nextMode === mode && same(chainOf, targets)) return;
      mode = nextMode;
      chainOf = targets;
      arrivals.observe(mode === 'document');
      if (mode === 'chain' || mode === 'seen') leaving.observeChain(mode === 'seen');
      else leaving.unobserveChain();
    },
    stop() {
      arrivals.stop();
      leaving.stop();
    },
  };
}
