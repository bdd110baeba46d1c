// Background: wiring only. Store requests from content scripts, reminders and the badge are
// handled in utils/.
import { browser, defineBackground } from '#imports';
import { handleStoreRequest, isStoreRequest } from '@/utils/store/remote-server';
import { registerReminders } from '@/utils/reminders';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (isStoreRequest(message)) return handleStoreRequest(message);
    return undefined;
  });
  registerReminders();
});
