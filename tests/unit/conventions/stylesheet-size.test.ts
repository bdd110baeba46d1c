// Small modules, one job each (README, Layout): ESLint holds the 300-line limit for the code;
// it does not read stylesheets, so this test does. A stylesheet that grows past it is split by
// what it styles (as popup/ and options/ are: theme, frame, parts).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..', '..');
const MAX_LINES = 300;

function stylesheets(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? stylesheets(join(dir, e.name)) : e.name.endsWith('.css') ? [join(dir, e.name)] : [],
  );
}

describe('stylesheets', () => {
  const files = ['entrypoints', 'components'].flatMap((d) => stylesheets(join(ROOT, d)));

  it('are found', () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it(`are at most ${MAX_LINES} lines each`, () => {
    const long = files
      .map((f) => ({ file: relative(ROOT, f), lines: readFileSync(f, 'utf8').split('\n').length - 1 }))
      .filter((f) => f.lines > MAX_LINES);
    expect(long).toEqual([]);
  });
});
