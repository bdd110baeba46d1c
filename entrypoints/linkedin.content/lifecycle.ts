// The helper's lifecycle on LinkedIn, in three parts: follow the address (./follow-address.ts),
// watch the page for a card arriving or leaving (./watch-card.ts, which says what that costs), and
// decide (here): for the profile in the address, wait for its top card, mount exactly one helper
// for that person, remount when LinkedIn replaces the card, float a helper that says it could not
// read the page when the card never comes, and remove it on leaving the profile.
import type { ContentScriptContext } from '#imports';
import { classifyPage, isSignedOutPage, showsProfileOf } from '@/utils/linkedin/page';
import { readTopCard, type ProfileReading } from '@/utils/linkedin/profile';
import { topCardSlugFromUrl } from '@/utils/linkedin/slug';
import { findActionRow, findTopCard } from '@/utils/linkedin/top-card';
import { followAddress } from './follow-address';
import { watchCard } from './watch-card';

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

/** The element a helper lives in (docs/test-contract.md); mount.ts creates it. */
export const HELPER_TAG = 'fifteen-helper';

/** How long to wait for a top card before offering the floating button instead. */
const CARD_PATIENCE_MS = 4000;

/** What to do about the page now. */
export type Decision =
  /** `cardTurnedDown`: a card is there that does not say whose it is yet: look again each frame. */
  | { kind: 'wait'; cardTurnedDown: boolean }
  /** The user's own profile: no helper; the card is remembered, so later changes cost nothing. */
  | { kind: 'own-card'; card: Element }
  | { kind: 'helper'; card: Element; placement: Placement }
  /** No card we know, on a page that shows this person's profile: the helper, nothing read. */
  | { kind: 'floating'; placement: Placement };

/**
 * Decides for the profile `slug` in `url`: a helper in its top card, nothing on the user's own,
 * or — once patience runs out (`floatIfUnread`) and the page shows this person's profile in the
 * signed-in app — a floating helper that says it could not read the page (never a name from the
 * title or a page heading). Pages a signed-out visitor sees get nothing.
 */
export function decide(doc: Document, url: URL, slug: string | null, floatIfUnread: boolean): Decision {
  const search = { rejected: false };
  const found = findTopCard(doc, url, doc.title, search);
  if (!found) {
    if (!floatIfUnread || !slug || isSignedOutPage(doc) || !showsProfileOf(doc, slug))
      return { kind: 'wait', cardTurnedDown: search.rejected };
    return { kind: 'floating', placement: { reading: unreadReading(slug), row: null } };
  }
  if (classifyPage(doc, url, found).kind !== 'profile') return { kind: 'own-card', card: found.card };
  return {
    kind: 'helper',
    card: found.card,
    placement: { reading: readTopCard(found, doc.title), row: findActionRow(found) },
  };
}

/**
 * Helpers this script did not mount are orphans of an earlier copy of it, left behind when the
 * extension was updated or reloaded (Firefox injects the new version into open tabs while the
 * old one can no longer run): there must be one helper, and it must be a live one.
 */
function removeOrphanHelpers(doc: Document, live: Element | undefined): void {
  for (const el of doc.querySelectorAll(HELPER_TAG)) if (el !== live) el.remove();
}

export function startLifecycle(ctx: ContentScriptContext, mount: MountFn, win: Window = window): () => void {
  const doc = win.document;
  let href = '';
  let slug: string | null = null;
  let current: Mounted | null = null;
  /** The card last decided on: the one the helper is mounted for, or the user's own. */
  let currentCard: Element | null = null;
  let fallbackTimer: number | undefined;
  /** The last search turned a card down (see Decision): while awaiting, every look searches. */
  let cardTurnedDown = false;

  const unmount = () => {
    current?.remove();
    current = null;
    currentCard = null;
  };

  const removeOrphans = () => removeOrphanHelpers(doc, current?.host);

  const tryMount = (allowFloatingWithoutCard: boolean) => {
    const decision = decide(doc, new URL(win.location.href), slug, allowFloatingWithoutCard);
    cardTurnedDown = decision.kind === 'wait' && decision.cardTurnedDown;
    if (decision.kind === 'wait') return;
    if (decision.kind !== 'floating') currentCard = decision.card;
    if (decision.kind !== 'own-card') {
      removeOrphans();
      current = mount(decision.placement);
      if (decision.kind === 'floating') return;
    }
    win.clearTimeout(fallbackTimer);
  };

  const watcher = watchCard(win, () => check());
  const watch = () => {
    const settled = isSettled();
    if (!slug) watcher.set({ kind: 'off' });
    else if (!settled) watcher.set({ kind: 'awaiting', searchEachLook: cardTurnedDown });
    else watcher.set({ kind: 'settled', targets: [current?.host, currentCard].filter((x): x is Element => !!x) });
  };

  const isSettled = () =>
    current ? current.host.isConnected && (!currentCard || currentCard.isConnected) : !!currentCard?.isConnected;

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
        if (slug)
          fallbackTimer = win.setTimeout(
            () => (!current && slug ? (tryMount(true), watch()) : undefined),
            CARD_PATIENCE_MS,
          );
      }
    }
    if (slug && !isSettled()) {
      unmount();
      tryMount(false);
    }
    watch();
  };

  removeOrphans();
  const stopFollowing = followAddress(win, check);
  check();

  const stop = () => {
    watcher.stop();
    stopFollowing();
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
