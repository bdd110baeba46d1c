// Bytes injected into a LinkedIn page: the built content script (and any CSS the manifest
// injects with it), raw and gzip, per browser; and a per-module breakdown from the stats that
// `wxt build --analyze` writes (module sizes as rendered into the bundle, before minification).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { BROWSERS, ROOT } from '../tests/e2e/harness.mjs';

const npx = (args) => {
  const run = spawnSync('npx', args, { cwd: ROOT, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`npx ${args.join(' ')} failed:\n${run.stdout}\n${run.stderr}`);
};

/** Builds both browsers (Chrome with --analyze) and returns the content script's modules. */
export function buildWithBreakdown() {
  const stats = join(ROOT, 'stats.html');
  npx(['wxt', 'build', '-b', 'firefox']);
  npx(['wxt', 'build', '-b', 'chrome', '--analyze']);
  try {
    const html = readFileSync(stats, 'utf8');
    const data = JSON.parse(/const data = (\{.*?\});\s*\n/s.exec(html)[1]);
    const modules = [];
    for (const meta of Object.values(data.nodeMetas)) {
      const part = meta.moduleParts['content-scripts/linkedin.js'];
      if (part)
        modules.push({
          id: meta.id.replace(/\0/g, '').replace(/^.*node_modules\//, ''),
          bytes: data.nodeParts[part].renderedLength,
        });
    }
    return modules.sort((a, b) => b.bytes - a.bytes);
  } finally {
    rmSync(stats, { force: true });
  }
}

/** { raw, gzip } bytes of the helper's panel, which the background injects when the user opens it. */
export function panelBytes(kind) {
  const bytes = readFileSync(join(BROWSERS[kind].outputDir, 'content-scripts', 'linkedin-panel.js'));
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

/** { raw, gzip } bytes of what the manifest injects into LinkedIn pages in one browser. */
export function injectedBytes(kind) {
  const dir = BROWSERS[kind].outputDir;
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  const files = (manifest.content_scripts ?? [])
    .filter((cs) => cs.matches.some((m) => m.includes('linkedin.com')))
    .flatMap((cs) => [...(cs.js ?? []), ...(cs.css ?? [])]);
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const path = join(dir, file);
    if (!existsSync(path)) throw new Error(`${path} is in the manifest but missing`);
    const bytes = readFileSync(path);
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { raw, gzip, files };
}
