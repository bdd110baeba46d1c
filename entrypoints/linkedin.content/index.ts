// The profile helper's entry on LinkedIn: lifecycle and mounting only; reading the page lives in
// utils/linkedin, the view in components/helper.
import { defineContentScript } from '#imports';
import { callRemote } from '@/utils/messaging/client';
import { startLifecycle, type Placement } from './lifecycle';
import { mountHelper } from './mount';

export default defineContentScript({
  matches: ['https://www.linkedin.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    // Whether the person could be read is counted once per profile this page shows (a helper
    // remounted for the same person is not a new profile), so the options page can tell the user
    // when LinkedIn's pages have changed under the readers. Counted in this browser only.
    const counted = new Set<string>();
    startLifecycle(ctx, (placement: Placement) => {
      const { slug, name } = placement.reading;
      if (!counted.has(slug)) {
        counted.add(slug);
        callRemote('recordRead', name !== '').catch(() => {
          // Bookkeeping only: an extension updated under the page, say, must not disturb the helper.
        });
      }
      return mountHelper(placement);
    });
  },
});
