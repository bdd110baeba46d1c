// The profile helper in a real browser (FIFTEEN_BROWSER), on fixtures of both front ends served
// at their real LinkedIn address with the Trusted Types CSP: it appears once with the right
// person, follows in-page navigation, stays off pages that are not someone else's profile,
// keeps markup as text, inserts into LinkedIn's note box, and what it logs reaches the popup.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { currentBrowserKind, launchBrowser, pollPage, waitForElement } from './harness.mjs';
import { clickInHelper, helperCount, helperText, navigate, screens, spaDocument } from './linkedin-spa.mjs';

const kind = currentBrowserKind();
const ALL = screens([
  'classic-profile',
  'sdui-profile-view-name',
  'classic-profile-fr',
  'sdui-profile',
  'classic-own-profile',
  'sdui-own-profile',
  'feed',
  'search-results',
  'company-page',
  'sdui-name-markup',
  'invite-dialog',
]);

/** Serves `first` as a LinkedIn SPA document at every screen's path. */
function routes(first) {
  const doc = spaDocument(ALL, first);
  return Object.fromEntries(Object.values(ALL).map((s) => [s.path.split('?')[0], doc]));
}

const settle = (page) => page.evaluate(() => new Promise((r) => setTimeout(r, 400)));

describe(`profile helper (${kind})`, () => {
  /** @type {Awaited<ReturnType<typeof launchBrowser>>} */
  let harness;
  const blockedAll = [];

  before(async () => {
    harness = await launchBrowser(kind);
  });
  after(async () => {
    await harness?.close();
  });

  async function openScreen(name) {
    const tab = await harness.newLinkedInPage(routes(name));
    await tab.open(ALL[name].path);
    return tab;
  }

  for (const [name, person, company] of [
    ['classic-profile', 'Priya Raman', 'Stripe'],
    ['sdui-profile', 'Priya Raman', 'Stripe'],
    ['sdui-profile-view-name', null, null],
    ['classic-profile-fr', null, null],
  ]) {
    test(`appears once, for the right person, on ${name}`, async () => {
      const { page, blocked } = await openScreen(name);
      try {
        await waitForElement(page, 'fifteen-helper');
        await settle(page);
        assert.equal(await helperCount(page), 1);
        await clickInHelper(page, 'helper-toggle');
        await pollPage(
          page,
          () => !!document.querySelector('fifteen-helper')?.shadowRoot?.querySelector('[data-testid="draft"]'),
          null,
          { what: 'the panel' },
        );
        const shownName = await helperText(page, 'helper-name');
        const title = ALL[name].title.replace(/^\(\d+\)\s*/, '').replace(/\s*\|\s*LinkedIn$/, '');
        assert.equal(shownName, person ?? title);
        if (company) assert.equal(await helperText(page, 'helper-company'), company);
        const draft = await page.evaluate(
          () => document.querySelector('fifteen-helper').shadowRoot.querySelector('[data-testid="draft"]').value,
        );
        assert.match(
          draft,
          new RegExp(`^Hi ${(person ?? title).split(' ')[0]}`),
          'the draft greets them by first name',
        );
        assert.match(draft, /15 minutes/);
      } finally {
        blockedAll.push(...blocked);
        await page.close();
      }
    });
  }

  test('follows in-page navigation: profile → profile (late card, skeleton) → feed → profile', async () => {
    const { page, blocked } = await openScreen('classic-profile');
    try {
      await waitForElement(page, 'fifteen-helper');
      await navigate(page, ALL, 'sdui-profile-view-name', { delay: 600, skeleton: true });
      // While the new card has not rendered, the old person must not show under the new address.
      await page.evaluate(() => new Promise((r) => setTimeout(r, 150)));
      assert.equal(await helperCount(page), 0, 'no helper between the address change and the new card');
      await pollPage(page, () => document.querySelectorAll('fifteen-helper').length === 1, null, {
        what: 'the helper on the second profile',
      });
      await clickInHelper(page, 'helper-toggle');
      await pollPage(
        page,
        () => !!document.querySelector('fifteen-helper')?.shadowRoot?.querySelector('[data-testid="helper-name"]'),
        null,
      );
      const expected = ALL['sdui-profile-view-name'].title.replace(/\s*\|\s*LinkedIn$/, '');
      assert.equal(await helperText(page, 'helper-name'), expected);
      await navigate(page, ALL, 'feed', { delay: 100 });
      await pollPage(page, () => document.querySelectorAll('fifteen-helper').length === 0, null, {
        what: 'the helper to go on the feed',
      });
      await settle(page);
      assert.equal(await helperCount(page), 0);
      await navigate(page, ALL, 'sdui-profile', { delay: 50 });
      await pollPage(page, () => document.querySelectorAll('fifteen-helper').length === 1, null, {
        what: 'the helper back on a profile',
      });
      await settle(page);
      assert.equal(await helperCount(page), 1);
    } finally {
      blockedAll.push(...blocked);
      await page.close();
    }
  });

  test('remounts when LinkedIn replaces the whole page body', async () => {
    const { page, blocked } = await openScreen('sdui-profile');
    try {
      await waitForElement(page, 'fifteen-helper');
      await page.evaluate(() => {
        const t = document.querySelector('template[data-screen="sdui-profile"]');
        document.body.replaceChildren(t.content.cloneNode(true), ...document.querySelectorAll('template'));
      });
      await pollPage(page, () => document.querySelectorAll('fifteen-helper').length === 1, null, {
        what: 'the helper to come back',
      });
      await settle(page);
      assert.equal(await helperCount(page), 1);
    } finally {
      blockedAll.push(...blocked);
      await page.close();
    }
  });

  // LinkedIn re-renders the top card alone (the page around it stays): the helper watches the card
  // for leaving, not its parent, and must still come back, inside the new card.
  for (const name of ['classic-profile', 'sdui-profile']) {
    test(`re-renders only the top card: the helper comes back in the new card (${name})`, async () => {
      const { page, blocked } = await openScreen(name);
      try {
        await page.bringToFront();
        await waitForElement(page, 'fifteen-helper');
        await settle(page);
        const replaced = await page.evaluate(() => {
          const CARD =
            '[data-view-name="profile-top-card"], [componentkey$="Topcard"], [id$="Topcard"], section.artdeco-card';
          const card = document.querySelector('fifteen-helper').closest(CARD);
          const copy = card.cloneNode(true);
          copy.querySelector('fifteen-helper')?.remove();
          copy.dataset.replaced = 'yes';
          card.replaceWith(copy);
          // The rest of the page did not change.
          return {
            parentKept: copy.parentElement !== null && copy.parentElement.isConnected,
            helpers: document.querySelectorAll('fifteen-helper').length,
          };
        });
        assert.deepEqual(replaced, { parentKept: true, helpers: 0 });
        await pollPage(page, () => document.querySelector('[data-replaced="yes"] fifteen-helper') !== null, null, {
          what: 'the helper in the new card',
        });
        await settle(page);
        assert.equal(await helperCount(page), 1);
        await clickInHelper(page, 'helper-toggle');
        await pollPage(
          page,
          () => !!document.querySelector('fifteen-helper')?.shadowRoot?.querySelector('[data-testid="helper-name"]'),
          null,
          { what: 'the panel' },
        );
        assert.equal(await helperText(page, 'helper-name'), 'Priya Raman');
      } finally {
        blockedAll.push(...blocked);
        await page.close();
      }
    });
  }

  for (const name of ['classic-own-profile', 'sdui-own-profile', 'feed', 'search-results', 'company-page']) {
    test(`stays off ${name}`, async () => {
      const { page, blocked } = await openScreen(name);
      try {
        // Long enough for the card search and the floating fallback's patience to pass.
        await page.evaluate(() => new Promise((r) => setTimeout(r, 4500)));
        assert.equal(await helperCount(page), 0);
      } finally {
        blockedAll.push(...blocked);
        await page.close();
      }
    });
  }

  test('markup inside a name stays text', async () => {
    const { page, blocked } = await openScreen('sdui-name-markup');
    try {
      await waitForElement(page, 'fifteen-helper');
      await clickInHelper(page, 'helper-toggle');
      await pollPage(
        page,
        () => !!document.querySelector('fifteen-helper')?.shadowRoot?.querySelector('[data-testid="helper-name"]'),
        null,
      );
      const { text, bold } = await page.evaluate(() => {
        const root = document.querySelector('fifteen-helper').shadowRoot;
        return {
          text: root.querySelector('[data-testid="helper-name"]').textContent,
          bold: root.querySelectorAll('b').length,
        };
      });
      assert.equal(text, 'Ada <b>Lovelace</b>');
      assert.equal(bold, 0);
    } finally {
      blockedAll.push(...blocked);
      await page.close();
    }
  });

  test("inserts the draft into LinkedIn's open note box, and never sends", async () => {
    const { page, blocked } = await openScreen('invite-dialog');
    try {
      await waitForElement(page, 'fifteen-helper');
      await page.evaluate(() => {
        window.__sent = 0;
        for (const b of document.querySelectorAll('button'))
          if (/send/i.test(b.textContent ?? '')) b.addEventListener('click', () => window.__sent++);
        const box = document.querySelector('textarea#custom-message');
        window.__inputs = 0;
        box.addEventListener('input', () => window.__inputs++);
      });
      await clickInHelper(page, 'helper-toggle');
      await pollPage(
        page,
        () => !!document.querySelector('fifteen-helper')?.shadowRoot?.querySelector('[data-testid="draft"]'),
        null,
      );
      await page.evaluate(() => {
        const root = document.querySelector('fifteen-helper').shadowRoot;
        [...root.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Insert').click();
      });
      const result = await page.evaluate(() => ({
        box: document.querySelector('textarea#custom-message').value,
        draft: document.querySelector('fifteen-helper').shadowRoot.querySelector('[data-testid="draft"]').value,
        inputs: window.__inputs,
        sent: window.__sent,
      }));
      assert.ok(result.draft.length > 20);
      assert.equal(result.box, result.draft);
      assert.ok(result.inputs >= 1, 'LinkedIn is told of the new text by an input event');
      assert.equal(result.sent, 0, 'nothing was sent');
    } finally {
      blockedAll.push(...blocked);
      await page.close();
    }
  });

  test("Log request shows up in the popup's count", async () => {
    const { page, blocked } = await openScreen('classic-profile');
    try {
      await waitForElement(page, 'fifteen-helper');
      await clickInHelper(page, 'helper-toggle');
      await pollPage(
        page,
        () => !!document.querySelector('fifteen-helper')?.shadowRoot?.querySelector('[data-testid="log-request"]'),
        null,
      );
      await clickInHelper(page, 'log-request');
      await pollPage(
        page,
        () =>
          /Logged/.test(
            document.querySelector('fifteen-helper').shadowRoot.querySelector('[role="status"]')?.textContent ?? '',
          ),
        null,
        { what: 'the logged notice' },
      );
      // The history with this person shows it.
      await pollPage(
        page,
        () =>
          /Asked/.test(
            document.querySelector('fifteen-helper').shadowRoot.querySelector('.history')?.textContent ?? '',
          ),
        null,
        { what: 'the history' },
      );
    } finally {
      blockedAll.push(...blocked);
      await page.close();
    }
    const popup = await harness.openExtensionPage('popup.html');
    try {
      await pollPage(
        popup,
        () => document.querySelector('[data-testid="conversations-logged"]')?.textContent.trim() === '1',
        null,
        { what: 'conversations-logged = 1' },
      );
      assert.equal(await popup.$eval('[data-testid="points-total"]', (el) => el.textContent.trim()), '0');
    } finally {
      await popup.close();
    }
  });

  test('made no request to the outside', () => {
    assert.deepEqual(blockedAll, []);
    assert.deepEqual(harness.outsideRequests(), []);
  });
});
