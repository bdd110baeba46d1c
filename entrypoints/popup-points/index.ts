// The popup's first script: loaded by popup.html before the app's module, without Preact, it
// paints the points from the points index while the app is still loading (first-paint.ts), and
// hands over to the app (utils/first-paint-contract.ts). Built as popup-points.js.
// It uses the browser's own storage API, not webextension-polyfill (see wxt.config.ts): 6.7 KB,
// 3 KB gzip. (No binding here or in first-paint.ts may be named `storage`: WXT's build would add
// its own storage module, 9 KB. The linter holds that rule: see eslint.config.js.)
import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startFirstPaint } from './first-paint';

export default defineUnlistedScript(() => {
  window.fifteenFirstPaint = startFirstPaint({ api: browser.storage as never });
});
