// Backup import and export of 50,000 conversations in the real options page: a generated backup
// file is handed to input[data-testid="backup-import"], and the time from its change event to
// [data-testid="backup-status"] showing the result is recorded in the page; then the same for a
// click on [data-testid="backup-export"] until the status shows "Saved".
// Firefox: no CDP, so the export's download is not denied but saved (launch Firefox with a
// throw-away HOME so it lands in a temporary Downloads folder, as bench/run.mjs does); the page
// is opened in a window (see openFirefoxWindow) and waits poll over BiDi (see pollPage);
// storage.local has no getBytesInUse there (bytes: null).
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pollPage } from '../tests/e2e/harness.mjs';
import { generateData } from './data.mjs';
import { openFirefoxWindow } from './popup.mjs';

// Runs in the options page: times from a trigger event to a final status.
function armStatusTimer(trigger) {
  const status = document.querySelector('[data-testid="backup-status"]');
  const state = (window.__backupBench = { t0: 0, t1: 0, message: '', kind: '' });
  const onTrigger = () => {
    state.t0 = performance.now();
    const mo = new MutationObserver(() => {
      const kind = /status-(ok|error)/.exec(status.className)?.[1];
      if (!kind) return;
      Object.assign(state, { t1: performance.now(), kind, message: status.textContent });
      mo.disconnect();
    });
    mo.observe(status, { attributes: true, childList: true, characterData: true, subtree: true });
  };
  document.addEventListener(trigger, onTrigger, { capture: true, once: true });
}

export async function measureBackup(session, n, nowMs = Date.now()) {
  const dir = await mkdtemp(join(tmpdir(), 'fifteen-bench-'));
  const firefox = session.kind === 'firefox';
  const cdp = firefox ? null : await session.browser.target().createCDPSession();
  await cdp?.send('Browser.setDownloadBehavior', { behavior: 'deny' });
  const page = firefox
    ? await openFirefoxWindow(session, 'options.html')
    : await session.openExtensionPage('options.html');
  try {
    await page.evaluate(async () => (globalThis.browser ?? globalThis.chrome).storage.local.clear());
    const { contacts, conversations } = generateData(n, nowMs);
    const file = join(dir, 'fifteen-backup-bench.json');
    await writeFile(
      file,
      JSON.stringify({
        format: 'fifteen-backup',
        version: 1,
        exportedAt: new Date(nowMs).toISOString(),
        contacts,
        conversations,
        settings: {},
      }),
    );
    const finished = () => window.__backupBench.t1 > 0;
    const done = () =>
      (firefox
        ? pollPage(page, finished, undefined, { timeout: 120_000, interval: 50, what: 'the backup status' })
        : page.waitForFunction(finished, { timeout: 120_000, polling: 50 })
      ).then(() => page.evaluate(() => window.__backupBench));

    await page.evaluate(armStatusTimer, 'change');
    const input = await page.$('input[type=file][data-testid="backup-import"]');
    await input.uploadFile(file);
    const imported = await done();

    const bytes = firefox ? null : await page.evaluate(() => globalThis.chrome.storage.local.getBytesInUse(null));

    await page.evaluate(armStatusTimer, 'click');
    await page.click('[data-testid="backup-export"]');
    const exported = await done();
    return { imported, exported, bytes, contacts: contacts.length };
  } finally {
    await page.close();
    await cdp?.detach().catch(() => {});
    await rm(dir, { recursive: true, force: true });
  }
}
