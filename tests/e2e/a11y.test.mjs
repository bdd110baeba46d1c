// Accessibility of what a person sees, checked by axe-core in the real browser (FIFTEEN_BROWSER):
// the options page and the popup with a sample history (its lists, due reminders and chart), in
// light and dark, and the profile helper with its panel open (inside its shadow root). Any
// violation of WCAG 2.1 A/AA or of axe's best practices (heading order, a button's accessible
// name that doesn't contain its visible text, …) fails the test, with what and where.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sampleBackup } from '../../scripts/stage/history.mjs';
import { currentBrowserKind, fixture, launchBrowser, pollPage, waitForElement } from './harness.mjs';

const kind = currentBrowserKind();
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe in the page (optionally in one element and its shadow roots); returns the violations, described. */
async function violations(page, { include } = {}) {
  await page.evaluate(axeSource);
  const found = await page.evaluate(async (include) => {
    const context = include ? { include: [[include]] } : document;
    const result = await window.axe.run(context, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
      // Experimental in axe, and what a voice-control user meets: a button said by another name than it shows.
      rules: { 'label-content-name-mismatch': { enabled: true } },
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({
      id: v.id,
      help: v.help,
      nodes: v.nodes.map((n) => `${n.target.join(' >>> ')}: ${n.failureSummary?.split('\n').slice(1, 3).join(' ')}`),
    }));
  }, include ?? null);
  return found;
}

const describeAll = (list) => list.map((v) => `${v.id} (${v.help}):\n    ${v.nodes.join('\n    ')}`).join('\n');

describe(`accessibility (${kind})`, () => {
  /** @type {Awaited<ReturnType<typeof launchBrowser>>} */
  let harness;
  before(async () => {
    harness = await launchBrowser(kind);
    // A history, so the popup shows its lists and the options page its data.
    const dir = mkdtempSync(join(tmpdir(), 'fifteen-a11y-'));
    const file = join(dir, 'sample-backup.json');
    // Notifications off: its due reminders would otherwise open alert windows in headless
    // Firefox ESR 140, which take the place of the window WebDriver BiDi opens tabs in.
    const backup = sampleBackup();
    writeFileSync(file, JSON.stringify({ ...backup, settings: { ...backup.settings, notifications: false } }));
    const page = await harness.openExtensionPage('options.html');
    const input = await waitForElement(page, 'input[type=file][data-testid="backup-import"]');
    await input.uploadFile(file);
    await pollPage(
      page,
      () => /Imported/.test(document.querySelector('[data-testid="backup-status"]')?.textContent ?? ''),
      null,
      { what: 'the import', timeout: 30_000 },
    );
    // Left open: Firefox cannot open a new tab once its last one is closed.
    rmSync(dir, { recursive: true, force: true });
  });
  after(async () => {
    await harness?.close();
  });

  for (const theme of ['light', 'dark']) {
    test(`the options page (${theme})`, async () => {
      const page = await harness.openExtensionPage('options.html');
      try {
        await waitForElement(page, '[data-testid="backup-export"]');
        await page.evaluate((theme) => (document.documentElement.dataset.theme = theme), theme);
        const found = await violations(page);
        assert.deepEqual(found, [], describeAll(found));
      } finally {
        await page.close();
      }
    });

    test(`the popup (${theme})`, async () => {
      const page = await harness.openExtensionPage('popup.html');
      try {
        await waitForElement(page, '[data-testid="points-total"]');
        await pollPage(page, () => document.querySelectorAll('main li, main button').length > 5, null, {
          what: 'the lists',
        });
        await page.evaluate((theme) => (document.documentElement.dataset.theme = theme), theme);
        const found = await violations(page);
        assert.deepEqual(found, [], describeAll(found));
      } finally {
        await page.close();
      }
    });
  }

  for (const [what, testid, shown] of [
    ['the Prepare view', 'prepare', 'prepare-view'],
    ['a draft for after', 'open-draft', 'after-draft'],
  ]) {
    test(`the popup: ${what}`, async () => {
      const page = await harness.openExtensionPage('popup.html');
      try {
        await waitForElement(page, `[data-testid="${testid}"]`);
        await page.evaluate((id) => document.querySelector(`[data-testid="${id}"]`).click(), testid);
        await waitForElement(page, `[data-testid="${shown}"]`);
        const found = await violations(page);
        assert.deepEqual(found, [], describeAll(found));
      } finally {
        await page.close();
      }
    });
  }

  test('the profile helper with its panel open', async () => {
    // axe builds its report with DOM APIs LinkedIn's Trusted Types policy would refuse; the
    // helper itself runs under that policy in every other test.
    const tab = await harness.newLinkedInPage(
      { '/in/priya-raman/': fixture('classic-profile') },
      { csp: "default-src 'self' 'unsafe-inline'" },
    );
    try {
      await tab.open('/in/priya-raman/');
      await waitForElement(tab.page, 'fifteen-helper');
      await tab.page.evaluate(() =>
        document.querySelector('fifteen-helper').shadowRoot.querySelector('[data-testid="helper-toggle"]').click(),
      );
      await pollPage(
        tab.page,
        () => !!document.querySelector('fifteen-helper')?.shadowRoot?.querySelector('[data-testid="draft"]'),
        null,
        { what: 'the panel' },
      );
      const found = await violations(tab.page, { include: 'fifteen-helper' });
      assert.deepEqual(found, [], describeAll(found));
    } finally {
      await tab.page.close();
    }
  });
});
