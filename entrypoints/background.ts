// Background: wiring only. Store requests from content scripts, reminders and the badge are
// handled in utils/.
import { browser, defineBackground } from '#imports';
import { handleStoreRequest, isStoreRequest, isTrustedSender } from '@/utils/store/remote-server';
import { registerReminders } from '@/utils/reminders';

export default defineBackground(() => {
  const origin = new URL(browser.runtime.getURL('/')).origin;
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isStoreRequest(message)) return undefined;
    if (!isTrustedSender(sender, browser.runtime.id, origin)) return Promise.resolve({ ok: false, error: 'Not allowed.' });
    return handleStoreRequest(message);
  });
  registerReminders();
});
