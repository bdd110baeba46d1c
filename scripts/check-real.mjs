// Holds the built extension to real LinkedIn pages: `npm run check:real -- DIR [--require-all]`.
//
// DIR holds `pages.json` (a list of { file, url, frontEnd, kind, expected: { name, company } })
// and the saved pages it names. Each page is served at its own address, with LinkedIn's Trusted
// Types policy and nothing else reachable, to the production build in real Chromium and Firefox.
// The script waits for the helper (or for long enough that one would have come), opens it, and
// compares the name and company it shows with what a person reads on the page, by the rules in
// docs/linkedin-pages.md:
//
//   - someone else's signed-in profile: a helper, whose name and company are right, or empty
//     where the reader is unsure (counted as "not read", never as right);
//   - the user's own profile, a search, any page that is not a profile: no helper;
//   - a page a signed-out visitor sees (frontEnd "public"): no helper, or one that is exactly right.
//
// A wrong name or company, a helper where none belongs, or no helper on a signed-in profile is
// a failure: the script prints a table and a score and exits 1. With --require-all, a field
// left empty where the page shows it fails too (CI runs the shared pages that way).
//
// Options: --browsers chromium,firefox (default both), --wait MS (how long a page without a
// helper is watched; default 6000, beyond the helper's 4 s patience for an unknown top card).
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { browserAvailable, BROWSERS, launchBrowser, pollPage } from '../tests/e2e/harness.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const dir = args.find((a, i) => !a.startsWith('--') && !['--browsers', '--wait'].includes(args[i - 1]));
if (!dir) {
  console.error('usage: npm run check:real -- DIR [--require-all] [--browsers chromium,firefox] [--wait MS]');
  process.exit(2);
}
const requireAll = args.includes('--require-all');
const kinds = option('--browsers', 'chromium,firefox').split(',').filter(Boolean);
const waitMs = Number(option('--wait', '6000'));
const inCi = process.env.CI === 'true' || process.env.CI === '1';

/** The same text a person compares: NFC, whitespace (not U+3000) collapsed, trimmed. */
const norm = (s) =>
  (s ?? '')
    .normalize('NFC')
    .replace(/[ \t\n\r\f\v\u00a0]+/g, ' ')
    .trim();

async function loadPages(root) {
  const list = JSON.parse(await readFile(join(root, 'pages.json'), 'utf8'));
  if (!Array.isArray(list)) throw new Error(`${root}/pages.json: expected a list of pages`);
  return Promise.all(
    list.map(async (p, i) => {
      if (typeof p?.file !== 'string' || typeof p?.url !== 'string')
        throw new Error(`pages.json[${i}]: needs "file" and "url"`);
      return { ...p, html: await readFile(join(root, p.file), 'utf8') };
    }),
  );
}

/** What the page should get: 'helper' (someone else's signed-in profile), 'none', or 'either'. */
function wanted(p) {
  if (p.kind !== 'profile') return 'none';
  if (p.frontEnd === 'public') return 'either';
  return p.expected?.name ? 'helper' : 'none';
}

/** right / not read (empty) / WRONG, for one field. */
function judge(shown, expected) {
  const s = norm(shown);
  const e = norm(expected);
  if (s === e) return e ? 'right' : 'right (empty)';
  if (!s) return 'not read';
  return 'WRONG';
}

async function helperState(page) {
  return page.evaluate(() => {
    const hosts = document.querySelectorAll('fifteen-helper');
    return { count: hosts.length };
  });
}

async function readHelper(page) {
  await page.evaluate(() => {
    const root = document.querySelector('fifteen-helper')?.shadowRoot;
    root?.querySelector('[data-testid="helper-toggle"]')?.click();
  });
  await pollPage(
    page,
    () => !!document.querySelector('fifteen-helper')?.shadowRoot?.querySelector('[data-testid="helper-name"]'),
    null,
    {
      timeout: 15_000,
      what: 'the helper panel',
    },
  );
  return page.evaluate(() => {
    const root = document.querySelector('fifteen-helper').shadowRoot;
    const text = (id) => root.querySelector(`[data-testid="${id}"]`)?.textContent ?? '';
    return { name: text('helper-name'), company: text('helper-company') };
  });
}

async function checkPage(harness, p) {
  const url = new URL(p.url);
  const tab = await harness.newLinkedInPage({ [url.pathname]: p.html });
  const want = wanted(p);
  const row = {
    page: p.file.replace(/^.*\//, '').replace(/\.html$/, ''),
    want,
    helper: '-',
    name: '',
    company: '',
    verdict: '',
  };
  try {
    await tab.page.goto(url.href, { waitUntil: 'domcontentloaded', timeout: 60_000 });
    // Where a helper belongs, it is waited for longer (a busy machine can be slow to start the
    // content script), but taken as soon as it comes; elsewhere the page is watched for `waitMs`.
    const deadline = Date.now() + (want === 'helper' ? Math.max(waitMs, 20_000) : waitMs);
    let count = 0;
    while (Date.now() < deadline) {
      ({ count } = await helperState(tab.page));
      if (count > 0) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    // Settle: a second helper, or one removed again, would show within a moment.
    await new Promise((r) => setTimeout(r, 300));
    ({ count } = await helperState(tab.page));
    row.helper = String(count);
    if (count > 1) {
      row.verdict = 'FAIL: more than one helper';
      return row;
    }
    if (count === 0) {
      row.verdict = want === 'helper' ? 'FAIL: no helper on a profile' : 'ok';
      return row;
    }
    const shown = await readHelper(tab.page);
    row.name = judge(shown.name, p.expected?.name);
    row.company = judge(shown.company, p.expected?.company);
    row.shownName = shown.name;
    row.shownCompany = shown.company;
    if (want === 'none') row.verdict = 'FAIL: helper on a page that is not someone else’s profile';
    else if (row.name === 'WRONG' || row.company === 'WRONG') row.verdict = 'FAIL: wrong';
    else if (want === 'either' && (row.name !== 'right' || !row.company.startsWith('right')))
      row.verdict = 'FAIL: a public page read only in part';
    else if (row.name === 'not read' || row.company === 'not read')
      row.verdict = requireAll ? 'FAIL: not read' : 'not read';
    else row.verdict = 'ok';
    return row;
  } catch (error) {
    row.verdict = `FAIL: ${error.message.split('\n')[0]}`;
    return row;
  } finally {
    await tab.page.close().catch(() => {});
  }
}

function printTable(kind, version, rows) {
  const cols = ['page', 'want', 'helper', 'name', 'company', 'verdict'];
  const width = Object.fromEntries(cols.map((c) => [c, Math.max(c.length, ...rows.map((r) => String(r[c]).length))]));
  console.log(`\n${kind} (${version})`);
  console.log(cols.map((c) => c.padEnd(width[c])).join('  '));
  console.log(cols.map((c) => '-'.repeat(width[c])).join('  '));
  for (const r of rows) {
    console.log(cols.map((c) => String(r[c]).padEnd(width[c])).join('  '));
    if (r.name === 'WRONG' || r.company === 'WRONG')
      console.log(`    shown: name "${r.shownName}", company "${r.shownCompany}"`);
  }
}

const pages = await loadPages(resolve(dir));
let failed = false;
const summary = [];
for (const kind of kinds) {
  if (!(kind in BROWSERS)) throw new Error(`--browsers: unknown browser ${kind}`);
  if (!browserAvailable(kind)) {
    console.error(`${kind}: not installed at ${BROWSERS[kind].executablePath}`);
    if (inCi) failed = true;
    continue;
  }
  const harness = await launchBrowser(kind);
  let rows;
  let version;
  try {
    version = await harness.browser.version();
    rows = [];
    for (const p of pages) rows.push(await checkPage(harness, p));
  } finally {
    await harness.close();
  }
  printTable(kind, version, rows);
  const ok = rows.filter((r) => r.verdict === 'ok').length;
  const wrong = rows.filter((r) => r.name === 'WRONG' || r.company === 'WRONG').length;
  summary.push(`${kind}: ${ok}/${rows.length} pages right, ${wrong} with a wrong name or company`);
  if (rows.some((r) => r.verdict.startsWith('FAIL'))) failed = true;
}
console.log(`\n${summary.join('\n')}`);
console.log(failed ? 'check:real FAILED' : 'check:real passed');
process.exit(failed ? 1 : 0);
