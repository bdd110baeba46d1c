// Popup time to points: storage.local seeded in the sharded layout from an extension page, then
// popup.html opened afresh several times; a script installed before the document (Chromium's
// evaluateOnNewDocument) records performance.now() — time since navigation start — when
// [data-testid="points-total"] first shows the expected total.
import { seedExpression } from './data.mjs';

function watchPoints(expected) {
  const seen = () => {
    const el = document.querySelector('[data-testid="points-total"]');
    if (el && el.textContent.replace(/\D/g, '') === String(expected)) {
      window.__pointsAt = performance.now();
      return true;
    }
    return false;
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
  for (let i = 0; i < opens; i++) {
    const page = await session.browser.newPage();
    try {
      await page.evaluateOnNewDocument(watchPoints, seeded.expectedTotal);
      await page.goto(session.extensionUrl('popup.html'), { waitUntil: 'load' });
      await page.waitForFunction(() => window.__pointsAt > 0, { timeout: 30_000 });
      samples.push(await page.evaluate(() => window.__pointsAt));
    } finally {
      await page.close();
    }
  }
  return { samples: samples.slice(1), seeded }; // the first open warms the service worker and caches
}
