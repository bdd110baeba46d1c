// The messages between Fifteen's contexts, named by direction, and the one shape of a reply.
//
//   content script → background   StoreRequest   run one store operation (./store-ops.ts)
//   content script → background   PanelRequest   inject the helper's panel into this frame (./panel-injection.ts)
//   panel script   → button script                the panel's hand-over, in the page (./panel-contract.ts)
//
// Every request is answered with a Reply; the background checks who sent it once (./router.ts).
// This module holds only shapes and checks: both sides import it, and it imports neither.

/** What every request is answered with: the value, or an error said plainly. */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

/** content script → background: run the store operation `op` with `args`. */
export interface StoreRequest<Op extends string = string, Args extends readonly unknown[] = unknown[]> {
  type: 'fifteen/store';
  op: Op;
  args: Args;
}

/** content script → background: inject the helper's panel into the asking frame. */
export interface PanelRequest {
  type: 'fifteen/panel';
}

export function isPanelRequest(message: unknown): message is PanelRequest {
  return typeof message === 'object' && message !== null && (message as Partial<PanelRequest>).type === 'fifteen/panel';
}

/** Who sent a message, as the browser reports it. */
export interface Sender {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

/**
 * The one check of who may ask: this extension's content script on a LinkedIn page, and — where
 * `pages` allows — this extension's own pages. A look-alike host (www.linkedin.com.evil.example)
 * is not LinkedIn.
 */
export function isTrustedSender(
  sender: Sender,
  extensionId: string,
  extensionOrigin: string,
  { pages = true }: { pages?: boolean } = {},
): boolean {
  if (sender.id !== extensionId || !sender.url) return false;
  return sender.url.startsWith('https://www.linkedin.com/') || (pages && sender.url.startsWith(`${extensionOrigin}/`));
}

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
