// Stored data that is corrupt or of an unknown shape, in a real browser (FIFTEEN_BROWSER): seeded
// straight into storage.local from an extension page, it must not stop the extension. The popup
// shows what it can read and a notice that leads to the options page; the options page lists the
// problems and offers the export of everything as stored; a new record can still be logged from
// LinkedIn, and the unreadable data is still stored afterwards.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { isDeepStrictEqual } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { currentBrowserKind, launchBrowser, minimalProfilePage, pollPage, waitForElement } from './harness.mjs';

const kind = currentBrowserKind();
const PROFILE = '/in/priya-raman/';

/** utils/store/layout.ts's shardOf and shardKey (FNV-1a over UTF-16 units, 16 shards). */
function shardKey(table, id) {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return `fifteen:${table}:${((h >>> 0) % 16).toString(16)}`;
}

const now = new Date().toISOString();
const contact = (id, name) => ({
  id,
  name,
  profileUrl: `https://www.linkedin.com/in/${id}/`,
  createdAt: now,
  updatedAt: now,
});
const met = (id, contactId, level) => ({
  id,
  contactId,
  status: 'met',
  channel: 'linkedin-note',
  goal: level,
  requestedAt: now,
  metAt: now,
  outcomes: { connected: level >= 1, referral: level >= 2, memorable: level >= 3, opening: level >= 4 },
  referrals: [],
  contactPerson: null,
  notes: '',
  createdAt: now,
  updatedAt: now,
});

// Two readable conversations (3 + 1 points); three things that cannot be read. The broken shard
// is the one the helper on Priya's profile will write her contact into.
const BROKEN_SHARD = shardKey('contacts', 'priya-raman');
const MISSING_FIELDS = { id: 'c-broken', contactId: 'sam' };
const seeded = {};
const put = (table, record) => ((seeded[shardKey(table, record.id)] ??= {})[record.id] = record);
put('contacts', contact('sam', 'Sam Lee'));
put('conversations', met('c-good-1', 'sam', 3));
put('conversations', met('c-good-2', 'sam', 1));
put('conversations', MISSING_FIELDS);
if (BROKEN_SHARD in seeded) throw new Error('pick another id for the broken shard');
seeded[BROKEN_SHARD] = 'this shard was overwritten by something else';
seeded['fifteen:settings'] = 'not settings at all';
seeded['fifteen:meta'] = { schemaVersion: 1 };

/** Whether `value` is somewhere in `tree` (Chromium keeps object keys sorted, so not by text). */
/** Whether `value` is somewhere in `tree`; shards stored as (gzip-compressed) JSON text are looked into. */
const holds = (tree, value) => {
  if (isDeepStrictEqual(tree, value)) return true;
  if (typeof tree === 'string' && (tree.startsWith('{') || tree.startsWith('gz:'))) {
    try {
      const text = tree.startsWith('gz:') ? gunzipSync(Buffer.from(tree.slice(3), 'base64')).toString('utf8') : tree;
      return holds(JSON.parse(text), value);
    } catch {
      return false;
    }
  }
  return typeof tree === 'object' && tree !== null && Object.values(tree).some((v) => holds(v, value));
};

// An expression, not a function made with new Function(): extension pages forbid eval (their CSP),
// while the driver's own evaluation of an expression is not the page's.
const storageOf = (page, fn, arg) =>
  page.evaluate(
    `(${fn.toString()})((globalThis.browser ?? globalThis.chrome).storage.local, ${JSON.stringify(arg ?? null)})`,
  );

describe(`corrupt stored data (${kind})`, () => {
  /** @type {Awaited<ReturnType<typeof launchBrowser>>} */
  let harness;
  const blockedAll = [];

  before(async () => {
    harness = await launchBrowser(kind);
    const page = await harness.openExtensionPage('popup.html');
    try {
      await storageOf(page, (area, data) => area.set(data), seeded);
    } finally {
      await page.close();
    }
  });
  after(async () => {
    await harness?.close();
  });

  test('the popup shows the readable data and a notice that leads to the options page', async () => {
    const page = await harness.openExtensionPage('popup.html');
    try {
      await waitForElement(page, '[data-testid="problems"]');
      const seen = await page.evaluate(() => ({
        total: document.querySelector('[data-testid="points-total"]')?.textContent.trim(),
        logged: document.querySelector('[data-testid="conversations-logged"]')?.textContent.trim(),
        notice: document.querySelector('[data-testid="problems"] p')?.textContent,
        action: document.querySelector('[data-testid="problems"] button')?.textContent,
      }));
      assert.deepEqual(seen, {
        total: '4',
        logged: '2',
        notice: '3 stored items could not be read. Fifteen works with the rest and keeps them as they are.',
        action: 'See what, and export a copy',
      });
    } finally {
      await page.close();
    }
  });

  test('the options page lists the problems and exports everything as stored', async () => {
    const page = await harness.openExtensionPage('options.html');
    try {
      await waitForElement(page, '[data-testid="store-problems"]');
      const items = await page.$$eval('[data-testid="store-problems-list"] li', (lis) =>
        lis.map((li) => li.textContent),
      );
      assert.deepEqual(
        items.map((t) => t.split(' — ')[0]).sort(),
        [BROKEN_SHARD, 'conversations/c-broken', 'settings'].sort(),
      );
      // The rest of the page works: the settings form, with the defaults.
      await waitForElement(page, '#you input');
      await page.$eval('[data-testid="raw-export"]', (b) => b.click());
      await pollPage(
        page,
        () =>
          /^Saved fifteen-as-stored-\d{4}-\d{2}-\d{2}\.json/.test(
            document.querySelector('[data-testid="raw-export-status"]')?.textContent ?? '',
          ),
        null,
        {
          what: 'the raw export status',
        },
      );
    } finally {
      await page.close();
    }
  });

  test('a request logged on LinkedIn is saved, and the unreadable data is still stored', async () => {
    const { page, blocked, open } = await harness.newLinkedInPage({ [PROFILE]: minimalProfilePage() });
    try {
      await open(PROFILE);
      await waitForElement(page, 'fifteen-helper');
      await page.evaluate(() =>
        document.querySelector('fifteen-helper').shadowRoot.querySelector('[data-testid="helper-toggle"]').click(),
      );
      await pollPage(
        page,
        () => !!document.querySelector('fifteen-helper')?.shadowRoot?.querySelector('[data-testid="log-request"]'),
        null,
        { what: 'the log button' },
      );
      await page.evaluate(() =>
        document.querySelector('fifteen-helper').shadowRoot.querySelector('[data-testid="log-request"]').click(),
      );
      await pollPage(
        page,
        () =>
          /Logged/.test(
            document.querySelector('fifteen-helper').shadowRoot.querySelector('[role="status"]')?.textContent ?? '',
          ),
        null,
        { what: 'the logged notice' },
      );
    } finally {
      blockedAll.push(...blocked);
      await page.close();
    }
    const popup = await harness.openExtensionPage('popup.html');
    try {
      await pollPage(
        popup,
        () => document.querySelector('[data-testid="conversations-logged"]')?.textContent.trim() === '3',
        null,
        { what: 'conversations-logged = 3' },
      );
      const everything = await storageOf(popup, (area) => area.get(null));
      for (const value of [MISSING_FIELDS, seeded[BROKEN_SHARD], seeded['fifteen:settings']]) {
        assert.ok(holds(everything, value), `still stored: ${JSON.stringify(value)}`);
      }
    } finally {
      await popup.close();
    }
  });

  test('made no request to the outside', () => {
    assert.deepEqual(blockedAll, [], 'requests blocked on LinkedIn pages');
    assert.deepEqual(harness.outsideRequests(), [], 'requests that reached the proxy');
  });
});
