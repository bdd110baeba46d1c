// Popup time to points: storage.local seeded in the sharded layout from an extension page, then
// popup.html opened afresh several times; a script installed before the document (Chromium's
// evaluateOnNewDocument) records performance.now() — time since navigation start — when
// [data-testid="points-total"] first shows the expected total.
//
// Firefox (measurePopupFirefox): puppeteer drives it over WebDriver BiDi, whose preload scripts
// (evaluateOnNewDocument) are not run in moz-extension:// documents (checked in Firefox ESR 140:
// nothing they set is there). Installing the observer by polling the new tab with BiDi
// evaluations came too late at 10k and 50k (the total was often already on screen when the first
// evaluation got in). So the popup is opened with window.open() from another page of the
// extension, which sees the popup's document directly (same origin, same process): it checks
// every few ms (setTimeout 0, so as not to take the main thread from the popup) for the new
// document, and attaches the same MutationObserver to it the moment it exists — before the popup
// can show a total, which needs an asynchronous storage read after its script runs. Times are the
// popup window's own performance.now(), i.e. time since its navigation start, as in Chromium.
// Each open records whether the total was already there when the observer got in (`late`, then
// the time is only an upper bound): reported, never expected.
import { pollPage } from '../tests/e2e/harness.mjs';
import { seedExpression } from './data.mjs';

/**
 * Firefox preferences for the popup runs with alert windows: without a system notification
 * service (headless; a Linux desktop with no notification daemon) Firefox shows each notification
 * as a window of its own in the parent process, which every extension page then waits behind.
 * Firefox ESR 140 does so headless by default; later versions use no alert windows headless,
 * which would hide it. This pref makes every version show them.
 */
export const ALERT_WINDOW_PREFS = { 'alerts.useSystemBackend': false };

function watchPoints(expected) {
  // Points: the total shows the expected number. Everything: the loading note (shown until the
  // records are read) has gone, with the points on screen.
  const seen = () => {
    const el = document.querySelector('[data-testid="points-total"]');
    const ok = el && el.textContent.replace(/\D/g, '') === String(expected);
    if (ok && !window.__pointsAt) window.__pointsAt = performance.now();
    if (ok && !document.querySelector('main.popup > p[aria-live="polite"]')) window.__allAt = performance.now();
    return window.__allAt > 0;
  };
  const mo = new MutationObserver(() => seen() && mo.disconnect());
  mo.observe(document, { childList: true, subtree: true, characterData: true });
}

/**
 * Firefox: session.openExtensionPage, in a new window. In Firefox ESR 140, once a tab that has
 * shown the popup with the seeded records is closed, BiDi can no longer open a tab
 * (browsingContext.create: "TabManager.getTabBrowser(...) is undefined"); a window works.
 */
export async function openFirefoxWindow(session, path, { timeout = 15_000 } = {}) {
  const page = await session.browser.newPage({ type: 'window' });
  const url = session.extensionUrl(path);
  page.goto(url, { timeout: 0 }).catch(() => {}); // never resolves for moz-extension:// (harness)
  await pollPage(page, (url) => location.href === url && document.readyState === 'complete', url, {
    timeout,
    what: `${url} to load`,
  });
  return page;
}

// Runs in the opener page (Firefox): opens popup.html in a new window, watches it as watchPoints
// does, waits for everything (and, if asked, for the points index to be written), closes it.
async function openAndWatch(url, expected, waitForIndex) {
  const w = window.open(url, '_blank', 'popup,width=400,height=600');
  if (!w) throw new Error('window.open was refused');
  const st = { pointsAt: 0, allAt: 0, late: false };
  try {
    await new Promise((resolve, reject) => {
      const giveUp = setTimeout(() => reject(new Error('popup.html: no total after 120 s')), 120_000);
      const check = () => {
        let doc = null;
        try {
          doc = w.document;
        } catch {
          // not reachable while the window is being set up
        }
        if (!doc || doc.URL !== url) return void setTimeout(check, 0);
        const seen = () => {
          const el = doc.querySelector('[data-testid="points-total"]');
          const ok = el && el.textContent.replace(/\D/g, '') === String(expected);
          if (ok && !st.pointsAt) st.pointsAt = w.performance.now();
          if (ok && !doc.querySelector('main.popup > p[aria-live="polite"]')) st.allAt = w.performance.now();
          return st.allAt > 0;
        };
        st.late = !!doc.querySelector('[data-testid="points-total"]')?.textContent.replace(/\D/g, '');
        const done = () => {
          mo.disconnect();
          clearTimeout(giveUp);
          resolve();
        };
        const mo = new MutationObserver(() => seen() && done());
        mo.observe(doc, { childList: true, subtree: true, characterData: true });
        if (seen()) done();
      };
      check();
    });
    const area = globalThis.browser.storage.local;
    for (let t = Date.now(); waitForIndex; await new Promise((r) => setTimeout(r, 200))) {
      if ((await area.get('fifteen:points:ready'))['fifteen:points:ready'] === true) break;
      if (Date.now() - t > 120_000) throw new Error('the points index was not written in 120 s');
    }
    return st;
  } finally {
    w.close();
  }
}

/** Firefox: as measurePopup, through openAndWatch (see the top of this file); adds `late`. */
async function measurePopupFirefox(session, n, { opens, nowMs }) {
  const seeded = await seed(session, n, nowMs);
  const opener = await openFirefoxWindow(session, 'manifest.json');
  const samples = [];
  const all = [];
  let firstOpen = 0;
  let late = 0;
  try {
    for (let i = 0; i <= opens; i++) {
      // The first open finds no points index (as after an update) and builds it: waited for.
      const st = await opener.evaluate(openAndWatch, session.extensionUrl('popup.html'), seeded.expectedTotal, i === 0);
      if (st.late) late++;
      if (i === 0) firstOpen = st.pointsAt;
      else {
        samples.push(st.pointsAt);
        all.push(st.allAt);
      }
    }
  } finally {
    await opener.close();
  }
  return { samples, all, firstOpen, seeded, late };
}

/** Seeds `n` conversations; returns { expectedTotal, bytes, contacts }. */
export async function seed(session, n, nowMs) {
  // A page of the extension's own origin with storage access and no store watcher.
  const page =
    session.kind === 'firefox'
      ? await openFirefoxWindow(session, 'manifest.json')
      : await session.openExtensionPage('manifest.json');
  try {
    return await page.evaluate(seedExpression(n, nowMs));
  } finally {
    await page.close();
  }
}

export async function measurePopup(session, n, { opens = 7, nowMs = Date.now() } = {}) {
  if (session.kind === 'firefox') return measurePopupFirefox(session, n, { opens, nowMs });
  const seeded = await seed(session, n, nowMs);
  const samples = [];
  const all = [];
  let firstOpen = 0;
  for (let i = 0; i <= opens; i++) {
    const page = await session.browser.newPage();
    try {
      await page.evaluateOnNewDocument(watchPoints, seeded.expectedTotal);
      await page.goto(session.extensionUrl('popup.html'), { waitUntil: 'load' });
      await page.waitForFunction(() => window.__pointsAt > 0, { timeout: 60_000 });
      const at = await page.evaluate(() => window.__pointsAt);
      // Closing a page does not cancel its storage read, which would delay the next open's:
      // wait until the records are in, as they would be long before a person opens it again.
      await page.waitForFunction(() => window.__allAt > 0, { timeout: 120_000, polling: 100 });
      if (i > 0) {
        samples.push(at);
        all.push(await page.evaluate(() => window.__allAt));
        continue;
      }
      // The first open finds data seeded without the points index (as after an update) and
      // builds it once the records are read: wait for that, and report the open apart.
      firstOpen = at;
      await page.waitForFunction(
        async () =>
          (await globalThis.chrome.storage.local.get('fifteen:points:ready'))['fifteen:points:ready'] === true,
        { timeout: 120_000, polling: 200 },
      );
    } finally {
      await page.close();
    }
  }
  return { samples, all, firstOpen, seeded };
}
