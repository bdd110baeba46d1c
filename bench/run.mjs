// npm run bench: builds both browsers, then measures Fifteen in real Chromium (and Firefox where
// it can) and prints one table — metric, browser, value, target, met? — with the machine above
// it and the content script's per-module breakdown below. Benchmarks measure; they never fail
// on a number (tests check behaviour, not wall-clock time).
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { BROWSERS, browserAvailable, launchBrowser } from '../tests/e2e/harness.mjs';
import { buildWithBreakdown, injectedBytes, panelBytes } from './size.mjs';
import { measureHelperLatency, measurePanelOpen } from './helper-latency.mjs';
import { emptyExtension, measureStorm, median, stormRows } from './storm.mjs';
import { ALERT_WINDOW_PREFS, measurePopup } from './popup.mjs';
import { measureBackup } from './backup.mjs';

const started = Date.now();
const loadAtStart = loadavg();
const rows = [];
/** What each launched browser says it is (puppeteer's browser.version()), printed with the table. */
const versions = new Set();
const row = (metric, browser, value, target = '', met = '') => rows.push({ metric, browser, value, target, met });
const yes = (ok) => (ok ? 'yes' : 'NO');
const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
const ms = (x) => `${x.toFixed(x < 10 ? 1 : 0)} ms`;
const note = (msg) => console.error(`[bench ${((Date.now() - started) / 1000).toFixed(0)}s] ${msg}`);

/**
 * The popup rows for one browser: time to points, and to everything (the lists too), at 1k, 10k
 * and 50k (bench/popup.mjs). `label` goes in the browser column (Firefox is measured twice, the
 * second time with alert windows).
 */
async function popupRows(session, kind, nowMs, label = kind) {
  for (const [n, target, allTarget] of [
    [1_000, null, null],
    [10_000, 100, null],
    [50_000, 250, 250],
  ]) {
    note(`popup with ${n.toLocaleString('en')} conversations in ${label}…`);
    try {
      const { samples, all, firstOpen, seeded, late } = await measurePopup(session, n, { nowMs, opens: 5 });
      const m = median(samples);
      // Firefox only, never seen so far: those opens' times are upper bounds (see popup.mjs).
      const lateNote = late ? ` (${late} of ${samples.length + 1} opens timed late: upper bounds)` : '';
      row(
        `popup to points, ${n.toLocaleString('en')}, first open after an update (no index yet)`,
        label,
        ms(firstOpen),
      );
      row(
        `popup to points, ${n.toLocaleString('en')} conversations (median of ${samples.length}; max)${lateNote}`,
        label,
        `${ms(m)}; ${ms(Math.max(...samples))}`,
        target ? `≤ ${target} ms` : '',
        target ? yes(m <= target) : '',
      );
      const a = median(all);
      row(
        `popup, everything shown (lists too), ${n.toLocaleString('en')} (median of ${all.length}; max)`,
        label,
        `${ms(a)}; ${ms(Math.max(...all))}`,
        allTarget ? `≤ ${allTarget} ms` : '',
        allTarget ? yes(a <= allTarget) : '',
      );
      // storage.local.getBytesInUse is Chromium's only.
      if (n === 50_000 && kind === 'chromium')
        row(
          `storage used, 50,000 conversations + ${seeded.contacts.toLocaleString('en')} contacts (seeded)`,
          kind,
          `${(seeded.bytes / 1e6).toFixed(1)} MB`,
        );
    } catch (e) {
      row(
        `popup to points, ${n.toLocaleString('en')} conversations`,
        label,
        `failed: ${e.message.split('\n')[0].slice(0, 80)}`,
      );
    }
  }
}

/**
 * The backup rows for one browser: the same import and export three times (the store cleared
 * before each); on a shared 2-core machine one run can be off by a second either way, so the
 * median is the number.
 */
async function backupRows(session, kind, nowMs) {
  const RUNS = 3;
  const backups = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      note(`backup import and export of 50,000 conversations in ${kind} (${i + 1} of ${RUNS})…`);
      backups.push(await measureBackup(session, 50_000, nowMs));
    }
  } catch (e) {
    row(
      'backup import, 50,000 conversations into an empty store',
      kind,
      `failed: ${e.message.split('\n')[0].slice(0, 80)}`,
      '≤ 2000 ms',
      '',
    );
    return;
  }
  const kinds = (which) => [...new Set(backups.map((b) => b[which].kind))].join(', ');
  const imports = backups.map((b) => b.imported.t1 - b.imported.t0);
  const exports = backups.map((b) => b.exported.t1 - b.exported.t0);
  const allOk = backups.every((b) => b.imported.kind === 'ok');
  row(
    `backup import, 50,000 conversations into an empty store (median of ${RUNS}; max) (${kinds('imported')})`,
    kind,
    `${ms(median(imports))}; ${ms(Math.max(...imports))}`,
    '≤ 2000 ms',
    yes(allOk && median(imports) <= 2000),
  );
  row(
    `backup export, 50,000 conversations (median of ${RUNS}; max) (${kinds('exported')})`,
    kind,
    `${ms(median(exports))}; ${ms(Math.max(...exports))}`,
  );
  if (kind === 'chromium')
    row('storage used after the import (getBytesInUse)', kind, `${(backups.at(-1).bytes / 1e6).toFixed(1)} MB`);
  for (const b of backups) if (b.imported.kind !== 'ok') note(`${kind} import said: ${b.imported.message}`);
}

function machine() {
  const cpu = /model name\s*:\s*(.*)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? cpus()[0]?.model ?? '?';
  const version = (kind) => {
    if (!browserAvailable(kind)) return 'not installed';
    try {
      return execFileSync(BROWSERS[kind].executablePath, ['--version'], { encoding: 'utf8', timeout: 20_000 }).trim();
    } catch {
      return 'unknown version';
    }
  };
  return [
    `CPU      ${cpu}, ${cpus().length} cores`,
    `Memory   ${(totalmem() / 2 ** 30).toFixed(1)} GiB`,
    `Node     ${process.version}`,
    `Chromium ${version('chromium')}`,
    `Firefox  ${version('firefox')}`,
    ...[...versions].map((v) => `Measured ${v}`),
    `Load     1-minute load average ${loadAtStart[0].toFixed(2)} at the start, ${loadavg()[0].toFixed(2)} at the end`,
  ].join('\n');
}

async function launch(kind, options) {
  const session = await launchBrowser(kind, options);
  versions.add(`${kind}: ${await session.browser.version()}`);
  return session;
}

async function withBrowser(kind, options, fn) {
  const session = await launch(kind, options);
  try {
    return await fn(session);
  } finally {
    await session.close();
  }
}

// ---- 1. bytes injected -----------------------------------------------------------------------
note('building both browsers (Chrome with --analyze)…');
const modules = buildWithBreakdown();
for (const [kind, label] of [
  ['chromium', 'chromium'],
  ['firefox', 'firefox'],
]) {
  const { raw, gzip } = injectedBytes(kind);
  row('injected into a LinkedIn page (raw)', label, kb(raw));
  row('injected into a LinkedIn page (gzip -9)', label, kb(gzip), '≤ 12 KB', yes(gzip <= 12 * 1024));
  const panel = panelBytes(kind);
  row(
    '+ the panel, injected when the user opens the helper (raw; gzip -9)',
    label,
    `${kb(panel.raw)}; ${kb(panel.gzip)}`,
  );
}

// ---- 2. helper latency, both browsers ----------------------------------------------------------
for (const kind of ['chromium', 'firefox']) {
  if (!browserAvailable(kind)) {
    row('helper after top card (median)', kind, 'skipped: not installed', '≤ 50 ms', '');
    continue;
  }
  note(`helper latency in ${kind}…`);
  try {
    const samples = await withBrowser(kind, {}, (s) => measureHelperLatency(s, { navigations: 16 }));
    row(
      `helper after top card, median of ${samples.length} navigations`,
      kind,
      ms(median(samples)),
      '≤ 50 ms',
      yes(median(samples) <= 50),
    );
    row('helper after top card, max', kind, ms(Math.max(...samples)));
    // The panel's first open (bench/panel-open.mjs has more cases): the click with nothing fetched
    // ahead (no pointer or focus first: a screen reader's or voice control's click), and the same
    // while the page is busy.
    await withBrowser(kind, {}, async (s) => {
      for (const [what, options] of [
        ['draft on screen after a first click, nothing fetched ahead', {}],
        ['the same while the page runs long tasks', { busy: true }],
      ]) {
        const { painted } = await measurePanelOpen(s, { opens: 9, ...options });
        const m = median(painted);
        const target = !options.busy;
        row(
          `panel: ${what} (median of ${painted.length}; max)`,
          kind,
          `${ms(m)}; ${ms(Math.max(...painted))}`,
          target ? '≤ 50 ms' : '',
          target ? yes(m <= 50) : '',
        );
      }
    });
  } catch (e) {
    row('helper after top card', kind, `failed: ${e.message.split('\n')[0].slice(0, 80)}`);
  }
}

// ---- 3–6. Chromium (CDP metrics, getBytesInUse); popup and backup in Firefox in 7 ---------------
const empty = await emptyExtension();
try {
  await withBrowser('chromium', {}, async (chromium) => {
    note('DOM storm, with and without the extension…');
    await withBrowser('chromium', { extensionDir: empty }, async (baseline) => {
      const storm = await measureStorm(chromium, baseline, { rounds: 15, profiled: 3, log: note });
      rows.push(...stormRows(storm));
    });

    const nowMs = Date.now();
    await popupRows(chromium, 'chromium', nowMs);
    await backupRows(chromium, 'chromium', nowMs);
  });
} finally {
  await rm(empty, { recursive: true, force: true });
}

// ---- 7. popup and backup in Firefox ---------------------------------------------------------
// The same measurements (bench/popup.mjs, bench/backup.mjs say how they are taken in Firefox).
// Firefox gets a throw-away HOME: without CDP the export's download can't be denied, so it is
// saved, into a temporary Downloads folder removed afterwards.
if (!browserAvailable('firefox')) {
  row('popup to points, 10,000 conversations', 'firefox', 'skipped: not installed', '≤ 100 ms', '');
} else {
  const home = await mkdtemp(join(tmpdir(), 'fifteen-bench-home-'));
  const realHome = process.env.HOME;
  let firefox;
  try {
    process.env.HOME = home;
    try {
      firefox = await launch('firefox', {});
    } finally {
      process.env.HOME = realHome;
    }
    const nowMs = Date.now();
    await popupRows(firefox, 'firefox', nowMs);
    await backupRows(firefox, 'firefox', nowMs);
  } catch (e) {
    row('popup and backup', 'firefox', `failed: ${e.message.split('\n')[0].slice(0, 80)}`);
  } finally {
    await firefox?.close();
    await rm(home, { recursive: true, force: true });
  }
  // Again with Firefox's own alert windows for notifications, as in a Firefox without a system
  // notification service (bench/popup.mjs, ALERT_WINDOW_PREFS): headless Firefox ESR 140 already
  // uses them, later versions don't, and with a flood of notifications every extension page
  // waited behind those windows.
  try {
    await withBrowser('firefox', { firefoxPrefs: ALERT_WINDOW_PREFS }, (s) =>
      popupRows(s, 'firefox', Date.now(), 'firefox, alert windows'),
    );
  } catch (e) {
    row('popup, alert windows', 'firefox', `failed: ${e.message.split('\n')[0].slice(0, 80)}`);
  }
}

// ---- the table --------------------------------------------------------------------------------
const header = { metric: 'metric', browser: 'browser', value: 'value', target: 'target', met: 'met?' };
const cols = Object.keys(header);
const width = Object.fromEntries(cols.map((c) => [c, Math.max(...[header, ...rows].map((r) => String(r[c]).length))]));
const line = (r) =>
  cols
    .map((c) => String(r[c]).padEnd(width[c]))
    .join('  ')
    .trimEnd();
console.log(`\n${machine()}\n`);
console.log(line(header));
console.log(cols.map((c) => '-'.repeat(width[c])).join('  '));
for (const r of rows) console.log(line(r));

const total = modules.reduce((s, m) => s + m.bytes, 0);
console.log(`\ncontent-scripts/linkedin.js by module (rendered bytes before minification; ${kb(total)} in all):`);
for (const m of modules.filter((m) => m.bytes >= 500))
  console.log(`  ${kb(m.bytes).padStart(9)}  ${((100 * m.bytes) / total).toFixed(0).padStart(3)}%  ${m.id}`);
const small = modules.filter((m) => m.bytes < 500);
if (small.length)
  console.log(`  ${kb(small.reduce((s, m) => s + m.bytes, 0)).padStart(9)}       ${small.length} smaller modules`);
console.log(`\nbench took ${((Date.now() - started) / 1000).toFixed(0)} s`);
