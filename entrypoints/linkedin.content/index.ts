// The profile helper's entry on LinkedIn: lifecycle and mounting only; reading the page lives in
// utils/linkedin, the view in components/helper.
import { defineContentScript } from '#imports';
import { startLifecycle } from './lifecycle';
import { mountHelper } from './mount';

export default defineContentScript({
  matches: ['https://www.linkedin.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    startLifecycle(ctx, mountHelper);
  },
});
