// The background's one entry for messages: the kind told, the sender checked once, the panel
// injected only into a LinkedIn tab's asking frame, store requests from LinkedIn or the extension's
// own pages, anything else not answered.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { PANEL_FILE } from '@/utils/messaging/panel-injection';
import { routeMessage } from '@/utils/messaging/router';

const ID = 'fifteen-id';
const ORIGIN = 'chrome-extension://fifteen-id';
const fromLinkedIn = { id: ID, url: 'https://www.linkedin.com/in/priya-raman/', tab: { id: 7 }, frameId: 3 };
const panel = { type: 'fifteen/panel' };
const context = (execute = vi.fn(async () => [])) => ({
  extensionId: ID,
  extensionOrigin: ORIGIN,
  executePanel: execute,
});

describe('the panel request, in the background', () => {
  beforeEach(() => fakeBrowser.reset());

  it('injects the panel file into the asking frame of the asking tab', async () => {
    const execute = vi.fn(async () => []);
    expect(await routeMessage(panel, fromLinkedIn, context(execute))).toEqual({ ok: true, value: null });
    expect(execute).toHaveBeenCalledExactlyOnceWith({ tabId: 7, frameIds: [3] });
    expect(PANEL_FILE).toBe('/content-scripts/linkedin-panel.js');
  });

  it.each([
    ['another extension', { ...fromLinkedIn, id: 'other' }],
    ['a page that is not LinkedIn', { ...fromLinkedIn, url: 'https://evil.example/in/x/' }],
    ['a look-alike host', { ...fromLinkedIn, url: 'https://www.linkedin.com.evil.example/' }],
    ['an extension page (no tab)', { id: ID, url: `${ORIGIN}/popup.html` }],
    ['an extension page in a tab', { id: ID, url: `${ORIGIN}/popup.html`, tab: { id: 9 } }],
  ])('refuses %s and injects nothing', async (_what, sender) => {
    const execute = vi.fn(async () => []);
    expect(await routeMessage(panel, sender, context(execute))).toEqual({ ok: false, error: 'Not allowed.' });
    expect(execute).not.toHaveBeenCalled();
  });

  it('says why when the browser refuses', async () => {
    const execute = vi.fn(async () => {
      throw new Error('Cannot access contents of the page');
    });
    const reply = await routeMessage(panel, fromLinkedIn, context(execute));
    expect(reply).toEqual({ ok: false, error: expect.stringContaining('Cannot access contents of the page') });
  });
});

describe('store requests, in the background', () => {
  beforeEach(() => fakeBrowser.reset());

  it('runs them for LinkedIn and for the extension own pages, refuses anyone else', async () => {
    const request = { type: 'fifteen/store', op: 'profileState', args: ['ada'] };
    expect(await routeMessage(request, fromLinkedIn, context())).toMatchObject({ ok: true });
    expect(await routeMessage(request, { id: ID, url: `${ORIGIN}/options.html` }, context())).toMatchObject({
      ok: true,
    });
    expect(await routeMessage(request, { ...fromLinkedIn, id: 'other' }, context())).toEqual({
      ok: false,
      error: 'Not allowed.',
    });
    expect(
      await routeMessage(request, { id: ID, url: 'chrome-extension://fifteen-id-evil/x.html' }, context()),
    ).toEqual({ ok: false, error: 'Not allowed.' });
  });

  it('answers nothing that is not Fifteen message', () => {
    for (const message of [
      null,
      'fifteen/panel',
      { type: 'fifteen/store', op: 'updateConversation', args: [] },
      { type: 'other' },
    ]) {
      expect(routeMessage(message, fromLinkedIn, context())).toBeUndefined();
    }
  });
});
