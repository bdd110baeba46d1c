// The content script's side of its requests to the background: store operations (typed from
// ./store-ops.ts, imported for its types only, so no storage code lands in the page) and the
// helper's panel. Content scripts run in LinkedIn's origin, outside the lock the extension's pages
// share, so their reads and writes run in the background.
import { browser } from '#imports';
import { ExtensionUpdatedError, type PanelRequest, type Reply, type StoreRequest } from './protocol';
import type { RemoteArgs, RemoteOp, RemoteResult } from './store-ops';

export type { RemoteResult } from './store-ops';
export { ExtensionUpdatedError, isExtensionUpdated } from './protocol';

/** Whether this script's extension context is gone (Chromium clears runtime.id; access may throw). */
function contextGone(): boolean {
  try {
    return !browser.runtime?.id;
  } catch {
    return true;
  }
}

/** Asks the background to run a store operation. */
export function callRemote<K extends RemoteOp>(op: K, ...args: RemoteArgs<K>): Promise<RemoteResult<K>> {
  const request: StoreRequest<K, RemoteArgs<K>> = { type: 'fifteen/store', op, args };
  return ask<RemoteResult<K>>(request);
}

/** Asks the background to inject the helper's panel into this frame. */
export function requestPanel(): Promise<null> {
  const request: PanelRequest = { type: 'fifteen/panel' };
  return ask<null>(request);
}

async function ask<T>(request: StoreRequest | PanelRequest): Promise<T> {
  if (contextGone()) throw new ExtensionUpdatedError();
  let reply: Reply<T> | undefined;
  try {
    reply = (await browser.runtime.sendMessage(request)) as Reply<T> | undefined;
  } catch (e) {
    if (contextGone() || /context invalidated/i.test(String(e))) throw new ExtensionUpdatedError();
    throw e;
  }
  if (!reply) throw new Error('Fifteen could not reach its storage. Reload the page and try again.');
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}
