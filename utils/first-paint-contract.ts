// The hand-over between the popup's first script and its app. popup.html runs the first script
// (entrypoints/popup-points, a few KB without Preact) before the app's module: it reads the points
// index, paints the header, the points and the loading note as the app renders them, and leaves
// what it did on window.fifteenFirstPaint; the app (entrypoints/popup) takes that over, and
// Preact keeps the nodes it finds. Both paint the words below and the points summary's own
// (components/points-summary-strings.ts); a test compares the two.
import type { PointsIndex } from '@/utils/store/points-index';

/** What the first script leaves for the app, on window.fifteenFirstPaint. */
export interface FirstPaint {
  /**
   * Stops the first script. `painted`: the points index it painted, if it has. Else `reading`:
   * its read still on its way, which the app can wait for rather than ask again behind it.
   */
  take(): { painted: PointsIndex | null; reading: Promise<PointsIndex | null>; changed: boolean };
  /** storage.get(LISTS_READ_KEYS), asked for just after the points index. */
  lists: Promise<Record<string, unknown>>;
  /**
   * Settles once the first read is painted (or found to hold nothing to paint). The app waits for
   * it before its first render: the answer from storage would otherwise queue behind the app's
   * start-up, and the points show only after both.
   */
  settled: Promise<void>;
}

declare global {
  interface Window {
    fifteenFirstPaint?: FirstPaint;
  }
}

/** The popup's words around the points, painted by both (entrypoints/popup/strings.ts takes them). */
export const FIRST_PAINT_STRINGS = {
  title: 'Fifteen',
  openOptions: 'Settings and backup',
  loadingRest: 'Loading your conversations…',
};
