// The content script's side of the store: a normal call reaches the background's operations; once
// the extension was updated or reloaded under the page, calls say so plainly instead of failing
// with the browser's "Extension context invalidated".
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { browser } from '#imports';
import { callRemote, ExtensionUpdatedError } from '@/utils/messaging/client';
import { isTrustedSender } from '@/utils/messaging/protocol';
import { handleStoreRequest, isStoreRequest } from '@/utils/messaging/store-ops';

const extensionId = fakeBrowser.runtime.id;
beforeEach(() => {
  fakeBrowser.reset();
  (fakeBrowser.runtime as { id?: string }).id = extensionId;
  browser.runtime.onMessage.addListener((message: unknown) =>
    isStoreRequest(message) ? handleStoreRequest(message) : undefined,
  );
});

describe('callRemote', () => {
  it('runs the operation in the background and returns its result', async () => {
    await callRemote('saveContact', { id: 'ada', name: 'Ada Lovelace' });
    expect((await callRemote('profileState', 'ada')).contact?.name).toBe('Ada Lovelace');
  });

  it("passes the background's error message on", async () => {
    await expect(callRemote('recordOutcome', 'nope', { status: 'met' })).rejects.toThrow(
      'That conversation no longer exists.',
    );
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

describe('the background checks what a content script sends', () => {
  const ask = (op: string, args: unknown[]) => handleStoreRequest({ type: 'fifteen/store', op, args } as never);

  it('refuses malformed arguments and stores nothing', async () => {
    const bad = [
      ['logRequest', [{ contact: { id: 'x', name: 'X' }, channel: 'carrier-pigeon', goal: 1 }]],
      ['logRequest', [{ contact: { id: 'x', name: 'X' }, channel: 'email', goal: 99 }]],
      ['logRequest', [{ contact: { id: 'x', name: 'X' }, channel: 'email', goal: 1, requestedAt: 'yesterday' }]],
      ['logRequest', [{ contact: { id: '', name: 'X' }, channel: 'email', goal: 1 }]],
      ['logRequest', [{ contact: { id: 'x', name: 42 }, channel: 'email', goal: 1 }]],
      ['saveContact', [{ id: 'x', name: 'X', profileUrl: 'https://evil.example/in/x/' }]],
      ['saveContact', [{ id: 'x', name: 'X', referredBy: 'c1' }]],
      ['recordOutcome', ['c1', { status: 'met', outcomes: { opening: 'yes' } }]],
    ] as const;
    for (const [op, args] of bad) {
      const reply = await ask(op, [...args]);
      expect(reply, `${op} ${JSON.stringify(args)}`).toEqual({
        ok: false,
        error: `Fifteen refused a malformed request (${op}).`,
      });
    }
    expect(await browser.storage.local.get(null)).toEqual({});
  });

  it('no longer offers a general update of any conversation', () => {
    expect(isStoreRequest({ type: 'fifteen/store', op: 'updateConversation', args: [] })).toBe(false);
  });

  it('takes back a mistaken request only for the person shown, and only while it is a request', async () => {
    const c = await callRemote('logRequest', { contact: { id: 'ada', name: 'Ada' }, channel: 'email', goal: 1 });
    expect(await callRemote('undoRequest', c.id, 'someone-else')).toBe(false);
    await callRemote('recordOutcome', c.id, { status: 'declined' });
    expect(await callRemote('undoRequest', c.id, 'ada')).toBe(false);
    const d = await callRemote('logRequest', { contact: { id: 'ada', name: 'Ada' }, channel: 'email', goal: 1 });
    expect(await callRemote('undoRequest', d.id, 'ada')).toBe(true);
    expect((await callRemote('profileState', 'ada')).conversations.map((x) => x.id)).toEqual([c.id]);
  });

  it('keeps the plan for a chat only on a conversation of the person shown, and schedules with a length', async () => {
    const c = await callRemote('logRequest', { contact: { id: 'ada', name: 'Ada' }, channel: 'email', goal: 2 });
    expect(await callRemote('savePrepNotes', c.id, 'someone-else', 'mine now')).toBe(false);
    expect(await callRemote('savePrepNotes', c.id, 'ada', 'Ask about the team.')).toBe(true);
    await callRemote('recordOutcome', c.id, {
      status: 'scheduled',
      scheduledFor: '2026-12-10T09:00:00.000Z',
      durationMinutes: 20,
    });
    expect((await callRemote('profileState', 'ada')).conversations[0]).toMatchObject({
      prepNotes: 'Ask about the team.',
      durationMinutes: 20,
    });
    await expect(
      callRemote('recordOutcome', c.id, { status: 'scheduled', durationMinutes: 0 } as never),
    ).rejects.toThrow();
  });

  it('records when an invitation was first seen accepted, once, only on a pending note request of the person shown', async () => {
    const note = await callRemote('logRequest', {
      contact: { id: 'ada', name: 'Ada' },
      channel: 'linkedin-note',
      goal: 1,
    });
    const email = await callRemote('logRequest', { contact: { id: 'ada', name: 'Ada' }, channel: 'email', goal: 1 });
    expect(await callRemote('markAccepted', note.id, 'someone-else')).toBe(false);
    expect(await callRemote('markAccepted', email.id, 'ada')).toBe(false);
    expect(await callRemote('markAccepted', note.id, 'ada')).toBe(true);
    const first = (await callRemote('profileState', 'ada')).conversations.find((c) => c.id === note.id)!.acceptedAt;
    expect(first).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    await new Promise((r) => setTimeout(r, 5));
    expect(await callRemote('markAccepted', note.id, 'ada')).toBe(true);
    expect((await callRemote('profileState', 'ada')).conversations.find((c) => c.id === note.id)!.acceptedAt).toBe(
      first,
    );
    expect(
      (await callRemote('profileState', 'ada')).conversations.find((c) => c.id === email.id)!.acceptedAt ?? null,
    ).toBeNull();
  });

  it('names who suggested this person', async () => {
    const c = await callRemote('logRequest', {
      contact: { id: 'ada', name: 'Ada Lovelace' },
      channel: 'email',
      goal: 2,
    });
    await callRemote('recordOutcome', c.id, {
      status: 'met',
      outcomes: { connected: true, referral: true, memorable: false, opening: false },
      referralNames: ['Charles Babbage'],
    });
    expect((await callRemote('profileState', 'charles-babbage')).referrer).toBe('Ada Lovelace');
    expect((await callRemote('profileState', 'ada')).referrer).toBeNull();
  });

  it('answers only this extension, from LinkedIn or its own pages', () => {
    const origin = 'chrome-extension://abc';
    expect(isTrustedSender({ id: 'abc', url: 'https://www.linkedin.com/in/ada/' }, 'abc', origin)).toBe(true);
    expect(isTrustedSender({ id: 'abc', url: 'chrome-extension://abc/popup.html' }, 'abc', origin)).toBe(true);
    expect(isTrustedSender({ id: 'other', url: 'https://www.linkedin.com/in/ada/' }, 'abc', origin)).toBe(false);
    expect(isTrustedSender({ id: 'abc', url: 'https://www.linkedin.com.evil.example/' }, 'abc', origin)).toBe(false);
    expect(isTrustedSender({ id: 'abc' }, 'abc', origin)).toBe(false);
  });
});
