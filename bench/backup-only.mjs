// The backup rows of npm run bench alone (node bench/backup-only.mjs [--runs N] [--firefox]
// [--settle S]): for working on import and export without the whole run. Same measurement as
// bench/run.mjs; not built here. --settle waits S seconds before each run, so that the
// background's work after the previous import (reminders over 50,000 conversations: in Firefox
// it shares the pages' process) is over; bench/run.mjs does not wait.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBrowser } from '../tests/e2e/harness.mjs';
import { measureBackup } from './backup.mjs';
import { median } from './storm.mjs';

const args = process.argv.slice(2);
const flag = (name) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const kind = args.includes('--firefox') ? 'firefox' : 'chromium';
const runs = Number(flag('--runs') ?? 3);
const settle = Number(flag('--settle') ?? 0);
// Firefox saves the export's download (no CDP to deny it): into a throw-away HOME.
const home = await mkdtemp(join(tmpdir(), 'fifteen-bench-home-'));
const realHome = process.env.HOME;
if (kind === 'firefox') process.env.HOME = home;
const session = await launchBrowser(kind, {});
process.env.HOME = realHome;
try {
  const imports = [];
  const exports = [];
  for (let i = 0; i < runs; i++) {
    if (settle) await new Promise((r) => setTimeout(r, settle * 1000));
    const { imported, exported } = await measureBackup(session, 50_000);
    imports.push(imported.t1 - imported.t0);
    exports.push(exported.t1 - exported.t0);
    console.log(
      `run ${i + 1}: import ${(imported.t1 - imported.t0).toFixed(0)} ms (${imported.kind}), export ${(exported.t1 - exported.t0).toFixed(0)} ms (${exported.kind})`,
    );
  }
  console.log(
    `${kind}: import median ${median(imports).toFixed(0)} ms, max ${Math.max(...imports).toFixed(0)} ms; export median ${median(exports).toFixed(0)} ms`,
  );
} finally {
  await session.close();
  await rm(home, { recursive: true, force: true });
}
