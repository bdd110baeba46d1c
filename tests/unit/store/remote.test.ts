// The content script's side of the store: a normal call reaches the background's operations; once
// the extension was updated or reloaded under the page, calls say so plainly instead of failing
// with the browser's "Extension context invalidated".
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { browser } from '#imports';
import { callRemote, ExtensionUpdatedError } from '@/utils/store/remote';
import { handleStoreRequest, isStoreRequest } from '@/utils/store/remote-server';

beforeEach(() => {
  fakeBrowser.reset();
  browser.runtime.onMessage.addListener((message: unknown) => (isStoreRequest(message) ? handleStoreRequest(message) : undefined));
});

describe('callRemote', () => {
  it('runs the operation in the background and returns its result', async () => {
    await callRemote('saveContact', { id: 'ada', name: 'Ada Lovelace' });
    expect((await callRemote('profileState', 'ada')).contact?.name).toBe('Ada Lovelace');
  });

  it("passes the background's error message on", async () => {
    await expect(callRemote('recordOutcome', 'nope', { status: 'met' })).rejects.toThrow('That conversation no longer exists.');
  });

  it('after the extension was reloaded: "Fifteen was updated: reload the page."', async () => {
    const send = vi.spyOn(browser.runtime, 'sendMessage');
    (fakeBrowser.runtime as { id?: string }).id = undefined;
    const call = callRemote('profileState', 'ada');
    await expect(call).rejects.toBeInstanceOf(ExtensionUpdatedError);
    await expect(call).rejects.toThrow('Fifteen was updated: reload the page.');
    expect(send).not.toHaveBeenCalled();
  });

  it('when the browser says the context is invalidated mid-call: the same plain message', async () => {
    vi.spyOn(browser.runtime, 'sendMessage').mockRejectedValue(new Error('Extension context invalidated.'));
    await expect(callRemote('profileState', 'ada')).rejects.toThrow('Fifteen was updated: reload the page.');
  });
});
