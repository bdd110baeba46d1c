// The points index: for each shard of conversations, one short string holding what the points
// summary needs of the conversations in it. The repository rewrites a shard's index in the same
// storage.set as the shard itself, so the two never disagree; the popup's first script reads the
// sixteen small strings to show points at once, and the records (tens of MB at 50,000
// conversations, seconds to read) come only after. Light on purpose (no schemas, no codec): the
// popup's first script bundles it.
//
// Format, version 2 (written): "p2\n", then one line of counts of the conversations too old to
// count in any week or month shown — the latest date among them (base-36 ms; empty when there
// are none), the number met, and the number at each level 0–4, comma-separated — then one line
// per recent conversation, as in version 1. At 50,000 conversations over three years it is about
// a tenth of version 1's size.
//
// Format, version 1 (still read, never written): "p1\n" then one line per conversation: a base-36
// digit of flags (level 0–4, +5 when met, +10 for a connection note), earnedAt in base-36 ms, a
// comma, requestedAt in base-36 ms (an empty number is unknown).
//
// A string in another format is no index.
import { emptyTally, entryOf, tallyEntry, type PointsEntry, type PointsTally } from '../domain/points';
import type { Conversation, Level } from '../domain/model';

const V1 = 'p1\n';
const V2 = 'p2\n';
const DAY_MS = 24 * 60 * 60 * 1000;
/**
 * Conversations dated this long before a write are kept as counts only. The popup's figures look
 * back at most 12 weeks from the start of this week (85 days); the rest is room for a change of
 * time zone or a clock set a little wrong. Time moves those old dates only further out of the
 * weeks shown, so an index stays good until its shard is next written.
 */
export const INDEX_HORIZON_MS = 100 * DAY_MS;

/**
 * The points of every conversation, from the points index, and the settings stored beside it:
 * unknown as read (readPointsIndex, points-read.ts, where the popup's path to its points starts),
 * checked by the repository (PointsIndex<Settings>).
 */
export interface PointsIndex<S = unknown> {
  /** Recent conversations, one entry each. */
  entries: PointsEntry[];
  /** Older conversations, as counts. */
  tally: PointsTally;
  /** The latest date among the counted-only conversations (-Infinity when there are none). */
  latestTallied: number;
  /** Some shard is still in version 1 (it reads the same; the next rewrite makes it version 2). */
  oldFormat: boolean;
  /** The stored settings: unknown as read, checked by the repository. */
  settings: S;
}

/** What decoding gathers, shard by shard: the index without the settings, which are read beside it. */
type Decoded = Omit<PointsIndex, 'settings'>;

const decoded = (): Decoded => ({
  entries: [],
  tally: emptyTally(),
  latestTallied: -Infinity,
  oldFormat: false,
});

const num = (ms: number): string => (Number.isFinite(ms) ? ms.toString(36) : '');

/** The dates of an entry that a summary may look at (earnedAt only counts when it scores). */
const latestDate = (e: PointsEntry): number =>
  Math.max(
    e.level > 0 && Number.isFinite(e.earnedAt) ? e.earnedAt : -Infinity,
    Number.isFinite(e.requestedAt) ? e.requestedAt : -Infinity,
  );

const line = (e: PointsEntry): string =>
  `${(e.level + (e.met ? 5 : 0) + (e.note ? 10 : 0)).toString(36)}${num(e.earnedAt)},${num(e.requestedAt)}`;

/** One shard's index, version 2; conversations dated before `now` − INDEX_HORIZON_MS are counted only. */
export function encodePointsIndex(conversations: Iterable<Conversation>, now = Date.now()): string {
  const horizon = now - INDEX_HORIZON_MS;
  const tally = emptyTally();
  let latest = -Infinity;
  const lines: string[] = [];
  for (const c of conversations) {
    const e = entryOf(c);
    const at = latestDate(e);
    if (at >= horizon) {
      lines.push(line(e));
    } else {
      tallyEntry(tally, e);
      latest = Math.max(latest, at);
    }
  }
  const counts = `${num(latest)},${[tally.met, ...tally.byLevel].join(',')}`;
  return `${V2}${counts}${lines.length ? `\n${lines.join('\n')}` : ''}`;
}

/** One shard's index in version 1 (for tests of reading it). */
export function encodePointsIndexV1(conversations: Iterable<Conversation>): string {
  const lines: string[] = [];
  for (const c of conversations) lines.push(line(entryOf(c)));
  return V1 + lines.join('\n');
}

/** Reads the entry lines of raw[start…]; false when one is not an entry. */
function readLines(raw: string, start: number, into: PointsEntry[]): boolean {
  while (start < raw.length) {
    let end = raw.indexOf('\n', start);
    if (end < 0) end = raw.length;
    const flags = parseInt(raw[start]!, 36);
    const comma = raw.indexOf(',', start);
    if (!(flags >= 0 && flags <= 19) || comma < 0 || comma > end) return false;
    into.push({
      level: (flags % 5) as Level,
      met: flags % 10 >= 5,
      note: flags >= 10,
      earnedAt: parseInt(raw.slice(start + 1, comma), 36),
      requestedAt: parseInt(raw.slice(comma + 1, end), 36),
    });
    start = end + 1;
  }
  return true;
}

// The latest tallied date may be before 1970 (a date typed or imported as year 0025): negative.
const COUNTS = /^(-?[0-9a-z]*),(\d+),(\d+),(\d+),(\d+),(\d+),(\d+)$/;

/** One shard's index; null when `raw` is not an index in a format this version reads. */
export function decodePointsIndex(raw: unknown): Decoded | null {
  return decodeInto(raw, decoded());
}

/**
 * The indexes stored under `keys` in `raw` (what storage.get gave), summed up; a key not there is
 * a shard never written. Null when one is not an index in a format this version reads.
 */
export function decodePointsIndexes(raw: Record<string, unknown>, keys: string[]): Decoded | null {
  const into = decoded();
  for (const key of keys) if (key in raw && !decodeInto(raw[key], into)) return null;
  return into;
}

/** Adds one shard's index to `into`; null when `raw` is not an index in a format this version reads. */
function decodeInto(raw: unknown, into: Decoded): Decoded | null {
  if (typeof raw !== 'string') return null;
  if (raw.startsWith(V1)) {
    into.oldFormat = true;
    return readLines(raw, V1.length, into.entries) ? into : null;
  }
  if (!raw.startsWith(V2)) return null;
  let end = raw.indexOf('\n', V2.length);
  if (end < 0) end = raw.length;
  const counts = COUNTS.exec(raw.slice(V2.length, end));
  if (!counts) return null;
  const [, latest, met, ...levels] = counts;
  into.tally.met += Number(met);
  const byLevel = into.tally.byLevel;
  for (let level = 0; level < 5; level++) byLevel[level as Level] += Number(levels[level]);
  if (latest) into.latestTallied = Math.max(into.latestTallied, parseInt(latest, 36));
  return readLines(raw, end + 1, into.entries) ? into : null;
}
