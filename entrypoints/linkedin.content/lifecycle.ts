// The helper's lifecycle on LinkedIn: follow the address (LinkedIn navigates with pushState),
// wait for the top card of the profile in the address, mount exactly one helper for that person,
// remount when LinkedIn replaces the card, and remove it on leaving the profile.
//
// Cost: one MutationObserver whose callback is O(1) while nothing needs doing (same address,
// helper still attached). The card is searched for only while a profile's helper is missing.
import type { ContentScriptContext } from '#imports';
import { classifyPage, slugFromUrl } from '@/utils/linkedin/page';
import { readProfile, type ProfileReading } from '@/utils/linkedin/profile';
import { findActionRow, findTopCard } from '@/utils/linkedin/top-card';

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

/** The element a helper lives in (SPEC test contract); mount.tsx creates it. */
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
    const found = findTopCard(doc, url);
    if (!found) {
      if (!allowFloatingWithoutCard) return;
      // No card we recognise: offer the floating button, with what the title tells.
      const page = classifyPage(doc, url);
      if (page.kind !== 'profile' || !slug) return;
      const reading = readProfile(doc, url, doc.title);
      removeOrphans();
      current = mount({ reading: reading ?? emptyReading(slug, doc.title), row: null });
      return;
    }
    const page = classifyPage(doc, url);
    if (current) unmount();
    if (page.kind !== 'profile') {
      // The user's own profile: remember the card, so later changes to the page cost nothing.
      currentCard = found.card;
      win.clearTimeout(fallbackTimer);
      return;
    }
    const reading = readProfile(doc, url, doc.title);
    if (!reading) return;
    removeOrphans();
    currentCard = found.card;
    current = mount({ reading, row: findActionRow(found.card, found.frontEnd) });
    win.clearTimeout(fallbackTimer);
  };

  const check = () => {
    if (ctx.isInvalid) return;
    if (win.location.href !== href) {
      href = win.location.href;
      const next = slugFromUrl(new URL(href));
      if (next !== slug) {
        // Never show the previous person under the new address.
        unmount();
        slug = next;
        win.clearTimeout(fallbackTimer);
        if (slug) fallbackTimer = win.setTimeout(() => !current && slug && tryMount(true), CARD_PATIENCE_MS);
      }
    }
    if (!slug) return;
    const settled = current ? current.host.isConnected && (!currentCard || currentCard.isConnected) : currentCard?.isConnected;
    if (settled) return;
    unmount();
    tryMount(false);
  };

  removeOrphans();
  const observer = new MutationObserver(check);
  observer.observe(doc.documentElement, { childList: true, subtree: true });
  // LinkedIn navigates with pushState; these notice it even before the page changes the DOM.
  const nav = (win as Window & { navigation?: EventTarget }).navigation;
  const onNavigate = () => queueMicrotask(check);
  nav?.addEventListener('navigatesuccess', onNavigate);
  win.addEventListener('popstate', onNavigate);
  check();

  const stop = () => {
    observer.disconnect();
    nav?.removeEventListener('navigatesuccess', onNavigate);
    win.removeEventListener('popstate', onNavigate);
    win.clearTimeout(fallbackTimer);
    unmount();
  };
  ctx.onInvalidated(stop);
  return stop;
}

function emptyReading(slug: string, title: string): ProfileReading {
  const name = title.replace(/^\(\d+\+?\)\s*/, '').replace(/\s*\|\s*LinkedIn\s*$/i, '').trim();
  return {
    slug,
    frontEnd: 'classic',
    name,
    firstName: name.split(/\s+/)[0] ?? '',
    headline: '',
    company: '',
    role: '',
    location: '',
    missing: ['headline', 'company', 'role', 'location', ...(name ? [] : (['name'] as const))],
    nameMatchesTitle: Boolean(name),
  };
}
