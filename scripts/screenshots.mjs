// Takes the README's screenshots with the built extension in headless Chromium and writes them
// to docs/screenshots/: the helper on a LinkedIn profile (closed, open, dark, new front end),
// the popup (empty, busy, dark), a chat's Prepare view and a reminder's draft (light, dark), and
// the options page (light, dark). The LinkedIn pages are the
// test fixtures served at their real address, dressed to look roughly like LinkedIn; the busy
// history is a backup imported through the options page, as a user would.
//
//   npm run build && npm run screenshots
//   npm run screenshots -- prepare after-draft     only the pictures whose names start so
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, browserAvailable, launchBrowser, pollPage, waitForElement } from '../tests/e2e/harness.mjs';
import { asFirstDegree, clickInHelper } from '../tests/e2e/linkedin-spa.mjs';
import { fixtureRoute } from './stage/look.mjs';
import { sampleBackup } from './stage/history.mjs';

const OUT = join(ROOT, 'docs', 'screenshots');
const LINKEDIN_VIEWPORT = { width: 1280, height: 900 };
const POPUP_VIEWPORT = { width: 400, height: 600 };
const OPTIONS_VIEWPORT = { width: 1100, height: 900 };
const DARK = [{ name: 'prefers-color-scheme', value: 'dark' }];
const LIGHT = [{ name: 'prefers-color-scheme', value: 'light' }];

const pause = (ms) => new Promise((r) => setTimeout(r, ms));
const written = [];
const only = process.argv.slice(2);

async function shoot(page, name, options = {}) {
  if (only.length && !only.some((prefix) => name.startsWith(prefix))) return;
  // Let transitions (the goal bar) and late renders settle; no caret or focus ring in the picture.
  await pause(400);
  await page.evaluate(() => document.activeElement instanceof HTMLElement && document.activeElement.blur());
  const path = join(OUT, `${name}.png`);
  await page.screenshot({ path, ...options });
  written.push(path);
  console.log(`  ${name}.png`);
}

const helperReady = (page) => waitForElement(page, 'fifteen-helper', { timeout: 15_000 });
async function openHelper(page) {
  await clickInHelper(page, 'helper-toggle');
  await pollPage(
    page,
    () => !!document.querySelector('fifteen-helper')?.shadowRoot?.querySelector('[data-testid="draft"]')?.value,
    null,
    { what: 'the helper panel with a draft' },
  );
}

async function importBackup(harness, file) {
  const page = await harness.openExtensionPage('options.html');
  try {
    const input = await waitForElement(page, 'input[type=file][data-testid="backup-import"]');
    await input.uploadFile(file);
    await pollPage(
      page,
      () => /Imported/.test(document.querySelector('[data-testid="backup-status"]')?.textContent ?? ''),
      null,
      { what: 'the import result', timeout: 30_000 },
    );
    console.log(`  seeded: ${await page.$eval('[data-testid="backup-status"]', (el) => el.textContent.trim())}`);
  } finally {
    await page.close();
  }
}

async function linkedInShot(harness, fixture, name, { dark = false, open = false } = {}) {
  const { path, routes } = fixtureRoute(fixture, { dark });
  const tab = await harness.newLinkedInPage(routes);
  try {
    await tab.page.setViewport(LINKEDIN_VIEWPORT);
    await tab.page.emulateMediaFeatures(dark ? DARK : LIGHT);
    await tab.open(path);
    await helperReady(tab.page);
    if (open) await openHelper(tab.page);
    await shoot(tab.page, name);
    if (tab.blocked.length) console.log(`  (blocked on ${name}: ${tab.blocked.map((b) => b.url).join(', ')})`);
  } finally {
    await tab.page.close();
  }
}

async function extensionShot(harness, file, name, { viewport, dark = false, ready, fullPage = false }) {
  const page = await harness.openExtensionPage(file);
  try {
    await page.setViewport(viewport);
    await page.emulateMediaFeatures(dark ? DARK : LIGHT);
    await pollPage(page, ready, null, { what: `${file} ready`, timeout: 15_000 });
    await shoot(page, name, { fullPage });
  } finally {
    await page.close();
  }
}

/** The popup showing one conversation's screen, reached as a user would: by its button. */
async function popupScreenShot(harness, name, { button, screen, dark = false, ready }) {
  const page = await harness.openExtensionPage('popup.html');
  try {
    await page.setViewport(POPUP_VIEWPORT);
    await page.emulateMediaFeatures(dark ? DARK : LIGHT);
    await pollPage(page, ready, null, { what: 'popup.html ready', timeout: 15_000 });
    // The points paint first; the lists with their buttons follow once the records are read.
    await pollPage(page, (label) => !!document.querySelector(`button[aria-label="${label}"]`), button, {
      what: `a button "${button}"`,
      timeout: 15_000,
    }).catch(() => {});
    await page.evaluate((label) => {
      const target = document.querySelector(`button[aria-label="${label}"]`);
      if (!target)
        throw new Error(
          `no button "${label}" among: ${[...document.querySelectorAll('button[aria-label]')].map((b) => b.getAttribute('aria-label')).join(' | ')}`,
        );
      target.click();
    }, button);
    await waitForElement(page, screen);
    await shoot(page, name, { fullPage: true });
  } finally {
    await page.close();
  }
}

/**
 * The helper noticing a yes: a connection note logged on the 2nd-degree profile, then the same
 * profile as a 1st-degree connection (its badge "· 1st", no Connect in the card).
 */
async function acceptedShot(harness, name) {
  if (only.length && !only.some((prefix) => name.startsWith(prefix))) return;
  const { path, routes } = fixtureRoute('classic-profile');
  const asked = await harness.newLinkedInPage(routes);
  try {
    await asked.open(path);
    await helperReady(asked.page);
    await openHelper(asked.page);
    await clickInHelper(asked.page, 'log-request');
    await pollPage(
      asked.page,
      () => /Logged/.test(document.querySelector('fifteen-helper')?.shadowRoot?.textContent ?? ''),
      null,
      { what: 'the request logged' },
    );
  } finally {
    await asked.page.close();
  }
  const [key, html] = Object.entries(routes)[0];
  const firstDegree = asFirstDegree(html);
  const tab = await harness.newLinkedInPage({ [key]: firstDegree });
  try {
    await tab.page.setViewport(LINKEDIN_VIEWPORT);
    await tab.page.emulateMediaFeatures(LIGHT);
    await tab.open(path);
    await helperReady(tab.page);
    await openHelper(tab.page);
    await pollPage(
      tab.page,
      () => !!document.querySelector('fifteen-helper')?.shadowRoot?.querySelector('[data-testid="accepted"]'),
      null,
      { what: 'the accepted notice' },
    );
    await shoot(tab.page, name);
  } finally {
    await tab.page.close();
  }
}

/** The popup (empty, busy, dark, its screens) and the options page, before and after a sample history. */
async function extensionShots(harness, tmp) {
  const popupEmpty = () => !!document.querySelector('.getting-started');
  const popupBusy = () => document.querySelector('[data-testid="conversations-logged"]')?.textContent.trim() === '25';
  const optionsReady = () =>
    !!document.querySelector('[data-testid="backup-export"]') &&
    !!document.querySelector('textarea, input[type="text"]');

  await extensionShot(harness, 'popup.html', 'popup-empty', {
    viewport: POPUP_VIEWPORT,
    ready: popupEmpty,
    fullPage: true,
  });

  const backup = join(tmp, 'sample-backup.json');
  writeFileSync(backup, JSON.stringify(sampleBackup(), null, 1));
  await importBackup(harness, backup);

  await extensionShot(harness, 'popup.html', 'popup-busy', {
    viewport: POPUP_VIEWPORT,
    ready: popupBusy,
    fullPage: true,
  });
  await extensionShot(harness, 'popup.html', 'popup-dark', {
    viewport: POPUP_VIEWPORT,
    ready: popupBusy,
    dark: true,
    fullPage: true,
  });
  const prepare = {
    button: 'Prepare the chat with Grace Okonkwo',
    screen: '[data-testid="prepare-view"]',
    ready: popupBusy,
  };
  await popupScreenShot(harness, 'prepare-light', prepare);
  await popupScreenShot(harness, 'prepare-dark', { ...prepare, dark: true });
  const thanks = {
    button: 'Show the thank-you note draft for Camille Dubois',
    screen: '[data-testid="after-draft"]',
    ready: popupBusy,
  };
  await popupScreenShot(harness, 'after-draft-light', thanks);
  await popupScreenShot(harness, 'after-draft-dark', { ...thanks, dark: true });
  await popupScreenShot(harness, 'after-draft-follow-up', {
    button: 'Show the follow-up draft for Ben Carter',
    screen: '[data-testid="after-draft"]',
    ready: popupBusy,
  });
  await extensionShot(harness, 'options.html', 'options-light', {
    viewport: OPTIONS_VIEWPORT,
    ready: optionsReady,
    fullPage: true,
  });
  await extensionShot(harness, 'options.html', 'options-dark', {
    viewport: OPTIONS_VIEWPORT,
    ready: optionsReady,
    dark: true,
    fullPage: true,
  });
}

/** The helper on LinkedIn's two front ends: closed, open, dark, and after an accepted invitation. */
async function linkedInShots(harness) {
  await linkedInShot(harness, 'classic-profile', 'helper-closed');
  await linkedInShot(harness, 'classic-profile', 'helper-open', { open: true });
  await linkedInShot(harness, 'classic-profile', 'helper-dark', { dark: true, open: true });
  await linkedInShot(harness, 'sdui-profile-view-name', 'helper-sdui');
  await acceptedShot(harness, 'helper-accepted');
}

async function main() {
  if (!browserAvailable('chromium')) {
    console.error('Chromium not found at /usr/bin/chromium (or FIFTEEN_CHROMIUM): apt-get install -y chromium');
    process.exit(1);
  }
  mkdirSync(OUT, { recursive: true });
  const tmp = mkdtempSync(join(tmpdir(), 'fifteen-screenshots-'));
  const harness = await launchBrowser('chromium');
  try {
    console.log(`Writing to ${OUT}`);
    await extensionShots(harness, tmp);
    await linkedInShots(harness);

    const outside = harness.outsideRequests();
    if (outside.length)
      console.log(`Requests that reached the network (should be none): ${outside.map((r) => r.url).join(', ')}`);
    console.log(`${written.length} screenshots written.`);
  } finally {
    await harness.close();
    rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
