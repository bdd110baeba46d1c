// What the extension costs while LinkedIn works: the renderer's script time (CDP
// Performance.getMetrics → ScriptDuration) during a storm of DOM changes — 300 tasks, each adding
// 20 feed items and removing 10 (6,000 added, 3,000 removed) — on a feed page, on a profile
// page with the helper shown, and on a profile address whose top card has not arrived (the helper
// awaiting it), in a browser with the extension and in one with an empty extension.
//
// Sound, not just repeated: the two browsers run side by side, in paired rounds whose order
// alternates (with first, then without first), so drift on a shared, busy machine falls on both
// arms of a pair. The result is the median of the paired differences with a distribution-free
// 95% confidence interval (order statistics of the sign test), and the verdict says "yes" only
// when the whole interval is at or under the target, "NO" when it is wholly above, and
// "unresolved" otherwise. Garbage is collected before every storm, so one arm doesn't pay for
// the other's garbage or for the page's start-up; each arm reports the work it did (items added,
// removed, left), which must be the same in both; and the CPU time of the renderer's tasks
// (TaskDuration) and the main thread's CPU time (ThreadTime) are differenced the same way, as
// cross-checks that include the browser's own work for the extension (building and delivering
// mutation records is not script time). ScriptDuration and TaskDuration are wall-clock: on a
// busy machine a descheduled thread counts in them, so ThreadTime is the steadier of the three.
//
// The page is shown first, then the storm runs in a tab behind another one, so the renderer
// paints nothing: painting and layout are the same with and without the extension, and with
// them a run takes ten times as long. The same storm is also run under the CPU profiler, which
// attributes script time to the
// content script's own file: the extension's JavaScript measured directly.
//
//   node bench/storm.mjs [rounds] [--ext DIR] [--page NAME]
//       just the storm rows, for the built Chrome extension (npm run build) or another unpacked one
//       (a before); --page limits them to one of PAGES ("feed", "profile", "awaiting")
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { fixture, launchBrowser } from '../tests/e2e/harness.mjs';

export const PAGES = {
  feed: { path: '/feed/', html: fixture('feed') },
  profile: { path: '/in/priya-raman/', html: fixture('classic-profile') },
  // The bad case: a profile address whose top card has not arrived (LinkedIn still rendering it,
  // or having taken it away) while the page keeps changing. The helper awaits the card all along.
  awaiting: { path: '/in/priya-raman/', html: fixture('classic-skeleton') },
};

export const TARGET_MS = 5;
const STORM = { tasks: 300, add: 20, remove: 10 };

// Runs in the page: the storm. Items are built with DOM calls (LinkedIn's Trusted Types forbid
// HTML strings), each a small post with an author link, text and buttons. Returns the work done.
function storm({ tasks, add, remove }) {
  const feed = document.querySelector('main') ?? document.body;
  let n = 0;
  let removed = 0;
  const item = () => {
    const post = document.createElement('div');
    post.className = 'feed-shared-update-v2 bench-item';
    const actor = document.createElement('a');
    actor.href = `https://www.linkedin.com/in/bench-person-${n}/`;
    actor.textContent = `Bench Person ${n}`;
    const text = document.createElement('p');
    text.textContent = `Post ${n++}: we are hiring, and here is what I learnt this week about teams.`;
    const actions = document.createElement('div');
    for (const label of ['Like', 'Comment', 'Repost', 'Send']) {
      const b = document.createElement('button');
      b.type = 'button';
      b.textContent = label;
      actions.append(b);
    }
    post.append(actor, text, actions);
    return post;
  };
  // Each step is its own task, posted through a MessageChannel: setTimeout's 4 ms clamp on
  // nested timers would stretch the storm without changing the work in it.
  const live = [];
  const channel = new MessageChannel();
  return new Promise((done) => {
    let left = tasks;
    channel.port1.onmessage = () => {
      for (let i = 0; i < add; i++) {
        const el = item();
        live.push(el);
        feed.append(el);
      }
      for (const el of live.splice(0, remove)) {
        el.remove();
        removed++;
      }
      if (--left > 0) channel.port2.postMessage(0);
      else
        setTimeout(() =>
          // The page's elements, less the extension's own (the helper), must be the same in both arms.
          done({
            added: n,
            removed,
            left: feed.querySelectorAll(':scope > .bench-item').length,
            inPage: document.getElementsByTagName('*').length - document.getElementsByTagName('fifteen-helper').length,
            helpers: document.getElementsByTagName('fifteen-helper').length,
          }),
        );
    };
    channel.port2.postMessage(0);
  });
}

async function metrics(cdp) {
  const { metrics: m } = await cdp.send('Performance.getMetrics');
  const get = (name) => (m.find((x) => x.name === name)?.value ?? NaN) * 1000;
  return { script: get('ScriptDuration'), task: get('TaskDuration'), cpu: get('ThreadTime') };
}

/** Self time (ms) of each script URL in a CDP CPU profile. */
function selfTimeByUrl(profile) {
  const urlOf = new Map(profile.nodes.map((n) => [n.id, n.callFrame.url]));
  const out = new Map();
  // A sample lasts until the next one (timeDeltas[i] is the gap *before* sample i).
  profile.samples.forEach((id, i) => {
    const url = urlOf.get(id) ?? '';
    const us = profile.timeDeltas[i + 1] ?? 0;
    out.set(url, (out.get(url) ?? 0) + us / 1000);
  });
  return out;
}

/**
 * One storm on a fresh page, after a forced GC. Returns { script, task } (ms) and the work done,
 * or with `profile`, the self time of the extension's scripts (chrome-extension:// URLs) under
 * the sampling profiler.
 */
async function once(session, which, { profile = false } = {}) {
  const { path, html } = PAGES[which];
  const { page, open } = await session.newLinkedInPage({ [path]: html });
  let cover;
  try {
    // The page is shown first, as a person opening it sees it: the content script starts and (on
    // the profile) mounts the helper and reads storage, and the page renders (which is when
    // IntersectionObservers report). Then it goes behind another tab for the storm.
    await open(path);
    await page.bringToFront();
    await new Promise((r) => setTimeout(r, 300));
    cover = await session.browser.newPage();
    await cover.bringToFront();
    await new Promise((r) => setTimeout(r, 100));
    const cdp = await page.createCDPSession();
    try {
      await cdp.send('HeapProfiler.collectGarbage');
      if (profile) {
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
        await cdp.send('Profiler.start');
        const work = await page.evaluate(storm, STORM);
        const { profile: p } = await cdp.send('Profiler.stop');
        let own = 0;
        for (const [url, t] of selfTimeByUrl(p)) if (url.startsWith('chrome-extension://')) own += t;
        return { own, work };
      }
      await cdp.send('Performance.enable');
      const before = await metrics(cdp);
      const work = await page.evaluate(storm, STORM);
      const after = await metrics(cdp);
      return {
        script: after.script - before.script,
        task: after.task - before.task,
        cpu: after.cpu - before.cpu,
        work,
      };
    } finally {
      await cdp.detach().catch(() => {});
    }
  } finally {
    await cover?.close();
    await page.close();
  }
}

const sameWork = (a, b) => a.added === b.added && a.removed === b.removed && a.left === b.left && a.inPage === b.inPage;

/**
 * Paired, interleaved rounds per page: each round runs one storm with the extension and one
 * without, the order alternating from round to round. Returns, per page, the samples of each arm,
 * the paired differences and the work each arm did.
 */
export async function measureStorm(
  withExt,
  withoutExt,
  { rounds = 15, profiled = 3, log = () => {}, pages = Object.keys(PAGES) } = {},
) {
  const out = {};
  for (const which of pages) {
    const loadBefore = loadavg()[0];
    await once(withExt, which); // warm-up, not counted
    await once(withoutExt, which);
    const pairs = [];
    for (let i = 0; i < rounds; i++) {
      const withFirst = i % 2 === 0;
      const first = await once(withFirst ? withExt : withoutExt, which);
      const second = await once(withFirst ? withoutExt : withExt, which);
      const [w, wo] = withFirst ? [first, second] : [second, first];
      pairs.push({ with: w, without: wo, withFirst });
      log(
        `${which} round ${i + 1}/${rounds} (${withFirst ? 'with first' : 'without first'}): script ${w.script.toFixed(1)} − ${wo.script.toFixed(1)} = ${(w.script - wo.script).toFixed(1)} ms; tasks ${(w.task - wo.task).toFixed(1)} ms; CPU ${(w.cpu - wo.cpu).toFixed(1)} ms`,
      );
    }
    const own = [];
    for (let i = 0; i < profiled; i++) own.push((await once(withExt, which, { profile: true })).own);
    const works = pairs.flatMap((p) => [p.with.work, p.without.work]);
    // On the profile the helper must be there in every storm with the extension, or the cost
    // measured is not the cost of the helper being shown.
    const helpers = [...new Set(pairs.map((p) => p.with.work.helpers))];
    out[which] = {
      pairs,
      own,
      sameWork: works.every((w) => sameWork(w, works[0])),
      work: works[0],
      helpers,
      load: [loadBefore, loadavg()[0]],
    };
  }
  return out;
}

// ---- statistics ---------------------------------------------------------------------------------

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

function binomialCdf(k, n) {
  let p = 0;
  let c = 1; // C(n, 0)
  for (let i = 0; i <= k; i++) {
    p += c / 2 ** n;
    c = (c * (n - i)) / (i + 1);
  }
  return p;
}

/**
 * Distribution-free confidence interval for a median (the sign test's order statistics): the
 * k-th smallest and k-th largest samples, with k the largest for which the coverage is still at
 * least `level`. Returns { lo, hi, coverage }; with too few samples, the whole range.
 */
export function medianCi(xs, level = 0.95) {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  let k = 1;
  while (k + 1 <= n / 2 && 1 - 2 * binomialCdf(k, n) >= level) k++;
  const coverage = 1 - 2 * binomialCdf(k - 1, n);
  return { lo: s[k - 1], hi: s[n - k], coverage };
}

/**
 * yes when the whole interval is within the target, NO when it is wholly above, else unresolved.
 * An interval wholly below zero says the extension made the page faster: no content script does,
 * so the two browsers differed by more than the extension (a busy machine favouring one of them),
 * and the yes is marked as suspect.
 */
export const verdict = ({ lo, hi }, target = TARGET_MS) =>
  hi < 0 ? 'yes (suspect: CI < 0)' : hi <= target ? 'yes' : lo > target ? 'NO' : 'unresolved';

const ms = (x) => `${x.toFixed(Math.abs(x) < 10 ? 1 : 0)} ms`;
const signed = (x) => `${x >= 0 ? '+' : '−'}${ms(Math.abs(x))}`;
const signedBare = (x) => `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(1)}`;

/** The storm's rows for the bench table: { metric, browser, value, target, met }. */
export function stormRows(storm) {
  const rows = [];
  const row = (metric, value, target = '', met = '') => rows.push({ metric, browser: 'chromium', value, target, met });
  for (const [page, { pairs, own, sameWork: same, work, helpers, load }] of Object.entries(storm)) {
    const n = pairs.length;
    const d = pairs.map((p) => p.with.script - p.without.script);
    const dt = pairs.map((p) => p.with.task - p.without.task);
    const dc = pairs.map((p) => p.with.cpu - p.without.cpu);
    const ci = medianCi(d);
    const cit = medianCi(dt);
    const cic = medianCi(dc);
    const pct = Math.round(100 * ci.coverage);
    // Other work on the machine widens the intervals; say how busy it was.
    row(
      `storm on ${page}: machine load while measuring (1-minute load average, start – end)`,
      `${load[0].toFixed(1)} – ${load[1].toFixed(1)}`,
    );
    row(
      `storm on ${page}: script time with / without (medians of ${n} paired rounds)`,
      `${ms(median(pairs.map((p) => p.with.script)))} / ${ms(median(pairs.map((p) => p.without.script)))}`,
    );
    row(
      `storm on ${page}: with − without, median of ${n} paired diffs [${pct}% CI]`,
      `${signed(median(d))} [${signedBare(ci.lo)}, ${signedBare(ci.hi)}]`,
      `≤ ${TARGET_MS} ms`,
      verdict(ci),
    );
    row(
      `storm on ${page}: task time (TaskDuration) with − without, same pairs [${Math.round(100 * cit.coverage)}% CI]`,
      `${signed(median(dt))} [${signedBare(cit.lo)}, ${signedBare(cit.hi)}]`,
      `≤ ${TARGET_MS} ms`,
      verdict(cit),
    );
    row(
      `storm on ${page}: main-thread CPU (ThreadTime) with − without, same pairs [${Math.round(100 * cic.coverage)}% CI]`,
      `${signed(median(dc))} [${signedBare(cic.lo)}, ${signedBare(cic.hi)}]`,
      `≤ ${TARGET_MS} ms`,
      verdict(cic),
    );
    row(
      `storm on ${page}: same work in both arms (${work.added} added, ${work.removed} removed, ${work.inPage} elements in the page)`,
      same ? 'same' : 'DIFFERENT',
      'same',
      same ? 'yes' : 'NO',
    );
    const wanted = page === 'profile' ? 1 : 0;
    row(
      `storm on ${page}: helpers on the page during the storms with the extension`,
      helpers.join(', '),
      String(wanted),
      helpers.length === 1 && helpers[0] === wanted ? 'yes' : 'NO',
    );
    row(
      `storm on ${page}: content script's own time (CPU profile, median of ${own.length})`,
      ms(median(own)),
      `≤ ${TARGET_MS} ms`,
      median(own) <= TARGET_MS ? 'yes' : 'NO',
    );
  }
  return rows;
}

/** An extension with nothing in it, for the baseline browser: same flags, no content script. */
export async function emptyExtension() {
  const dir = await mkdtemp(join(tmpdir(), 'fifteen-bench-empty-'));
  await writeFile(join(dir, 'manifest.json'), JSON.stringify({ manifest_version: 3, name: 'Empty', version: '1.0' }));
  return dir;
}

// ---- node bench/storm.mjs [rounds]: the storm alone --------------------------------------------
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const at = args.indexOf('--ext');
  const extensionDir = at >= 0 ? args.splice(at, 2)[1] : undefined;
  const pageAt = args.indexOf('--page');
  const pages = pageAt >= 0 ? [args.splice(pageAt, 2)[1]] : undefined;
  const rounds = Number(args[0] ?? 15);
  const started = Date.now();
  const log = (msg) => console.error(`[storm ${((Date.now() - started) / 1000).toFixed(0)}s] ${msg}`);
  const empty = await emptyExtension();
  const withExt = await launchBrowser('chromium', { extensionDir });
  const withoutExt = await launchBrowser('chromium', { extensionDir: empty });
  try {
    const rows = stormRows(await measureStorm(withExt, withoutExt, { rounds, log, pages }));
    console.log(`${await withExt.browser.version()}; 1-minute load average at the end ${loadavg()[0].toFixed(2)}\n`);
    const cols = ['metric', 'browser', 'value', 'target', 'met'];
    const header = { metric: 'metric', browser: 'browser', value: 'value', target: 'target', met: 'met?' };
    const width = Object.fromEntries(
      cols.map((c) => [c, Math.max(...[header, ...rows].map((r) => String(r[c]).length))]),
    );
    const line = (r) =>
      cols
        .map((c) => String(r[c]).padEnd(width[c]))
        .join('  ')
        .trimEnd();
    console.log(line(header));
    console.log(cols.map((c) => '-'.repeat(width[c])).join('  '));
    for (const r of rows) console.log(line(r));
    console.log(`\nstorm took ${((Date.now() - started) / 1000).toFixed(0)} s`);
  } finally {
    await withExt.close();
    await withoutExt.close();
    await rm(empty, { recursive: true, force: true });
  }
}
