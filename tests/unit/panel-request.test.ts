import { describe, expect, it, vi } from 'vitest';
import { injectPanel, isPanelRequest, PANEL_FILE } from '@/utils/panel-request';

const ID = 'fifteen-id';
const fromLinkedIn = { id: ID, url: 'https://www.linkedin.com/in/priya-raman/', tab: { id: 7 }, frameId: 3 };

describe('the panel request, in the background', () => {
  it('injects the panel file into the asking frame of the asking tab', async () => {
    const execute = vi.fn(async () => []);
    expect(await injectPanel(execute, fromLinkedIn, ID)).toEqual({ ok: true, value: null });
    expect(execute).toHaveBeenCalledExactlyOnceWith({ tabId: 7, frameIds: [3] });
    expect(PANEL_FILE).toBe('/content-scripts/linkedin-panel.js');
  });

  it.each([
    ['another extension', { ...fromLinkedIn, id: 'other' }],
    ['a page that is not LinkedIn', { ...fromLinkedIn, url: 'https://evil.example/in/x/' }],
    ['a look-alike host', { ...fromLinkedIn, url: 'https://www.linkedin.com.evil.example/' }],
    ['an extension page (no tab)', { id: ID, url: 'chrome-extension://fifteen-id/popup.html' }],
  ])('refuses %s and injects nothing', async (_what, sender) => {
    const execute = vi.fn(async () => []);
    expect(await injectPanel(execute, sender, ID)).toEqual({ ok: false, error: 'Not allowed.' });
    expect(execute).not.toHaveBeenCalled();
  });

  it('says why when the browser refuses', async () => {
    const execute = vi.fn(async () => {
      throw new Error('Cannot access contents of the page');
    });
    const reply = await injectPanel(execute, fromLinkedIn, ID);
    expect(reply).toEqual({ ok: false, error: expect.stringContaining('Cannot access contents of the page') });
  });

  it('knows its message and nothing else', () => {
    expect(isPanelRequest({ type: 'fifteen/panel' })).toBe(true);
    expect(isPanelRequest({ type: 'fifteen/store', op: 'profileState', args: [] })).toBe(false);
    expect(isPanelRequest(null)).toBe(false);
    expect(isPanelRequest('fifteen/panel')).toBe(false);
  });
});
