// The panel rows of npm run bench alone, and more cases than the table has room for (node
// bench/panel-open.mjs [--firefox] [--opens N] [--history N] [--extension DIR]): the first open
// of the helper's panel on a fresh page, from the click to the draft on screen — with no pointer or
// focus on the button first (a screen reader's or voice control's click), with the pointer there
// 150 ms before, and while the page is still busy with long tasks. --history seeds that many
// conversations first (bench/data.mjs), as a person who has used Fifteen for a while has. Not
// built here (npm run build first). Prints the browser's version and the load with the figures.
import { loadavg } from 'node:os';
import { launchBrowser } from '../tests/e2e/harness.mjs';
import { measurePanelOpen } from './helper-latency.mjs';
import { seed } from './popup.mjs';
import { median } from './storm.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const kind = args.includes('--firefox') ? 'firefox' : 'chromium';
const opens = option('--opens', 9);
const history = option('--history', 0);
const ms = (x) => `${x.toFixed(x < 10 ? 1 : 0)} ms`;
const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(', ');
const CASES = [
  ['click, no pointer over the button first', {}],
  ['pointer over the button 150 ms before the click', { hover: 150 }],
  ['click while the page is still busy (long tasks)', { busy: true }],
];

// --extension DIR: another build (an older commit's, for a before-and-after on the same load).
const at = args.indexOf('--extension');
const session = await launchBrowser(kind, at >= 0 ? { extensionDir: args[at + 1] } : {});
try {
  console.log(
    `${await session.browser.version()}; ${history.toLocaleString('en')} conversations stored; load average (1, 5, 15 min) ${load()}`,
  );
  if (history) await seed(session, history, Date.now());
  for (const [label, options] of CASES) {
    const { dom, painted } = await measurePanelOpen(session, { opens, ...options });
    console.log(
      `${label.padEnd(50)} painted median ${ms(median(painted))}, max ${ms(Math.max(...painted))}; in the DOM median ${ms(median(dom))}` +
        `  [painted ${painted.map((x) => x.toFixed(0)).join(' ')}]  load ${load()}`,
    );
  }
} finally {
  await session.close();
}
