// Noticing the yes, in a real browser (FIFTEEN_BROWSER): a connection note logged on a profile,
// then the same profile shown as a 1st-degree connection — the helper says the invitation was
// accepted and starts on a message. It only reads the page; it clicks nothing on LinkedIn.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { currentBrowserKind, fixture, launchBrowser, pollPage, waitForElement } from './harness.mjs';
import { asFirstDegree, clickInHelper, helperText } from './linkedin-spa.mjs';

const kind = currentBrowserKind();
const PATH = '/in/priya-raman/';
const secondDegree = fixture('classic-profile');
// The same card once they accepted: "· 1st", and no Connect in the card.
const firstDegree = asFirstDegree(secondDegree);

const openPanel = async (page) => {
  await waitForElement(page, 'fifteen-helper');
  await clickInHelper(page, 'helper-toggle');
  await pollPage(
    page,
    () => !!document.querySelector('fifteen-helper')?.shadowRoot?.querySelector('[data-testid="draft"]'),
    null,
    { what: 'the panel' },
  );
};

describe(`noticing the yes (${kind})`, () => {
  /** @type {Awaited<ReturnType<typeof launchBrowser>>} */
  let harness;
  before(async () => {
    harness = await launchBrowser(kind);
  });
  after(async () => {
    await harness?.close();
  });

  test('a pending connection note, then a 1st-degree profile: "accepted", and a message drafted', async () => {
    const before = await harness.newLinkedInPage({ [PATH]: secondDegree });
    try {
      await before.open(PATH);
      await openPanel(before.page);
      assert.equal(await helperText(before.page, 'accepted'), null, 'nothing to notice yet');
      await clickInHelper(before.page, 'log-request');
      await pollPage(
        before.page,
        () => /Logged/.test(document.querySelector('fifteen-helper')?.shadowRoot?.textContent ?? ''),
        null,
        { what: 'the request logged' },
      );
    } finally {
      await before.page.close();
    }

    const later = await harness.newLinkedInPage({ [PATH]: firstDegree });
    try {
      await later.open(PATH);
      await openPanel(later.page);
      await pollPage(
        later.page,
        () => !!document.querySelector('fifteen-helper')?.shadowRoot?.querySelector('[data-testid="accepted"]'),
        null,
        { what: 'the accepted notice' },
      );
      assert.match(await helperText(later.page, 'accepted'), /^Priya accepted your invitation/);
      const messageKind = await later.page.evaluate(
        () =>
          document
            .querySelector('fifteen-helper')
            .shadowRoot.querySelector('input[name="fifteen-kind"][value="message"]').checked,
      );
      assert.equal(messageKind, true, 'the next step is a LinkedIn message');
    } finally {
      await later.page.close();
    }
  });
});
