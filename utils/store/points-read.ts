// Reading the points index out of storage: which keys, and when what they hold can stand for the
// records. Light on purpose (no schemas, no codec, no polyfill): the popup's first script, which
// paints the points before the popup's app has loaded, reads through it, and so does the
// repository.
//
// How the popup gets its points: storage.get(POINTS_KEYS) → readPointsIndex → PointsIndex (the
// settings unchecked) → the popup's first script paints it (entrypoints/popup-points/first-paint.ts)
// and hands it to the app → pointsIndexFrom (repository.ts; loadPointsIndex when the first script
// had none) → PointsIndex<Settings> → usePopupStore (use-popup.ts) → summariseEntries →
// PointsSummaryView (components/points-summary.tsx).
import { isObj } from '../domain/raw';
import { windowStart } from '../domain/points';
import { ALL_POINTS_INDEX_KEYS, KEY_META, KEY_POINTS_INDEX_READY, KEY_SETTINGS, SCHEMA_VERSION } from './layout';
import { decodePointsIndexes, type PointsIndex } from './points-index';

/** Everything the points need, in one storage.get. */
export const POINTS_KEYS: string[] = [KEY_META, KEY_SETTINGS, KEY_POINTS_INDEX_READY, ...ALL_POINTS_INDEX_KEYS];

/**
 * The points index in `raw` (what storage.get(POINTS_KEYS) gave), or null when it cannot stand
 * for the records at `now`: data of another version, an index not yet built over every shard,
 * one in an unknown format, or one that counts without dates something `now`'s weeks would show
 * (written while the clock was ahead). Then read the records, and rebuild it.
 *
 * A store that holds nothing yet is marked ready when the extension is installed, so a new user's
 * popup shows its zeros at once.
 */
export function readPointsIndex(raw: Record<string, unknown>, now: Date): PointsIndex | null {
  const meta = raw[KEY_META];
  if (!isObj(meta) || meta.schemaVersion !== SCHEMA_VERSION || raw[KEY_POINTS_INDEX_READY] !== true) return null;
  const index = decodePointsIndexes(raw, ALL_POINTS_INDEX_KEYS);
  if (!index || index.latestTallied >= windowStart(now)) return null;
  return { ...index, settings: raw[KEY_SETTINGS] };
}
