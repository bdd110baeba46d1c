// Runs the end-to-end tests (tests/e2e/*.test.mjs) with Node's test runner, once per browser.
//
//   npm run test:e2e                         both browsers
//   FIFTEEN_BROWSERS=firefox npm run test:e2e
//
// A missing browser is skipped with a note on a developer's machine and is a failure in CI
// (CI=true): CI must test both. The tests need a build (npm run build); they don't make one.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { BROWSERS, ROOT, browserAvailable } from './harness.mjs';

const inCi = process.env.CI === 'true' || process.env.CI === '1';
const requested = (process.env.FIFTEEN_BROWSERS ?? 'chromium,firefox')
  .split(',')
  .map((s) => s.trim())
  .filter(Boolean);

for (const kind of requested) {
  if (!(kind in BROWSERS)) {
    console.error(`FIFTEEN_BROWSERS: unknown browser "${kind}" (expected ${Object.keys(BROWSERS).join(', ')})`);
    process.exit(2);
  }
}

const testDir = join(ROOT, 'tests', 'e2e');
const files = readdirSync(testDir)
  .filter((f) => f.endsWith('.test.mjs'))
  .sort()
  .map((f) => join(testDir, f));

const results = [];
for (const kind of requested) {
  const spec = BROWSERS[kind];
  if (!existsSync(join(spec.outputDir, 'manifest.json'))) {
    console.error(`${spec.outputDir}/manifest.json is missing: run npm run build first`);
    process.exit(1);
  }
  if (!browserAvailable(kind)) {
    const note = `${spec.package} not found at ${spec.executablePath} — install it with apt-get install -y ${spec.package}`;
    if (inCi) {
      console.error(`FAILED: ${note}`);
      results.push({ kind, outcome: 'missing' });
    } else {
      console.log(`SKIPPED: ${note}`);
      results.push({ kind, outcome: 'skipped' });
    }
    continue;
  }

  console.log(`\n=== e2e: ${kind} (${spec.executablePath}) ===`);
  const started = Date.now();
  // One file at a time: two browsers at once on a 2-core machine are slow and flaky. A file may
  // take 5 minutes: data.test.mjs's three writers take 110-140 s alone in Firefox ESR 140 (300
  // serialised writes), and more on a busy machine; a hang still ends the run.
  const run = spawnSync(
    process.execPath,
    ['--test', '--test-concurrency=1', '--test-reporter=spec', '--test-timeout=300000', ...files],
    { cwd: ROOT, stdio: 'inherit', env: { ...process.env, FIFTEEN_BROWSER: kind } },
  );
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const outcome = run.status === 0 ? 'passed' : 'failed';
  console.log(`=== e2e: ${kind} ${outcome} in ${seconds} s ===`);
  results.push({ kind, outcome });
}

console.log(`\ne2e summary: ${results.map((r) => `${r.kind} ${r.outcome}`).join(', ')}`);
process.exit(results.some((r) => r.outcome === 'failed' || r.outcome === 'missing') ? 1 : 0);
