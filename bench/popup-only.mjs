// The popup rows of npm run bench alone (node bench/popup-only.mjs [sizes…] [--opens N]
// [--firefox] [--alert-windows]): for working on the popup without the whole run. Same
// measurement as bench/run.mjs; not built here. --alert-windows (Firefox) sets
// alerts.useSystemBackend=false, so notifications are Firefox's own alert windows, as in a
// Firefox without a system notification service (see bench/run.mjs). Prints the browser's version
// and the machine's load with the figures.
import { loadavg } from 'node:os';
import { launchBrowser } from '../tests/e2e/harness.mjs';
import { ALERT_WINDOW_PREFS, measurePopup } from './popup.mjs';
import { median } from './storm.mjs';

const args = process.argv.slice(2);
const flag = (name) => {
  const at = args.indexOf(name);
  return at >= 0 && (args.splice(at, 1), true);
};
const kind = flag('--firefox') ? 'firefox' : 'chromium';
const alertWindows = flag('--alert-windows');
const opensAt = args.indexOf('--opens');
const opens = opensAt >= 0 ? Number(args.splice(opensAt, 2)[1]) : 5;
const sizes = args.length ? args.map(Number) : [1_000, 10_000, 50_000];
const ms = (x) => `${x.toFixed(x < 10 ? 1 : 0)} ms`;
const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(', ');
const session = await launchBrowser(kind, alertWindows ? { firefoxPrefs: ALERT_WINDOW_PREFS } : {});
try {
  console.log(
    `${await session.browser.version()}${alertWindows ? ', alerts.useSystemBackend=false' : ''}; load average (1, 5, 15 min) ${load()}`,
  );
  const nowMs = Date.now();
  for (const n of sizes) {
    const { samples, all, firstOpen, late } = await measurePopup(session, n, { nowMs, opens });
    console.log(
      `${n.toLocaleString('en').padStart(6)}: first open ${ms(firstOpen)}; points median ${ms(median(samples))}, max ${ms(Math.max(...samples))}; everything median ${ms(median(all))}` +
        `  [points ${samples.map((x) => x.toFixed(0)).join(' ')}] [all ${all.map((x) => x.toFixed(0)).join(' ')}]` +
        (late ? ` (${late} opens timed late: upper bounds)` : '') +
        `  load ${load()}`,
    );
  }
} finally {
  await session.close();
}
