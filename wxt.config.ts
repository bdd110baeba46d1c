// Build configuration for both browsers. Chrome gets Manifest V3; Firefox gets Manifest V3 too
// (see README: one manifest shape, `action` everywhere, event-page background in Firefox).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';

export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: 'Fifteen',
    description:
      'Ask for a 15-minute coffee on LinkedIn, log how it went, and watch your networking points grow. Private: nothing leaves your browser.',
    // No unlimitedStorage: records are stored compressed, so 50,000 conversations and 10,000
    // contacts take under 5 MB of Chrome's 10 MB storage.local quota.
    // `scripting` injects the helper's panel into a LinkedIn tab when the user opens it, so every
    // LinkedIn page gets only the small button script (issue #6). It adds no install warning:
    // the LinkedIn host permission is what lets it run there.
    permissions: ['storage', 'alarms', 'notifications', 'scripting'],
    host_permissions: ['https://www.linkedin.com/*'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'fifteen@fifteen-coffee.app',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  hooks: {
    // The content script runs on every LinkedIn page, so its size matters (docs/product.md, issue #6).
    // There it uses only runtime.sendMessage, runtime.id and storage.onChanged, which Chrome's
    // MV3 `chrome` and Firefox's `browser` both offer with promises: it takes WXT's plain
    // `browser` instead of webextension-polyfill (~3 KB gzip), which the pages and the
    // background keep.
    // The popup's first script (entrypoints/popup-points/) likewise needs only storage, and must be small.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((e) => e.type === 'content-script' || e.name === 'popup-points')) return;
      const alias = config.resolve?.alias;
      const plain = fileURLToPath(import.meta.resolve('wxt/browser'));
      if (Array.isArray(alias)) alias.unshift({ find: /^wxt\/browser$/, replacement: plain });
      else config.resolve = { ...config.resolve, alias: { ...alias, 'wxt/browser': plain } };
    },
  },
  zip: {
    name: 'fifteen',
    // The reviewers' sources package needs the code, not the README's pictures.
    excludeSources: ['docs/**', 'bench/results/**'],
  },
});
