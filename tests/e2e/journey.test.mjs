// From the ask to the coffee to the thank-you, in a real browser (FIFTEEN_BROWSER): a request
// logged on a profile (and its plan begun from the helper's history) is scheduled in the popup;
// "Add to calendar" saves an .ics file that a
// standard parser reads with the right fields; the Prepare view shows the goal's questions; the
// chat is recorded as met with a referral; the thank-you reminder's draft names the referral.
// And a backup whose conversations lack channel, goal, outcomes and notes imports with defaults.
//
// The calendar file is really downloaded in both browsers, and the test reads the file.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { currentBrowserKind, launchBrowser, minimalProfilePage, pollPage, waitForElement } from './harness.mjs';
import { clickInHelper } from './linkedin-spa.mjs';

const kind = currentBrowserKind();
const dir = mkdtempSync(join(tmpdir(), 'fifteen-e2e-journey-'));
const downloads = join(dir, 'downloads');
const at = '2026-01-05T09:00:00.000Z';
/** Firefox saves a download into this folder without asking (Chromium: set through CDP). */
const FIREFOX_DOWNLOAD_PREFS = {
  'browser.download.folderList': 2,
  'browser.download.dir': downloads,
  'browser.download.useDownloadDir': true,
  'browser.download.always_ask_before_handling_new_types': false,
  'browser.helperApps.neverAsk.saveToDisk': 'text/calendar',
};

/** Clicks the button whose aria-label (or text) matches, in an extension page. */
async function clickButton(page, label) {
  await pollPage(
    page,
    (l) =>
      [...document.querySelectorAll('button, a')].some(
        (b) => (b.getAttribute('aria-label') ?? b.textContent.trim()) === l,
      ),
    label,
    { what: `a button "${label}"` },
  );
  await page.evaluate(
    (l) =>
      [...document.querySelectorAll('button, a')]
        .find((b) => (b.getAttribute('aria-label') ?? b.textContent.trim()) === l)
        .click(),
    label,
  );
}

/** Picks a radio button or checkbox by its label's text. */
async function choose(page, labelText) {
  await page.evaluate(
    (t) =>
      [...document.querySelectorAll('label')]
        .find((l) => l.textContent.trim().startsWith(t))
        .querySelector('input')
        .click(),
    labelText,
  );
}

/** Sets a form field as a person typing would (Preact listens to input events). */
async function fill(page, labelText, value) {
  await page.evaluate(
    (labelText, value) => {
      const label = [...document.querySelectorAll('label')].find((l) => l.textContent.trim() === labelText);
      const field = document.getElementById(label.htmlFor);
      field.value = value;
      field.dispatchEvent(new Event('input', { bubbles: true }));
    },
    labelText,
    value,
  );
}

const localInput = (d) => {
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
};

describe(`from the ask to the thank-you (${kind})`, () => {
  /** @type {Awaited<ReturnType<typeof launchBrowser>>} */
  let harness;
  before(async () => {
    harness = await launchBrowser(kind, { firefoxPrefs: FIREFOX_DOWNLOAD_PREFS });
  });
  after(async () => {
    await harness?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('a backup without channel, goal, outcomes or notes imports with its defaults shown', async () => {
    const file = join(dir, 'old.json');
    writeFileSync(
      file,
      JSON.stringify({
        format: 'fifteen-backup',
        version: 1,
        exportedAt: at,
        contacts: [{ id: 'sam-ortiz', name: 'Sam Ortiz', createdAt: at, updatedAt: at }],
        conversations: [
          { id: 'old-1', contactId: 'sam-ortiz', status: 'requested', createdAt: at, updatedAt: at },
          {
            id: 'old-2',
            contactId: 'sam-ortiz',
            status: 'met',
            channel: null,
            goal: null,
            outcomes: null,
            notes: null,
            metAt: at,
            createdAt: at,
            updatedAt: at,
          },
        ],
        // Thank-you notes due on the day of the chat, from midnight: the draft below is due at once.
        settings: { thankYouDelayDays: 0, thankYouHour: 0 },
      }),
    );
    const options = await harness.openExtensionPage('options.html');
    try {
      const input = await waitForElement(options, 'input[type=file][data-testid="backup-import"]');
      await input.uploadFile(file);
      await pollPage(
        options,
        () => /2 conversations added/.test(document.querySelector('[data-testid="backup-status"]')?.textContent ?? ''),
        null,
        { what: 'the import result', timeout: 20_000 },
      );
    } finally {
      await options.close();
    }
    const popup = await harness.openExtensionPage('popup.html');
    try {
      await pollPage(
        popup,
        () => document.querySelector('[data-testid="conversations-logged"]')?.textContent.trim() === '2',
        null,
        { what: 'two conversations' },
      );
      assert.equal(
        await popup.$eval('[data-testid="points-total"]', (el) => el.textContent.trim()),
        '0',
        'no outcomes: no points',
      );
      await clickButton(popup, 'Prepare the chat with Sam Ortiz');
      await waitForElement(popup, '[data-testid="prepare-view"]');
      // No goal in the file: the first rung, a new connection.
      assert.match(
        await popup.$eval('[data-testid="prepare-goal"]', (el) => el.textContent),
        /A new connection in the field you want · 1 pt/,
      );
    } finally {
      await popup.close();
    }
  });

  test('log → schedule → .ics → Prepare → met with a referral → the thank-you draft names them', async () => {
    // 1. Ask on the profile, going in with goal 2 (a referral).
    const tab = await harness.newLinkedInPage({ '/in/priya-raman/': minimalProfilePage({ name: 'Priya Raman' }) });
    try {
      await tab.open('/in/priya-raman/');
      await waitForElement(tab.page, 'fifteen-helper');
      await clickInHelper(tab.page, 'helper-toggle');
      await pollPage(
        tab.page,
        () => !!document.querySelector('fifteen-helper')?.shadowRoot?.querySelector('[data-testid="log-request"]'),
        null,
      );
      await tab.page.evaluate(() =>
        document
          .querySelector('fifteen-helper')
          .shadowRoot.querySelector('input[name="fifteen-goal"][value="2"]')
          .click(),
      );
      await clickInHelper(tab.page, 'log-request');
      await pollPage(
        tab.page,
        () =>
          /Logged/.test(
            document.querySelector('fifteen-helper').shadowRoot.querySelector('[role="status"]')?.textContent ?? '',
          ),
        null,
        { what: 'the logged notice' },
      );
      // The plan is one click away in the history with this person, too.
      await pollPage(
        tab.page,
        () => !!document.querySelector('fifteen-helper').shadowRoot.querySelector('[data-testid="helper-prepare"]'),
        null,
        { what: 'Prepare in the history' },
      );
      await clickInHelper(tab.page, 'helper-prepare');
      await pollPage(
        tab.page,
        () =>
          /Who else would you suggest I talk to/.test(
            document.querySelector('fifteen-helper').shadowRoot.querySelector('[data-testid="prepare-guide"]')
              ?.textContent ?? '',
          ),
        null,
        { what: "the goal's questions in the helper" },
      );
      await tab.page.evaluate(() => {
        const root = document.querySelector('fifteen-helper').shadowRoot;
        const notes = root.querySelector('.prepare-notes textarea');
        notes.value = 'Ask how the team hires.';
        notes.dispatchEvent(new Event('input', { bubbles: true }));
      });
      // A person's click comes after the view has taken the text in (Preact renders on a tick).
      await pollPage(
        tab.page,
        () =>
          document.querySelector('fifteen-helper').shadowRoot.querySelector('.prepare-notes textarea').value ===
          'Ask how the team hires.',
        null,
      );
      await new Promise((r) => setTimeout(r, 50));
      await tab.page.evaluate(() =>
        document
          .querySelector('fifteen-helper')
          .shadowRoot.querySelector('.prepare-notes button[type="submit"]')
          .click(),
      );
      await pollPage(
        tab.page,
        () =>
          /Notes saved/.test(
            document.querySelector('fifteen-helper').shadowRoot.querySelector('[data-testid="prepare-view"]')
              ?.textContent ?? '',
          ),
        null,
        { what: 'the notes saved from the helper' },
      );
      assert.deepEqual(tab.blocked, []);
    } finally {
      await tab.page.close();
    }

    const popup = await harness.openExtensionPage('popup.html');
    try {
      // 2. They said yes: schedule it, tomorrow at 09:30 local, 20 minutes.
      const when = new Date();
      when.setDate(when.getDate() + 1);
      when.setHours(9, 30, 0, 0);
      await clickButton(popup, 'Record how it went with Priya Raman');
      await choose(popup, 'Scheduled');
      await fill(popup, 'Date and time', localInput(when));
      await fill(popup, 'Length (minutes)', '20');
      await clickButton(popup, 'Save');
      await waitForElement(popup, '[data-testid="next-upcoming"] [data-testid="add-to-calendar"]');

      // 3. The calendar file.
      const ics = await saveCalendar(popup);
      const event = new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent'));
      assert.match(event.uid, /^[0-9a-f-]{36}@fifteen-coffee\.app$/);
      assert.equal(event.sequence, 0);
      assert.equal(event.summary, 'Coffee with Priya Raman (20 min)');
      assert.equal(event.startDate.toJSDate().getTime(), when.getTime());
      assert.equal(event.endDate.toJSDate().getTime() - when.getTime(), 20 * 60_000);
      assert.equal(event.startDate.zone.tzid, 'UTC');
      assert.match(event.description, /they suggest someone else to talk to \(level 2, 2 pts\)/);
      assert.match(event.description, /https:\/\/www\.linkedin\.com\/in\/priya-raman\//);
      assert.ok(ics.includes('\r\n'), 'CRLF line ends');

      // 4. Prepare: the goal's questions and the time box.
      await clickButton(popup, 'Prepare the chat with Priya Raman');
      await waitForElement(popup, '[data-testid="prepare-view"]');
      const guide = await popup.$$eval('[data-testid="prepare-guide"] li', (lis) => lis.map((li) => li.textContent));
      assert.ok(guide.length >= 3 && guide.length <= 5, `${guide.length} questions`);
      assert.ok(
        guide.some((q) => q.includes('Who else would you suggest I talk to')),
        guide.join(' | '),
      );
      assert.match(
        await popup.$eval('[data-testid="prepare-time-box"]', (el) => el.textContent),
        /20 minutes means 20/,
      );
      // The notes written in the helper are here; add to them.
      assert.equal(await popup.$eval('.prepare-notes textarea', (el) => el.value), 'Ask how the team hires.');
      await fill(popup, 'Your notes for this chat', 'Ask how the team hires. Offer the write-up.');
      await clickButton(popup, 'Save notes');
      await pollPage(
        popup,
        () => /Notes saved/.test(document.querySelector('[data-testid="prepare-view"]').textContent),
        null,
        { what: 'the notes saved' },
      );
      await clickButton(popup, 'Back to your points');

      // 5. The chat took place: met, with a referral.
      await clickButton(popup, 'How did it go? Record your chat with Priya Raman');
      await pollPage(
        popup,
        () => /Ask how the team hires/.test(document.querySelector('[data-testid="outcome-plan"]')?.textContent ?? ''),
        null,
        { what: 'the plan shown again' },
      );
      await choose(popup, 'We met');
      await popup.evaluate(() => document.querySelector('input[type=checkbox][name="connected"]').click());
      await popup.evaluate(() => document.querySelector('input[type=checkbox][name="referral"]').click());
      await fill(popup, 'Who did they suggest?', 'Marcus Oyelaran');
      await clickButton(popup, 'Save');

      // 6. The thank-you reminder's draft names the referral.
      await clickButton(popup, 'Show the thank-you note draft for Priya Raman');
      await waitForElement(popup, '[data-testid="after-draft"]');
      const draft = await popup.$eval('[data-testid="after-draft-text"]', (el) => el.value);
      assert.match(draft, /^Hi Priya,/);
      assert.match(draft, /Marcus Oyelaran/);
      assert.equal(
        await popup.$eval('[data-testid="after-draft-profile"]', (el) => el.getAttribute('href')),
        'https://www.linkedin.com/in/priya-raman/',
      );
    } finally {
      await popup.close();
    }
    assert.deepEqual(harness.outsideRequests(), []);
  });
});

/**
 * Clicks "Add to calendar" and returns the .ics file the browser downloaded: Chromium saves into
 * a folder set through CDP, Firefox into the one its launch preferences name (above).
 */
async function saveCalendar(popup) {
  if (kind === 'chromium') {
    const session = await popup.browser().target().createCDPSession();
    await session.send('Browser.setDownloadBehavior', {
      behavior: 'allow',
      downloadPath: downloads,
      eventsEnabled: true,
    });
  }
  await popup.click('[data-testid="next-upcoming"] [data-testid="add-to-calendar"]');
  const started = Date.now();
  for (;;) {
    let files = [];
    try {
      // A finished download only: Chromium writes .crdownload first, Firefox a .part beside it.
      files = readdirSync(downloads).filter((f) => f.endsWith('.ics'));
    } catch {
      // The folder appears with the first download.
    }
    const text = files.length ? readFileSync(join(downloads, files[0]), 'utf8') : '';
    if (text.includes('END:VCALENDAR')) {
      assert.match(files[0], /^coffee-priya-raman-\d{4}-\d{2}-\d{2}\.ics$/);
      return text;
    }
    if (Date.now() - started > 15_000) throw new Error(`no .ics file was downloaded (${files.join(', ') || 'none'})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
