// Data in a real browser (FIFTEEN_BROWSER): a backup imported in the options page shows the right
// numbers in the popup; a malformed one is refused with a message that says what and where, and
// changes nothing; writers in several contexts at once (two LinkedIn tabs through the background,
// the options page directly) lose nothing.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { currentBrowserKind, launchBrowser, minimalProfilePage, pollPage, waitForElement } from './harness.mjs';

const kind = currentBrowserKind();
const dir = mkdtempSync(join(tmpdir(), 'fifteen-e2e-data-'));
const stamp = (d) => d.toISOString();

function backupFile(name, data) {
  const path = join(dir, name);
  writeFileSync(path, typeof data === 'string' ? data : JSON.stringify(data));
  return path;
}

const contact = (id, name) => ({
  id,
  name,
  profileUrl: `https://www.linkedin.com/in/${id}/`,
  createdAt: '2026-01-01T09:00:00.000Z',
  updatedAt: '2026-01-01T09:00:00.000Z',
});
const outcomes = (level) => ({
  connected: level >= 1,
  referral: level >= 2,
  memorable: level >= 3,
  opening: level >= 4,
});
function conversation(id, contactId, { status = 'met', level = 0, at = new Date() } = {}) {
  return {
    id,
    contactId,
    status,
    channel: 'linkedin-note',
    goal: 1,
    requestedAt: stamp(at),
    metAt: status === 'met' ? stamp(at) : null,
    outcomes: outcomes(level),
    referrals: [],
    contactPerson: null,
    notes: '',
    createdAt: stamp(at),
    updatedAt: stamp(at),
  };
}

async function popupNumbers(harness) {
  const page = await harness.openExtensionPage('popup.html');
  try {
    await waitForElement(page, '[data-testid="points-total"]');
    // The first script (popup-points.js) ran in this browser and handed over to the app.
    assert.equal(await page.evaluate(() => typeof window.fifteenFirstPaint?.take), 'function');
    return await page.evaluate(() => {
      const ids = [
        'points-total',
        'points-week',
        'points-month',
        'points-level-1',
        'points-level-2',
        'points-level-3',
        'points-level-4',
        'conversations-logged',
      ];
      return Object.fromEntries(
        ids.map((id) => [id, Number(document.querySelector(`[data-testid="${id}"]`)?.textContent.trim())]),
      );
    });
  } finally {
    await page.close();
  }
}

async function importInOptions(page, path) {
  // Each import passes through a busy state; watch for it, then for the result after it.
  await page.evaluate(() => {
    const status = document.querySelector('[data-testid="backup-status"]');
    window.__importDone = false;
    let busy = false;
    window.__importObserver?.disconnect();
    window.__importObserver = new MutationObserver(() => {
      if (status.className.includes('busy')) busy = true;
      else if (busy) window.__importDone = true;
    });
    window.__importObserver.observe(status, { attributes: true, characterData: true, childList: true, subtree: true });
  });
  const input = await page.$('input[type=file][data-testid="backup-import"]');
  await input.uploadFile(path);
  await pollPage(page, () => window.__importDone === true, null, {
    what: 'the import result',
    timeout: 30_000,
    interval: 20,
  });
  return page.$eval('[data-testid="backup-status"]', (el) => el.textContent);
}

describe(`data (${kind})`, () => {
  /** @type {Awaited<ReturnType<typeof launchBrowser>>} */
  let harness;
  before(async () => {
    harness = await launchBrowser(kind);
  });
  after(async () => {
    await harness?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('a backup imported in the options page shows the right numbers in the popup', async () => {
    const now = new Date();
    const old = new Date(now.getFullYear() - 2, 5, 15);
    const file = backupFile('good.json', {
      format: 'fifteen-backup',
      version: 1,
      exportedAt: stamp(now),
      contacts: [contact('priya-raman', 'Priya Raman'), contact('marcus-oyelaran', 'Marcus Oyelaran')],
      conversations: [
        conversation('c1', 'priya-raman', { level: 3 }),
        conversation('c2', 'priya-raman', { level: 4, at: old }),
        conversation('c3', 'marcus-oyelaran', { level: 1 }),
        conversation('c4', 'marcus-oyelaran', { level: 2, at: old }),
        conversation('c5', 'marcus-oyelaran', { status: 'requested' }),
        conversation('c6', 'marcus-oyelaran', { status: 'declined', level: 4 }),
      ],
      settings: {},
    });
    const page = await harness.openExtensionPage('options.html');
    try {
      await waitForElement(page, 'input[type=file][data-testid="backup-import"]');
      const status = await importInOptions(page, file);
      assert.match(status, /2 contacts added/);
      assert.match(status, /6 conversations added/);
    } finally {
      await page.close();
    }
    assert.deepEqual(await popupNumbers(harness), {
      'points-total': 10,
      'points-week': 4,
      'points-month': 4,
      'points-level-1': 1,
      'points-level-2': 1,
      'points-level-3': 1,
      'points-level-4': 1,
      'conversations-logged': 6,
    });
  });

  test('a malformed backup is refused, says what and where, and changes nothing', async () => {
    const before = await popupNumbers(harness);
    const bad = {
      format: 'fifteen-backup',
      version: 1,
      exportedAt: stamp(new Date()),
      contacts: [contact('sam', 'Sam')],
      conversations: [0, 1, 2, 3].map((i) => conversation(`bad${i}`, 'sam', { level: 4 })),
    };
    bad.conversations[3].status = 'ghosted';
    const page = await harness.openExtensionPage('options.html');
    try {
      await waitForElement(page, 'input[type=file][data-testid="backup-import"]');
      const status = await importInOptions(page, backupFile('bad.json', bad));
      assert.match(status, /conversations\[3\]\.status: expected one of/);
      assert.match(
        await importInOptions(page, backupFile('not-json.json', '{"format": "fifteen-backup", ')),
        /not valid JSON/,
      );
      assert.match(
        await importInOptions(page, backupFile('future.json', { ...bad, version: 7 })),
        /newer version of Fifteen/,
      );
    } finally {
      await page.close();
    }
    assert.deepEqual(await popupNumbers(harness), before);
  });

  test('a large backup goes through the codec workers: imported, then exported whole', async () => {
    // Large enough that every shard is compressed by the options page's workers
    // (codec-worker.js, loaded by the page itself: nothing is web-accessible).
    const at = new Date('2025-03-01T10:00:00.000Z');
    const contacts = Array.from({ length: 1000 }, (_, i) => ({
      ...contact(`big-${i}`, `Big Person ${i}`),
      notes: 'Met at the conference; '.repeat(4),
    }));
    const conversations = Array.from({ length: 4000 }, (_, i) => ({
      ...conversation(`big-c${i}`, `big-${i % 1000}`, { level: (i % 4) + 1, at }),
      notes: `Conversation ${i}: talked about the team, the market and what comes next.`,
    }));
    const file = backupFile('big.json', {
      format: 'fifteen-backup',
      version: 1,
      exportedAt: stamp(at),
      contacts,
      conversations,
      settings: {},
    });
    const page = await harness.openExtensionPage('options.html');
    try {
      await waitForElement(page, 'input[type=file][data-testid="backup-import"]');
      // Count the workers the page starts (they start when an import begins), their answers
      // and their errors: a worker that fails is worked around in the page, silently for the user.
      await page.evaluate(() => {
        const seen = (window.__codecWorkers = { started: 0, answers: 0, errors: 0 });
        const Native = window.Worker;
        window.Worker = class extends Native {
          constructor(...args) {
            super(...args);
            seen.started++;
            this.addEventListener('message', () => seen.answers++);
            this.addEventListener('error', () => seen.errors++);
          }
        };
      });
      const status = await importInOptions(page, file);
      assert.match(status, /1000 contacts added/);
      assert.match(status, /4000 conversations added/);

      // Export: catch the file instead of downloading it.
      await page.evaluate(() => {
        window.__saved = null;
        const create = URL.createObjectURL.bind(URL);
        URL.createObjectURL = (blob) => ((window.__saved = blob), create(blob));
        HTMLAnchorElement.prototype.click = () => undefined;
      });
      await page.click('[data-testid="backup-export"]');
      await pollPage(
        page,
        () => !!window.__saved && /Saved/.test(document.querySelector('[data-testid="backup-status"]').textContent),
        null,
        { what: 'the export', timeout: 30_000 },
      );
      const saved = await page.evaluate(async () => {
        const backup = JSON.parse(await window.__saved.text());
        const c = backup.conversations.find((x) => x.id === 'big-c1234');
        return {
          format: backup.format,
          contacts: backup.contacts.length,
          conversations: backup.conversations.length,
          sample: c,
        };
      });
      assert.equal(saved.format, 'fifteen-backup');
      assert.ok(
        saved.contacts >= 1000 && saved.conversations >= 4000,
        `exported ${saved.contacts} contacts, ${saved.conversations} conversations`,
      );
      assert.deepEqual(saved.sample, conversations[1234]);
      const workers = await page.evaluate(() => window.__codecWorkers);
      assert.ok(workers.started >= 1, 'the codec workers started');
      assert.ok(workers.answers >= 8, `the workers did the work (${workers.answers} answers)`);
      assert.equal(workers.errors, 0, 'no worker failed');
    } finally {
      await page.close();
    }
  });

  test('three writers × 100 writes at once — two LinkedIn tabs and the options page — keep all 300', async () => {
    const start = (await popupNumbers(harness))['conversations-logged'];
    const tabs = [];
    for (const slug of ['writer-one', 'writer-two']) {
      const tab = await harness.newLinkedInPage({
        [`/in/${slug}/`]: minimalProfilePage({ name: slug === 'writer-one' ? 'Writer One' : 'Writer Two' }),
      });
      await tab.open(`/in/${slug}/`);
      await waitForElement(tab.page, 'fifteen-helper');
      await tab.page.evaluate(() =>
        document.querySelector('fifteen-helper').shadowRoot.querySelector('[data-testid="helper-toggle"]').click(),
      );
      await pollPage(
        tab.page,
        () => !!document.querySelector('fifteen-helper')?.shadowRoot?.querySelector('[data-testid="log-request"]'),
        null,
      );
      tabs.push(tab);
    }
    const files = Array.from({ length: 100 }, (_, i) =>
      backupFile(`w3-${i}.json`, {
        format: 'fifteen-backup',
        version: 1,
        exportedAt: stamp(new Date()),
        contacts: [contact(`writer-three-${i}`, `Writer Three ${i}`)],
        conversations: [conversation(`w3-${i}`, `writer-three-${i}`, { status: 'requested' })],
      }),
    );
    const options = await harness.openExtensionPage('options.html');
    await waitForElement(options, 'input[type=file][data-testid="backup-import"]');

    // Each tab clicks Log request 100 times, each click as soon as the last one is done.
    const clicker = (page) =>
      page.evaluate(async () => {
        const root = document.querySelector('fifteen-helper').shadowRoot;
        const button = root.querySelector('[data-testid="log-request"]');
        for (let i = 0; i < 100; i++) {
          button.click();
          await new Promise((resolve) => {
            const check = () => (button.disabled ? setTimeout(check, 5) : resolve());
            setTimeout(check, 0);
          });
        }
      });
    const importer = async () => {
      for (const f of files) await importInOptions(options, f);
    };
    await Promise.all([clicker(tabs[0].page), clicker(tabs[1].page), importer()]);
    for (const t of tabs) await t.page.close();
    await options.close();
    const numbers = await popupNumbers(harness);
    assert.equal(numbers['conversations-logged'] - start, 300);
  });

  test('made no request to the outside', () => {
    assert.deepEqual(harness.outsideRequests(), []);
  });
});
