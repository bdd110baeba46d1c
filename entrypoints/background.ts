// Background: wiring only. Messages from content scripts and pages go to utils/messaging/router.ts;
// reminders and the badge are handled in utils/.
import { browser, defineBackground } from '#imports';
import { PANEL_FILE } from '@/utils/messaging/panel-injection';
import { routeMessage } from '@/utils/messaging/router';
import { registerReminders } from '@/utils/reminders';
import { ensurePointsIndex } from '@/utils/store/repository';

export default defineBackground(() => {
  const context = {
    extensionId: browser.runtime.id,
    extensionOrigin: new URL(browser.runtime.getURL('/')).origin,
    executePanel: (target: { tabId: number; frameIds: number[] }) =>
      browser.scripting.executeScript({ target, files: [PANEL_FILE] }),
  };
  browser.runtime.onMessage.addListener((message: unknown, sender) => routeMessage(message, sender, context));
  registerReminders();
  // The popup's first script paints points from the index alone, so one is built here whenever
  // there is none: on install (an empty store's index is complete at once: zeros) and after an
  // update from a version that stored data without one, so the first popup open after the update
  // does not wait for the records.
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install' || reason === 'update')
      ensurePointsIndex().catch((e: unknown) => console.error('[Fifteen] points index', e));
  });
});
