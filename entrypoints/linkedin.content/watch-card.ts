// Watches the page for what the helper's lifecycle must know, at a cost proportional to what
// changes, never to the page's size:
//
// - awaiting a card (a profile address, no card decided on): the whole document is observed (the
//   card may arrive anywhere), but the first change only queues a look, taken at most once per
//   animation frame (a tab in the background runs no frames: a timer stands in), and stops the
//   observation until then, so a storm of changes makes records for one batch a frame, not for
//   every change. The look is cheap — have the page's headings changed? (HeadingWatch: no
//   selector search, no layout) — and only then is the lifecycle asked to search.
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

export type CardWatchState = { kind: 'off' } | { kind: 'awaiting' } | { kind: 'settled'; targets: Element[] };

export interface CardWatch {
  /** Watches for what matters in `state`; cheap to call after every decision. */
  set(state: CardWatchState): void;
  stop(): void;
}

const same = (a: readonly Element[], b: readonly Element[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** `onChange` is called when something may have changed what the lifecycle decided. */
export function watchCard(win: Window, onChange: () => void): CardWatch {
  const doc = win.document;
  const chain = new MutationObserver(() => onChange());

  const headings = new HeadingWatch(doc);
  headings.changed(); // the page as it is now is what the lifecycle searches first
  let lookQueued = false;
  let frame = 0;
  let frameTimer: number | undefined;
  const ARRIVALS: MutationObserverInit = { childList: true, subtree: true };
  const look = () => {
    if (!lookQueued) return;
    lookQueued = false;
    win.cancelAnimationFrame?.(frame);
    win.clearTimeout(frameTimer);
    if (mode === 'document') arrivals.observe(doc.documentElement, ARRIVALS);
    if (headings.changed()) onChange();
  };
  // The first change after a look stops the observation until the next look: what LinkedIn does
  // in between (a storm of a thousand changes in one frame) makes no mutation records at all, and
  // the look sees the headings as they are by then anyway.
  const arrivals = new MutationObserver(() => {
    arrivals.disconnect();
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
          onChange();
        },
        { rootMargin: '200% 0px' },
      )
    : null;

  let mode: 'off' | 'document' | 'chain' | 'seen' = 'off';
  /** The targets whose chain is observed, so an unchanged chain is not observed again. */
  let chainOf: Element[] = [];

  const observeChain = (skipParents: boolean) => {
    const parents = new Set<Node | null>(skipParents ? targets.map((t) => t.parentNode) : []);
    const held = new Set<Node>();
    for (const start of targets) {
      for (let n = start.parentNode; n && !held.has(n); n = n.parentNode) {
        held.add(n);
        if (!parents.has(n)) chain.observe(n, { childList: true });
      }
    }
  };

  return {
    set(state) {
      const next = state.kind === 'settled' ? state.targets : [];
      if (!same(next, targets)) {
        seen?.disconnect();
        onScreen = new Map();
        targets = next;
        for (const t of targets) seen?.observe(t);
      }
      const allOnScreen = !!seen && targets.every((t) => onScreen.get(t) === true);
      const nextMode =
        state.kind === 'off' ? 'off' : state.kind === 'awaiting' ? 'document' : allOnScreen ? 'seen' : 'chain';
      if (nextMode === mode && same(chainOf, targets)) return;
      chain.disconnect();
      arrivals.disconnect();
      mode = nextMode;
      chainOf = targets;
      if (mode === 'document') arrivals.observe(doc.documentElement, ARRIVALS);
      if (mode === 'chain' || mode === 'seen') observeChain(mode === 'seen');
    },
    stop() {
      chain.disconnect();
      arrivals.disconnect();
      seen?.disconnect();
      lookQueued = false;
      win.cancelAnimationFrame?.(frame);
      win.clearTimeout(frameTimer);
    },
  };
}
