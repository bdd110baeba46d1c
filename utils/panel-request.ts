// The background's side of a content script's request for the helper's panel: the panel script
// (built from entrypoints/linkedin-panel.content, registered at run time, not in the manifest) is
// injected into the asking frame only, and only for this extension's own content script on a
// LinkedIn page. Injecting on request keeps the script every LinkedIn page gets small.
import type { PanelReply, PanelRequest } from './store/remote';

/** Where WXT writes the runtime-registered content script `linkedin-panel`. */
export const PANEL_FILE = '/content-scripts/linkedin-panel.js';

export function isPanelRequest(message: unknown): message is PanelRequest {
  return typeof message === 'object' && message !== null && (message as Partial<PanelRequest>).type === 'fifteen/panel';
}

export interface PanelSender {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

/** Runs PANEL_FILE in a frame: `browser.scripting.executeScript` in the background. */
export type ExecutePanel = (target: { tabId: number; frameIds: number[] }) => Promise<unknown>;

/** Injects the panel into the sender's frame; always answers (errors as a message). */
export async function injectPanel(execute: ExecutePanel, sender: PanelSender, extensionId: string): Promise<PanelReply> {
  const tabId = sender.tab?.id;
  if (sender.id !== extensionId || !sender.url?.startsWith('https://www.linkedin.com/') || tabId === undefined) {
    return { ok: false, error: 'Not allowed.' };
  }
  try {
    await execute({ tabId, frameIds: [sender.frameId ?? 0] });
    return { ok: true, value: null };
  } catch (e) {
    return { ok: false, error: `Fifteen could not open its panel here (${e instanceof Error ? e.message : String(e)}).` };
  }
}
