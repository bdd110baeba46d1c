// The profile helper's lifecycle on LinkedIn: mounting only; reading the page lives in utils/linkedin.
import { defineContentScript } from '#imports';

export default defineContentScript({
  matches: ['https://www.linkedin.com/*'],
  main() {},
});
