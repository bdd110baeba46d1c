// The popup's first script: loaded by popup.html before the app's module, without Preact, it
// paints the points from the points index while the app is still loading (popup/first-paint.ts).
// It uses the browser's own storage API, not webextension-polyfill (see wxt.config.ts): 6.7 KB,
// 3 KB gzip. (WXT's build adds its own storage module, 9 KB, to code that names a variable
// `storage`: first-paint.ts calls it `api`.)
import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startFirstPaint } from './popup/first-paint';

export default defineUnlistedScript(() => {
  window.fifteenFirstPaint = startFirstPaint({ api: browser.storage as never });
});
