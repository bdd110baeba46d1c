// Popup time to points: storage.local seeded in the sharded layout from an extension page, then
// popup.html opened afresh several times; a script installed before the document (Chromium's
// evaluateOnNewDocument) records performance.now() — time since navigation start — when
// [data-testid="points-total"] first shows the expected total.
import { seedExpression } from './data.mjs';

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

/** Seeds `n` conversations; returns { expectedTotal, bytes, contacts }. */
export async function seed(session, n, nowMs) {
  // A page of the extension's own origin with storage access and no store watcher.
  const page = await session.openExtensionPage('manifest.json');
  try {
    return await page.evaluate(seedExpression(n, nowMs));
  } finally {
    await page.close();
  }
}

export async function measurePopup(session, n, { opens = 7, nowMs = Date.now() } = {}) {
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
        async () => (await globalThis.chrome.storage.local.get('fifteen:points:ready'))['fifteen:points:ready'] === true,
        { timeout: 120_000, polling: 200 },
      );
    } finally {
      await page.close();
    }
  }
  return { samples, all, firstOpen, seeded };
}
