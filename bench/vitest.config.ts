// Benchmarks run with Vitest (for WXT's fakeBrowser and the @ alias), but never with the tests:
// they measure and print, they don't assert times.  npx vitest run --config bench/vitest.config.ts
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: { include: ['bench/**/*.bench-run.ts'], environment: 'node', testTimeout: 300_000 },
});
