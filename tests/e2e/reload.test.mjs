// The extension reloaded (an update) while a LinkedIn profile is open (FIFTEEN_BROWSER): the old
// content script's helper goes away at the page's next change instead of lingering, broken; no
// uncaught error reaches the page; the tab gets exactly one helper again once it is reloaded.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { BROWSERS, currentBrowserKind, launchBrowser, pollPage, waitForElement } from './harness.mjs';
import { clickInHelper, helperCount, navigate, screens, spaDocument } from './linkedin-spa.mjs';

const kind = currentBrowserKind();
const ALL = screens(['classic-profile', 'classic-profile-fr', 'feed']);
const routes = Object.fromEntries(
  Object.values(ALL).map((s) => [s.path.split('?')[0], spaDocument(ALL, 'classic-profile')]),
);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

describe(`extension reloaded with a LinkedIn tab open (${kind})`, () => {
  /** @type {Awaited<ReturnType<typeof launchBrowser>>} */
  let harness;
  const blockedAll = [];

  before(async () => {
    harness = await launchBrowser(kind);
  });
  after(async () => {
    await harness?.close();
  });

  /**
   * Reloads the extension the way an update does. Firefox: runtime.reload() from one of its
   * pages. Chromium: the unpacked extension is loaded again (same id), as an update arrives —
   * runtime.reload() of an extension loaded over CDP does not come back under automation (its
   * worker and pages stay unreachable), so it can't stand in for an update there.
   */
  async function reloadExtension() {
    if (kind === 'chromium') {
      assert.equal(await harness.browser.installExtension(BROWSERS.chromium.outputDir), harness.extensionId);
      await sleep(1000);
      return;
    }
    const page = await harness.openExtensionPage('popup.html');
    await page.evaluate(() => void setTimeout(() => globalThis.browser.runtime.reload(), 50)).catch(() => {});
    await sleep(2000);
    await page.close().catch(() => {}); // it may have gone with the extension
  }

  test('the old helper goes, nothing is thrown in the page, and a reload of the tab brings one back', async () => {
    const { page, blocked, open } = await harness.newLinkedInPage(routes);
    const errors = [];
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message ?? e}`));
    page.on('console', (m) => {
      // The harness answers the browser's own favicon request with a 404; that is not ours.
      if (m.type() === 'error' && !m.location()?.url?.endsWith('/favicon.ico')) errors.push(`console: ${m.text()}`);
    });
    try {
      await open(ALL['classic-profile'].path);
      await waitForElement(page, 'fifteen-helper');
      assert.equal(await helperCount(page), 1);
      await page.evaluate(() => (document.querySelector('fifteen-helper').dataset.e2eOld = ''));
      await clickInHelper(page, 'helper-toggle');
      await pollPage(
        page,
        () => !!document.querySelector('fifteen-helper')?.shadowRoot?.querySelector('[data-testid="log-request"]'),
        null,
        { what: 'the panel' },
      );

      await reloadExtension();

      if (kind === 'chromium') {
        // Until the page changes, the old helper is still there (changes inside its own shadow
        // root don't count); using it says what happened instead of failing obscurely.
        await clickInHelper(page, 'log-request');
        await pollPage(
          page,
          () =>
            document.querySelector('fifteen-helper')?.shadowRoot?.querySelector('[role="status"]')?.textContent ===
            'Fifteen was updated: reload the page.',
          null,
          { what: 'the "reload the page" notice' },
        );
      }

      // Any change to the page makes the old script look, notice, and take its helper away (or,
      // where the browser injects the new version into the open tab, the new script replaces it).
      await page.evaluate(() => document.body.append(document.createElement('div')));
      await pollPage(page, () => !document.querySelector('fifteen-helper[data-e2e-old]'), null, {
        what: 'the old helper to go',
      });
      // In-page navigation to another profile and back: the old script mounts nothing.
      await navigate(page, ALL, 'classic-profile-fr');
      await sleep(500);
      await navigate(page, ALL, 'classic-profile');
      await sleep(500);
      // Chromium does not inject content scripts into open tabs on reload; Firefox does, and the
      // new script's one helper is the only one there may be.
      const expected = kind === 'firefox' ? 1 : 0;
      await pollPage(page, (n) => document.querySelectorAll('fifteen-helper').length === n, expected, {
        what: `${expected} helper(s) after navigating`,
      });

      await open(ALL['classic-profile'].path);
      await waitForElement(page, 'fifteen-helper');
      await sleep(500);
      assert.equal(await helperCount(page), 1, 'exactly one helper after the tab is reloaded');
      assert.deepEqual(errors, []);
    } finally {
      blockedAll.push(...blocked);
      await page.close();
    }
  });

  test('made no request to the outside', () => {
    assert.deepEqual(blockedAll, [], 'requests blocked on LinkedIn pages');
    assert.deepEqual(harness.outsideRequests(), [], 'requests that reached the proxy');
  });
});
