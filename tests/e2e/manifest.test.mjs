// The built manifest (FIFTEEN_BROWSER's, from npm run build) holds to the ground rules
// (docs/product.md) against an allowed
// list: only the permissions the features need, only LinkedIn's host, nothing web-accessible,
// no outside connections, no loosened content security policy. Needs no browser; it runs in the
// e2e run because that is where a build is guaranteed. (No browser is started, so there is no
// request to count here; the other e2e files count them.)
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BROWSERS, FIREFOX_ADDON_ID, ROOT, builtManifest, currentBrowserKind } from './harness.mjs';

const kind = currentBrowserKind();
const LINKEDIN = 'https://www.linkedin.com/*';

/** Every top-level key the manifest may have; anything else is a change to look at first. */
const ALLOWED_KEYS = new Set([
  'manifest_version',
  'name',
  'description',
  'version',
  'icons',
  'permissions',
  'host_permissions',
  'action',
  'background',
  'options_ui',
  'content_scripts',
  ...(kind === 'firefox' ? ['browser_specific_settings'] : []),
]);
const CONTENT_SCRIPT_KEYS = new Set(['matches', 'js', 'css', 'run_at', 'exclude_matches']);

describe(`manifest (${kind})`, () => {
  const manifest = builtManifest(kind);
  const dir = BROWSERS[kind].outputDir;

  test('has only allowed top-level keys', () => {
    assert.deepEqual(
      Object.keys(manifest).filter((k) => !ALLOWED_KEYS.has(k)),
      [],
    );
    assert.equal(manifest.manifest_version, 3);
    assert.equal(manifest.version, JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
  });

  test('asks for exactly storage, alarms, notifications and scripting, and LinkedIn', () => {
    // scripting: the helper's panel is injected into a LinkedIn tab when the user opens it.
    assert.deepEqual([...manifest.permissions].sort(), ['alarms', 'notifications', 'scripting', 'storage']);
    assert.deepEqual(manifest.host_permissions, [LINKEDIN]);
    assert.equal(manifest.optional_permissions, undefined, 'no optional permissions');
    assert.equal(manifest.optional_host_permissions, undefined, 'no optional host permissions');
  });

  test('exposes nothing to pages or other extensions', () => {
    assert.equal(
      manifest.web_accessible_resources,
      undefined,
      'LinkedIn probes web_accessible_resources (docs/product.md)',
    );
    assert.equal(manifest.externally_connectable, undefined, 'no externally_connectable');
  });

  test('keeps the default content security policy', () => {
    assert.equal(
      manifest.content_security_policy,
      undefined,
      'a content_security_policy could only loosen the default',
    );
  });

  test('runs its content script on LinkedIn only, in its own world', () => {
    assert.ok(manifest.content_scripts?.length >= 1, 'a content script');
    for (const [i, cs] of manifest.content_scripts.entries()) {
      assert.deepEqual(cs.matches, [LINKEDIN], `content_scripts[${i}].matches`);
      assert.deepEqual(
        Object.keys(cs).filter((k) => !CONTENT_SCRIPT_KEYS.has(k)),
        [],
        `content_scripts[${i}]: no world, all_frames, match_about_blank…`,
      );
    }
  });

  test('injects nothing but its own panel, and that only on LinkedIn', () => {
    const panel = 'content-scripts/linkedin-panel.js';
    assert.ok(existsSync(join(dir, panel)), `${panel} is built`);
    assert.ok(
      !manifest.content_scripts.some((cs) => cs.js?.includes(panel)),
      'the panel is not injected into every page',
    );
    const background = readFileSync(join(dir, 'background.js'), 'utf8');
    assert.equal((background.match(/executeScript\(/g) ?? []).length, 1, 'one executeScript call');
    assert.ok(background.includes(`/${panel}`), 'it injects the panel file');
  });

  test('its pages and background are its own files', () => {
    assert.equal(manifest.action?.default_popup, 'popup.html');
    assert.equal(manifest.options_ui?.page, 'options.html');
    if (kind === 'chromium') assert.deepEqual(manifest.background, { service_worker: 'background.js' });
    else assert.deepEqual(manifest.background, { scripts: ['background.js'] });
  });

  test(
    kind === 'firefox'
      ? 'carries the Firefox add-on id and declares no data collection'
      : 'carries no Firefox settings',
    () => {
      if (kind === 'firefox') {
        assert.equal(manifest.browser_specific_settings?.gecko?.id, FIREFOX_ADDON_ID);
        assert.deepEqual(manifest.browser_specific_settings.gecko.data_collection_permissions, { required: ['none'] });
      } else {
        assert.equal(manifest.browser_specific_settings, undefined);
      }
    },
  );
});
