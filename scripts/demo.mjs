// Try Fifteen without a LinkedIn account: opens Chromium with the built extension on a sample
// profile at https://www.linkedin.com/in/priya-raman/, served by request interception from the
// test fixtures (a small LinkedIn-like single-page app: profiles on both of LinkedIn's front
// ends, and the feed). Nothing goes to the network: every other request is refused.
//
//   npm run demo                        a browser window; stays open until you close it
//   npm run demo -- --headless          no window: walks through the demo, prints what it did,
//                                       saves screenshots in .output/demo/
//   npm run demo -- --with-history      starts with a sample history (25 conversations) so the
//                                       popup has something to show
//
// Builds first when .output/chrome-mv3 is missing. Chromium comes from /usr/bin/chromium, or
// from FIFTEEN_CHROMIUM (e.g. a Chrome for Testing binary on macOS).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import {
  BROWSERS,
  LINKEDIN_CSP,
  LINKEDIN_ORIGIN,
  ROOT,
  browserAvailable,
  launchBrowser,
  pollPage,
  waitForElement,
} from '../tests/e2e/harness.mjs';
import { demoRoutes } from './stage/demo-site.mjs';
import { sampleBackup } from './stage/history.mjs';

const args = new Set(process.argv.slice(2));
if (args.has('--help') || args.has('-h')) {
  console.log('Usage: npm run demo [-- --headless] [-- --with-history]');
  process.exit(0);
}
const START = `${LINKEDIN_ORIGIN}/in/priya-raman/`;
const SHOTS = join(ROOT, '.output', 'demo');
const hasDisplay = process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
let headless = args.has('--headless');

const say = (line = '') => console.log(line);

function ensureBuilt() {
  if (existsSync(join(BROWSERS.chromium.outputDir, 'manifest.json'))) return;
  say('No build in .output/chrome-mv3 yet: running npm run build …');
  const run = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit', shell: process.platform === 'win32' });
  if (run.status !== 0) {
    console.error('The build failed; see above.');
    process.exit(1);
  }
}

/** Answers LinkedIn addresses from the demo's pages; refuses everything else. */
async function serveLinkedIn(page, routes) {
  await page.setRequestInterception(true);
  page.on('request', (req) => {
    if (req.isInterceptResolutionHandled()) return;
    const url = req.url();
    if (/^(chrome-extension|data|blob|about|devtools):/.test(url)) {
      req.continue();
      return;
    }
    const parsed = new URL(url);
    const body = parsed.origin === LINKEDIN_ORIGIN ? routes[parsed.pathname] : undefined;
    if (body !== undefined) {
      req.respond({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        headers: { 'content-security-policy': LINKEDIN_CSP },
        body,
      });
    } else {
      req.abort('blockedbyclient');
    }
  });
}

async function seedHistory(harness) {
  const dir = mkdtempSync(join(tmpdir(), 'fifteen-demo-'));
  const file = join(dir, 'sample-backup.json');
  writeFileSync(file, JSON.stringify(sampleBackup()));
  const page = await harness.openExtensionPage('options.html');
  try {
    const input = await waitForElement(page, 'input[type=file][data-testid="backup-import"]');
    await input.uploadFile(file);
    await pollPage(
      page,
      () => /Imported/.test(document.querySelector('[data-testid="backup-status"]')?.textContent ?? ''),
      null,
      { what: 'the sample history to import', timeout: 30_000 },
    );
    say(`Sample history: ${await page.$eval('[data-testid="backup-status"]', (el) => el.textContent.trim())}`);
  } finally {
    await page.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const helperShown = () => document.querySelectorAll('fifteen-helper').length === 1;
const helperName = () =>
  document.querySelector('fifteen-helper')?.shadowRoot?.querySelector('[data-testid="helper-name"]')?.textContent ??
  null;

/** The headless walk-through: what a person would do in the window, step by step. */
async function walkThrough(harness, page) {
  mkdirSync(SHOTS, { recursive: true });
  const shot = async (name) => {
    const path = join(SHOTS, `${name}.png`);
    await page.screenshot({ path });
    return relative(process.cwd(), path);
  };
  await pollPage(page, helperShown, null, { what: 'the helper on the profile', timeout: 15_000 });
  say(`1. Opened ${START}: the "15-min coffee" button sits beside Connect / Message / More.`);
  say(`   Saved ${await shot('1-profile')}`);

  await page.evaluate(() =>
    document.querySelector('fifteen-helper').shadowRoot.querySelector('[data-testid="helper-toggle"]').click(),
  );
  await pollPage(
    page,
    () => !!document.querySelector('fifteen-helper')?.shadowRoot?.querySelector('[data-testid="draft"]')?.value,
    null,
    { what: 'the draft' },
  );
  const draft = await page.evaluate(
    () => document.querySelector('fifteen-helper').shadowRoot.querySelector('[data-testid="draft"]').value,
  );
  say(`2. Opened the helper for ${await page.evaluate(helperName)}. The draft reads:`);
  say(`   "${draft.replace(/\s+/g, ' ').trim()}"`);
  say(`   Saved ${await shot('2-helper-open')}`);

  await page.evaluate(() =>
    document.querySelector('fifteen-helper').shadowRoot.querySelector('[data-testid="log-request"]').click(),
  );
  await pollPage(
    page,
    () =>
      /logged|Logged/.test(
        document.querySelector('fifteen-helper')?.shadowRoot?.querySelector('.notice')?.textContent ?? '',
      ),
    null,
    { what: 'the request to be logged' },
  );
  say('3. Clicked "Log request": the request is saved in the browser (nothing was sent).');

  await page.evaluate(() =>
    document.querySelector('#fifteen-demo-bar a[data-demo-screen="sdui-profile-view-name"]').click(),
  );
  await pollPage(page, () => location.pathname === '/in/jonas-weber/', null, { what: 'the address to change' });
  await pollPage(page, () => document.querySelector('fifteen-helper')?.dataset.slug === 'jonas-weber', null, {
    what: 'the helper for Jonas Weber',
    timeout: 15_000,
  });
  say(
    "4. Moved in-page (no reload, as on LinkedIn) to Jonas Weber, on LinkedIn's newer front end: the helper followed.",
  );
  say(`   Saved ${await shot('3-second-profile')}`);

  await page.evaluate(() => document.querySelector('#fifteen-demo-bar a[data-demo-screen="feed"]').click());
  await pollPage(
    page,
    () => location.pathname === '/feed/' && document.querySelectorAll('fifteen-helper').length === 0,
    null,
    { what: 'the feed without a helper' },
  );
  say("5. Moved to the feed: no helper there (it only appears on other people's profiles).");

  await popupStep(harness);
}

/** Step 6: the popup shows the request logged, and the points. */
async function popupStep(harness) {
  const popup = await harness.openExtensionPage('popup.html');
  try {
    await pollPage(popup, () => !!document.querySelector('[data-testid="conversations-logged"]'), null, {
      what: 'the popup',
    });
    const logged = await popup.$eval('[data-testid="conversations-logged"]', (el) => el.textContent.trim());
    const total = await popup.$eval('[data-testid="points-total"]', (el) => el.textContent.trim());
    await popup.setViewport({ width: 400, height: 600 });
    const path = join(SHOTS, '4-popup.png');
    await popup.screenshot({ path });
    say(
      `6. The popup: ${logged} conversation(s) logged, ${total} networking point(s) (points come once a chat has happened).`,
    );
    say(`   Saved ${relative(process.cwd(), path)}`);
  } finally {
    await popup.close();
  }
}

async function main() {
  if (!browserAvailable('chromium')) {
    console.error(`Chromium not found at ${BROWSERS.chromium.executablePath}.`);
    console.error(
      'Install it (Debian/Ubuntu: apt-get install -y chromium), or point FIFTEEN_CHROMIUM at a Chromium or Chrome for Testing binary.',
    );
    process.exit(1);
  }
  if (!headless && !hasDisplay) {
    say('There is no display here (neither DISPLAY nor WAYLAND_DISPLAY is set), so no browser window can open.');
    say('Running the demo headless instead: it walks through the steps and saves screenshots.');
    say('On a desktop, run npm run demo to get a window you can click around in.');
    say();
    headless = true;
  }
  ensureBuilt();

  const harness = await launchBrowser('chromium', { headless });
  const routes = demoRoutes();
  const { browser } = harness;
  // Tabs opened later (by you, or by the popup's "Profile" buttons) get the same sample LinkedIn.
  browser.on('targetcreated', async (target) => {
    if (target.type() !== 'page') return;
    const page = await target.page().catch(() => null);
    if (page && !page.url().startsWith('chrome-extension:')) await serveLinkedIn(page, routes).catch(() => {});
  });
  try {
    if (args.has('--with-history')) await seedHistory(harness);
    const page = (await browser.pages()).find((p) => p.url() === 'about:blank') ?? (await browser.newPage());
    await serveLinkedIn(page, routes);
    await page.setViewport(headless ? { width: 1280, height: 900 } : null);
    await page.goto(START, { waitUntil: 'load' });

    if (headless) {
      say('Fifteen demo (headless)');
      say();
      await walkThrough(harness, page);
      say();
      say('Done. Nothing left this machine: every request outside the sample pages was refused.');
      return;
    }

    say('Fifteen demo: a Chromium window is open on a sample LinkedIn profile.');
    say();
    say('  • Click "☕ 15-min coffee" beside Connect / Message / More to open the helper:');
    say('    pick a goal and a kind of message, edit the draft, copy it, log the request.');
    say('  • The brown bar at the bottom links the sample pages: Priya (classic LinkedIn),');
    say('    Jonas (the newer front end), Camille (French interface) and the feed. They change');
    say('    in-page, without a reload, as on LinkedIn; the helper follows.');
    say('  • The popup: click the puzzle-piece icon in the toolbar, pin Fifteen, click the cup.');
    say(`    Or open it as a page: ${harness.extensionUrl('popup.html')}`);
    say(`  • Settings, templates and backup: ${harness.extensionUrl('options.html')}`);
    say('    Put in your name and a one-line pitch there: the drafts use them.');
    say();
    say('These are hand-made sample pages, not LinkedIn; nothing is sent anywhere. Your data lives');
    say('in a throw-away browser profile that is deleted when you close the window.');
    say('Close the browser window (or press Ctrl-C here) to end the demo.');
    await new Promise((resolve) => browser.once('disconnected', resolve));
    say('Browser closed. Bye!');
  } finally {
    await harness.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
