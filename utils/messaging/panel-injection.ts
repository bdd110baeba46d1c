// The background's side of a content script's request for the helper's panel: the panel script
// (built from entrypoints/linkedin-panel.content, registered at run time, not in the manifest) is
// injected into the asking frame only. Injecting on request keeps the script every LinkedIn page
// gets small. Who may ask is checked by ./router.ts.
import { errorMessage } from '../domain/errors';
import type { Reply } from './protocol';

/** Where WXT writes the runtime-registered content script `linkedin-panel`. */
export const PANEL_FILE = '/content-scripts/linkedin-panel.js';

/** Runs PANEL_FILE in a frame: `browser.scripting.executeScript` in the background. */
export type ExecutePanel = (target: { tabId: number; frameIds: number[] }) => Promise<unknown>;

/** Injects the panel into a tab's frame; always answers (errors as a message). */
export async function injectPanel(execute: ExecutePanel, tabId: number, frameId: number): Promise<Reply<null>> {
  try {
    await execute({ tabId, frameIds: [frameId] });
    return { ok: true, value: null };
  } catch (e) {
    return { ok: false, error: `Fifteen could not open its panel here (${errorMessage(e)}).` };
  }
}
