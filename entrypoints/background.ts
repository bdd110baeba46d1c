// Background: wiring only. Store requests and panel requests from content scripts, reminders and
// the badge are handled in utils/.
import { browser, defineBackground } from '#imports';
import { handleStoreRequest, isStoreRequest, isTrustedSender } from '@/utils/store/remote-server';
import { registerReminders } from '@/utils/reminders';
import { ensurePointsIndex } from '@/utils/store/repository';
import { injectPanel, isPanelRequest, PANEL_FILE } from '@/utils/panel-request';

export default defineBackground(() => {
  const origin = new URL(browser.runtime.getURL('/')).origin;
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (isPanelRequest(message)) {
      return injectPanel((target) => browser.scripting.executeScript({ target, files: [PANEL_FILE] }), sender, browser.runtime.id);
    }
    if (!isStoreRequest(message)) return undefined;
    if (!isTrustedSender(sender, browser.runtime.id, origin)) return Promise.resolve({ ok: false, error: 'Not allowed.' });
    return handleStoreRequest(message);
  });
  registerReminders();
  // The popup's first script paints points from the index alone, so one is built here whenever
  // there is none: on install (an empty store's index is complete at once: zeros) and after an
  // update from a version that stored data without one, so the first popup open after the update
  // does not wait for the records.
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install' || reason === 'update') ensurePointsIndex().catch((e: unknown) => console.error('[Fifteen] points index', e));
  });
});
