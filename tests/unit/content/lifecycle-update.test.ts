// @vitest-environment happy-dom
// The helper's lifecycle across an update of the extension: helpers left by an earlier copy of
// the content script (which can no longer run) are replaced, so the page has one live helper;
// once this copy's context is invalid, its own helper goes at the page's next change.
import { afterEach, describe, expect, it } from 'vitest';
import type { ContentScriptContext } from '#imports';
import { HELPER_TAG, startLifecycle, type MountFn } from '@/entrypoints/linkedin.content/lifecycle';
import { loadFixture } from '../linkedin/fixtures';

function fakeCtx() {
  const listeners: (() => void)[] = [];
  const ctx = {
    isInvalid: false,
    onInvalidated: (cb: () => void) => void listeners.push(cb),
  };
  const invalidate = () => {
    ctx.isInvalid = true;
    listeners.forEach((cb) => cb());
  };
  return { ctx: ctx as unknown as ContentScriptContext, invalidate };
}

const mount: MountFn = () => {
  const host = document.createElement(HELPER_TAG);
  document.body.append(host);
  return { host, remove: () => host.remove() };
};
const flush = () => new Promise((r) => setTimeout(r, 0));
/** This document, at a LinkedIn address (happy-dom's own location is localhost). */
const at = (href: string) =>
  ({
    document,
    location: { href },
    setTimeout: window.setTimeout.bind(window),
    clearTimeout: window.clearTimeout.bind(window),
    addEventListener: () => {},
    removeEventListener: () => {},
  }) as unknown as Window;

afterEach(() => document.body.replaceChildren());

describe('the lifecycle after an update', () => {
  it('removes helpers an earlier copy of the script left behind, even where it mounts none', () => {
    const orphan = document.createElement(HELPER_TAG);
    document.body.append(orphan);
    const { ctx } = fakeCtx();
    const stop = startLifecycle(ctx, mount, at('https://www.linkedin.com/feed/'));
    expect(orphan.isConnected).toBe(false);
    stop();
  });

  it('on a profile, replaces the orphan with its own helper: exactly one', async () => {
    const page = loadFixture('classic-profile.html');
    document.title = page.title;
    document.body.replaceChildren(...Array.from(page.doc.body.childNodes).map((n) => document.importNode(n, true)));
    const orphan = document.createElement(HELPER_TAG);
    orphan.dataset.old = '';
    document.body.append(orphan);
    const { ctx, invalidate } = fakeCtx();
    const stop = startLifecycle(ctx, mount, at(page.url.href));
    expect(document.querySelectorAll(HELPER_TAG)).toHaveLength(1);
    expect(document.querySelector(`${HELPER_TAG}[data-old]`)).toBeNull();
    invalidate();
    document.body.append(document.createElement('div'));
    await flush();
    expect(document.querySelectorAll(HELPER_TAG)).toHaveLength(0);
    stop();
  });
});
