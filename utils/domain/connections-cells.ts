// The cells of LinkedIn's Connections.csv that need reading: the profile address (whose slug is
// the contact's identity) and "Connected On", in the date formats LinkedIn has written.
// Pure TypeScript.

const PROFILE_RE = /^(?:https?:\/\/)?(?:[a-z0-9-]+\.)*linkedin\.com\/in\/([^/?#\s]+)/i;

/** The profile slug in a LinkedIn profile URL, or null if it is not one. */
export function slugFromProfileUrl(url: string): string | null {
  const m = PROFILE_RE.exec(url.trim());
  return m?.[1] ?? null;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function monthFromName(name: string): number | null {
  const key = name.toLowerCase().slice(0, 3);
  const i = MONTHS.indexOf(key === 'sept' ? 'sep' : key);
  return i >= 0 ? i + 1 : null;
}

function utcDate(year: number, month: number, day: number): string | null {
  const y = year < 100 ? 2000 + year : year;
  const d = new Date(Date.UTC(y, month - 1, day));
  // Date.UTC rolls 31 Feb over into March; a date that does not exist is unreadable, not moved.
  if (d.getUTCFullYear() !== y || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return d.toISOString();
}

/**
 * "Connected On" as an ISO timestamp at UTC midnight. LinkedIn has written `28 Nov 2026` and
 * `11/28/26` (month first, as in the US; day first when the first number cannot be a month).
 * Anything else is null: the date is a nicety, not a reason to refuse the row.
 */
export function parseConnectedOn(raw: string): string | null {
  const s = raw.trim();
  let m = /^(\d{1,2})[\s-]+([a-z]{3,9})\.?,?[\s-]+(\d{2}|\d{4})$/i.exec(s);
  if (m) {
    const month = monthFromName(m[2]!);
    return month ? utcDate(Number(m[3]), month, Number(m[1])) : null;
  }
  m = /^([a-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})$/i.exec(s);
  if (m) {
    const month = monthFromName(m[1]!);
    return month ? utcDate(Number(m[3]), month, Number(m[2])) : null;
  }
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/.exec(s);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    return a > 12 ? utcDate(Number(m[3]), b, a) : utcDate(Number(m[3]), a, b);
  }
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (m) return utcDate(Number(m[1]), Number(m[2]), Number(m[3]));
  return null;
}
