// Time from a profile's top card entering the page to the helper appearing, over in-page
// navigations that alternate LinkedIn's two front ends. A page script, installed while the
// document parses (so its MutationObserver is called before the content script's), records
// performance.now() when a new top card is inserted and when the helper for that profile appears.
import { navigate, screens, spaDocument } from '../tests/e2e/linkedin-spa.mjs';
import { pollPage } from '../tests/e2e/harness.mjs';

const CYCLE = ['classic-profile', 'sdui-profile-view-name', 'classic-profile-fr', 'sdui-name-markup'];

// Runs in the page (main world). The top card markers of both front ends (utils/linkedin/selectors).
function watcher() {
  const CARD =
    '[data-view-name="profile-top-card"], [componentkey$="Topcard"], [id$="Topcard"], h1.text-heading-xlarge';
  const state = (window.__fifteenBench = { armed: false, old: new Set(), slug: '', t0: 0, t1: 0 });
  window.__fifteenBenchArm = (slug) => {
    Object.assign(state, { armed: true, old: new Set(document.querySelectorAll(CARD)), slug, t0: 0, t1: 0 });
  };
  new MutationObserver(() => {
    if (!state.armed) return;
    const now = performance.now();
    if (!state.t0 && [...document.querySelectorAll(CARD)].some((el) => !state.old.has(el))) state.t0 = now;
    if (state.t0 && !state.t1 && document.querySelector(`fifteen-helper[data-slug="${state.slug}"]`)) {
      state.t1 = now;
      state.armed = false;
    }
  }).observe(document, { childList: true, subtree: true });
}

export async function measureHelperLatency(session, { navigations = 16 } = {}) {
  const all = screens([...CYCLE, 'feed']);
  const doc = spaDocument(all, 'feed').replace(/<head>/i, `<head><script>(${watcher})()</script>`);
  const routes = Object.fromEntries(Object.values(all).map((s) => [s.path.split('?')[0], doc]));
  const { page, open } = await session.newLinkedInPage(routes);
  try {
    await open('/feed/');
    const samples = [];
    for (let i = 0; i < navigations; i++) {
      const name = CYCLE[i % CYCLE.length];
      const slug = decodeURIComponent(all[name].path.split('/')[2]).toLowerCase();
      await page.evaluate((slug) => window.__fifteenBenchArm(slug), slug);
      await navigate(page, all, name, { delay: 100, skeleton: i % 2 === 1 });
      await pollPage(page, () => window.__fifteenBench.t1 > 0, undefined, {
        timeout: 10_000,
        interval: 20,
        what: `the helper on ${name}`,
      });
      const { t0, t1 } = await page.evaluate(() => window.__fifteenBench);
      samples.push(t1 - t0);
    }
    return samples;
  } finally {
    await page.close();
  }
}

// Runs in the page (main world) while the document parses, for the "LinkedIn still busy" case:
// long tasks (`ms` of work every `every` ms) for the first `forMs` after navigation start, as a
// page still hydrating has.
function busyPage(ms, every, forMs) {
  const spin = () => {
    const end = performance.now() + ms;
    while (performance.now() < end);
    if (performance.now() < forMs) setTimeout(spin, every - ms);
  };
  setTimeout(spin, 0);
}

/**
 * Time from the first click on the helper's button on a freshly opened profile to the panel
 * showing a draft: the panel script is injected by the background, then shows this person's
 * draft. One new page per sample. `dom`: the draft is in the document; `painted`: the next frame
 * has its style and layout done with the draft in it, which is when a person sees it.
 * - hover: false (default) — a click with no pointer over the button first (no focus either:
 *   a screen reader's or voice control's click), so nothing was fetched ahead;
 *   a number — the pointer enters the button that many ms before the click.
 * - busy: the click comes as soon as the button is there while the page runs long tasks
 *   (50 ms of every 70, for 3 s), as LinkedIn does right after load.
 */
export async function measurePanelOpen(session, { opens = 7, hover = false, busy = false } = {}) {
  const all = screens(['classic-profile', 'sdui-profile']);
  const dom = [];
  const painted = [];
  for (let i = 0; i < opens; i++) {
    const name = i % 2 ? 'sdui-profile' : 'classic-profile';
    let doc = spaDocument(all, name);
    if (busy) doc = doc.replace(/<head>/i, `<head><script>(${busyPage})(50, 70, 3000)</script>`);
    const { page, open } = await session.newLinkedInPage({ [all[name].path.split('?')[0]]: doc });
    try {
      await open(all[name].path);
      await pollPage(
        page,
        () => !!document.querySelector('fifteen-helper')?.shadowRoot?.querySelector('[data-testid="helper-toggle"]'),
        undefined,
        { timeout: 10_000, interval: busy ? 5 : 100, what: 'the helper' },
      );
      await page.evaluate(async (hover) => {
        const root = document.querySelector('fifteen-helper').shadowRoot;
        const pill = root.querySelector('[data-testid="helper-toggle"]');
        if (hover !== false) {
          pill.dispatchEvent(new PointerEvent('pointerenter', { pointerType: 'mouse' }));
          await new Promise((r) => setTimeout(r, hover));
        }
        window.__panelT0 = performance.now();
        const seen = () => {
          if (window.__panelT1 || !root.querySelector('[data-testid="draft"]')?.value) return;
          window.__panelT1 = performance.now();
          // The frame that shows it: its style and layout done (forced here, in that frame's
          // animation callback), not whatever tasks run after it.
          requestAnimationFrame(() => {
            root.querySelector('[data-testid="draft"]').getBoundingClientRect();
            window.__panelT2 = performance.now();
          });
        };
        new MutationObserver(seen).observe(root, {
          childList: true,
          subtree: true,
          attributes: true,
          characterData: true,
        });
        pill.click();
      }, hover);
      await pollPage(page, () => window.__panelT2 > 0, undefined, { timeout: 10_000, interval: 20, what: 'the panel' });
      const t = await page.evaluate(() => [window.__panelT1 - window.__panelT0, window.__panelT2 - window.__panelT0]);
      dom.push(t[0]);
      painted.push(t[1]);
    } finally {
      await page.close();
    }
  }
  return { dom, painted };
}
