// Content scripts run in LinkedIn's origin, outside the lock that extension pages share, so their
// reads and writes go to the background as typed messages and run there. This module is the
// content script's side: it imports only types, so no storage code lands in the page.
import { browser } from '#imports';
import type { REMOTE_OPS } from './remote-server';

export type RemoteOp = keyof typeof REMOTE_OPS;
type Args<K extends RemoteOp> = Parameters<(typeof REMOTE_OPS)[K]>;
export type RemoteResult<K extends RemoteOp> = Awaited<ReturnType<(typeof REMOTE_OPS)[K]>>;

/** content script → background */
export interface StoreRequest<K extends RemoteOp = RemoteOp> {
  type: 'fifteen/store';
  op: K;
  args: Args<K>;
}
/** background → content script */
export type StoreReply<K extends RemoteOp = RemoteOp> = { ok: true; value: RemoteResult<K> } | { ok: false; error: string };

/**
 * The extension was reloaded or updated under this content script: its old copy can no longer
 * reach the background, and only a reload of the page brings the new one. Said plainly to the
 * user, and not logged as a failure.
 */
export class ExtensionUpdatedError extends Error {
  override name = 'ExtensionUpdatedError';
  constructor() {
    super('Fifteen was updated: reload the page.');
  }
}

export const isExtensionUpdated = (e: unknown): boolean => e instanceof Error && e.name === 'ExtensionUpdatedError';

/** Whether this script's extension context is gone (Chromium clears runtime.id; access may throw). */
function contextGone(): boolean {
  try {
    return !browser.runtime?.id;
  } catch {
    return true;
  }
}

/** In a content script: asks the background to run an operation. */
export function callRemote<K extends RemoteOp>(op: K, ...args: Args<K>): Promise<RemoteResult<K>> {
  const request: StoreRequest<K> = { type: 'fifteen/store', op, args };
  return ask<RemoteResult<K>>(request);
}

/** content script → background: inject the helper's panel into this frame (see panel-request.ts). */
export interface PanelRequest {
  type: 'fifteen/panel';
}
export type PanelReply = { ok: true; value: null } | { ok: false; error: string };

/** In a content script: asks the background to inject the helper's panel into this frame. */
export function requestPanel(): Promise<null> {
  const request: PanelRequest = { type: 'fifteen/panel' };
  return ask<null>(request);
}

async function ask<T>(request: StoreRequest | PanelRequest): Promise<T> {
  if (contextGone()) throw new ExtensionUpdatedError();
  let reply: { ok: true; value: T } | { ok: false; error: string } | undefined;
  try {
    reply = (await browser.runtime.sendMessage(request)) as typeof reply;
  } catch (e) {
    if (contextGone() || /context invalidated/i.test(String(e))) throw new ExtensionUpdatedError();
    throw e;
  }
  if (!reply) throw new Error('Fifteen could not reach its storage. Reload the page and try again.');
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}
