// The background's one entry for messages from the extension's other contexts: it tells the
// message's kind, checks once who sent it, and hands it on. Anything else is not answered (other
// listeners, or nobody, may).
import { injectPanel, type ExecutePanel } from './panel-injection';
import { isPanelRequest, isTrustedSender, type Reply, type Sender } from './protocol';
import { handleStoreRequest, isStoreRequest } from './store-ops';

export interface RouterContext {
  extensionId: string;
  /** The extension's own origin (chrome-extension://…, moz-extension://…). */
  extensionOrigin: string;
  executePanel: ExecutePanel;
}

const NOT_ALLOWED: Reply<never> = { ok: false, error: 'Not allowed.' };

/** The reply to a message, or undefined when it is not one of Fifteen's. */
export function routeMessage(
  message: unknown,
  sender: Sender,
  context: RouterContext,
): Promise<Reply<unknown>> | undefined {
  if (isPanelRequest(message)) {
    // Only a LinkedIn tab's frame can take the panel: not the extension's own pages.
    const tabId = sender.tab?.id;
    if (
      !isTrustedSender(sender, context.extensionId, context.extensionOrigin, { pages: false }) ||
      tabId === undefined
    ) {
      return Promise.resolve(NOT_ALLOWED);
    }
    return injectPanel(context.executePanel, tabId, sender.frameId ?? 0);
  }
  if (isStoreRequest(message)) {
    if (!isTrustedSender(sender, context.extensionId, context.extensionOrigin)) return Promise.resolve(NOT_ALLOWED);
    return handleStoreRequest(message);
  }
  return undefined;
}
