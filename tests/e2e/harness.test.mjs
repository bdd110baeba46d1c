// Tests of the harness itself, with a tiny probe extension written here: a content script on
// a served LinkedIn page runs, and the nets catch requests (from the content script and from
// the background), so a green "no outside requests" in smoke.test.mjs means something.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIREFOX_ADDON_ID, currentBrowserKind, launchBrowser, minimalProfilePage } from './harness.mjs';

const kind = currentBrowserKind();

async function writeProbeExtension(dir) {
  const manifest = {
    manifest_version: 3,
    name: 'Fifteen e2e probe',
    version: '0.0.1',
    host_permissions: ['https://www.linkedin.com/*'],
    background: kind === 'firefox' ? { scripts: ['background.js'] } : { service_worker: 'background.js' },
    content_scripts: [{ matches: ['https://www.linkedin.com/*'], js: ['content.js'] }],
    ...(kind === 'firefox' ? { browser_specific_settings: { gecko: { id: FIREFOX_ADDON_ID } } } : {}),
  };
  await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest));
  await writeFile(join(dir, 'background.js'), `fetch('http://outside.example/from-background').catch(() => {});\n`);
  await writeFile(
    join(dir, 'content.js'),
    `const probe = document.createElement('fifteen-probe');
document.documentElement.append(probe);
fetch('https://www.linkedin.com/voyager/api/me').catch(() => {});
`,
  );
}

describe(`harness (${kind})`, () => {
  let dir;
  let harness;

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'fifteen-probe-'));
    await writeProbeExtension(dir);
    harness = await launchBrowser(kind, { extensionDir: dir });
  });

  after(async () => {
    await harness?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  test('a content script runs on a served LinkedIn page, and its requests are blocked and counted', async () => {
    const { page, blocked, open } = await harness.newLinkedInPage({ '/in/priya-raman/': minimalProfilePage() });
    try {
      await open('/in/priya-raman/');
      const probe = await page.waitForSelector('fifteen-probe', { timeout: 10_000 });
      assert.ok(probe, 'the probe content script ran');
      // A content script's request goes through the page's request interception in both browsers.
      const caught = () => blocked.some((r) => r.url === 'https://www.linkedin.com/voyager/api/me');
      const deadline = Date.now() + 10_000;
      while (!caught() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      assert.ok(caught(), `content script's request recorded: ${JSON.stringify(blocked)}`);
      assert.ok(
        !harness.outsideRequests().some((r) => r.url.startsWith('www.linkedin.com')),
        'and it never left the browser',
      );
    } finally {
      await page.close();
    }
  });

  test("the background's requests reach the refusing proxy and are counted", async () => {
    const deadline = Date.now() + 10_000;
    const seen = () => harness.outsideRequests().some((r) => r.url.includes('outside.example'));
    while (!seen() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    assert.ok(seen(), `background request recorded: ${JSON.stringify(harness.outsideRequests())}`);
  });
});
