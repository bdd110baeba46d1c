// Profile identity from URLs: the slug is the stable key of a contact (docs/linkedin-pages.md).
import { hrefUrl } from './dom';

// Sub-pages of a profile that still show (or overlay) that person's profile.
// ('detail' is the 2018 front end's name for 'details'.)
const PROFILE_SUBPATHS = new Set(['overlay', 'details', 'detail', 'recent-activity', 'edit']);

function isLinkedInHost(host: string): boolean {
  return host === 'linkedin.com' || host.endsWith('.linkedin.com');
}

/**
 * The profile slug of a LinkedIn URL, lower-case and URL-decoded: `/in/<slug>/` and `/in/<slug>`,
 * plus the sub-pages `overlay/…`, `details/…`, `recent-activity/…` (the same person's profile)
 * and `edit/…` (only ever the user's own). Anything else — other `/in/<slug>/<x>` paths, other
 * hosts, malformed escapes — gives null.
 */
export function slugFromUrl(url: URL): string | null {
  if (!isLinkedInHost(url.hostname.toLowerCase())) return null;
  const parts = url.pathname.split('/');
  // ['', 'in', slug, sub?, …]
  if (parts[0] !== '' || parts[1] !== 'in') return null;
  const raw = parts[2];
  if (!raw) return null;
  const sub = parts[3];
  if (sub !== undefined && sub !== '' && !PROFILE_SUBPATHS.has(sub)) return null;
  let slug: string;
  try {
    slug = decodeURIComponent(raw);
  } catch {
    return null;
  }
  slug = slug.trim().toLowerCase();
  if (!slug || /[\s/?#]/.test(slug)) return null;
  return slug;
}

/**
 * The slug when the address shows that person's top card: the profile itself or an overlay on
 * it. `details/…` and `recent-activity/…` pages have no top card, so no helper is looked for.
 */
export function topCardSlugFromUrl(url: URL): string | null {
  const sub = url.pathname.split('/')[3];
  return sub === undefined || sub === '' || sub === 'overlay' ? slugFromUrl(url) : null;
}

/** The slug of a link's target, or null when the link is not to a profile. */
export function slugFromHref(el: Element): string | null {
  const url = hrefUrl(el);
  return url ? slugFromUrl(url) : null;
}
