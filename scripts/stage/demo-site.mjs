// The demo's small LinkedIn: the dressed fixtures served as a LinkedIn-like single-page app that
// navigates the way LinkedIn does, for `npm run demo`. Test-side only.
import { screens } from '../../tests/e2e/linkedin-spa.mjs';
import { BLANK_GIF, BROKEN_GIF, dress } from './look.mjs';

/** The screens of the demo: profiles on both front ends, and the feed. */
export const DEMO_SCREENS = ['classic-profile', 'sdui-profile-view-name', 'classic-profile-fr', 'feed'];

const bodyOf = (html) => /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? '';

/**
 * The demo's document for one starting screen: the dressed fixture, every demo screen as a
 * <template>, a bar that links them, and a small script that moves between them the way
 * LinkedIn does (history.pushState, then a new body) — no page load, so the helper has to follow.
 * No HTML strings are parsed in the page: it runs under LinkedIn's Trusted Types policy.
 */
export function demoDocument(first) {
  const all = screens(DEMO_SCREENS);
  const label = {
    'classic-profile': 'Priya Raman · classic',
    'sdui-profile-view-name': 'Jonas Weber · new front end',
    'classic-profile-fr': 'Camille Dubois · French',
    feed: 'Feed (no helper)',
  };
  const bar = `<nav id="fifteen-demo-bar" aria-label="Fifteen demo"><strong>Fifteen demo</strong> — sample pages, not LinkedIn:
${DEMO_SCREENS.map((name) => `<a href="${new URL(all[name].path, 'https://www.linkedin.com').href}" data-demo-screen="${name}">${label[name]}</a>`).join('\n')}
<span id="fifteen-demo-note" role="status"></span></nav>`;
  const templates = Object.entries(all)
    .map(
      ([name, s]) =>
        `<template data-screen="${name}" data-path="${s.path}" data-title="${s.title.replace(/"/g, '&quot;')}">${bodyOf(s.html).replaceAll(BROKEN_GIF, BLANK_GIF)}</template>`,
    )
    .join('\n');
  const script = `<script>
(() => {
  const keep = () => [...document.querySelectorAll('template[data-screen], #fifteen-demo-bar')];
  const show = (path, push) => {
    const t = [...document.querySelectorAll('template[data-screen]')].find((x) => x.dataset.path === path);
    if (!t) return false;
    if (push) history.pushState({}, '', path);
    // LinkedIn renders the new screen a moment after the address changes.
    setTimeout(() => {
      document.title = t.dataset.title;
      document.body.replaceChildren(t.content.cloneNode(true), ...keep());
      window.scrollTo(0, 0);
    }, 250);
    return true;
  };
  document.addEventListener('click', (e) => {
    const a = e.target instanceof Element && e.target.closest('a[href]');
    if (!a || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey) return;
    const url = new URL(a.href, location.href);
    if (url.origin !== location.origin) return;
    e.preventDefault();
    if (url.pathname === location.pathname) return;
    if (!show(url.pathname, true)) {
      const note = document.getElementById('fifteen-demo-note');
      if (note) note.textContent = url.pathname + ' is not part of the demo.';
    }
  }, true);
  addEventListener('popstate', () => show(location.pathname, false));
})();
</script>`;
  const barCss = `<style>
#fifteen-demo-bar { position: fixed; left: 0; right: 0; bottom: 0; z-index: 20; display: flex; flex-wrap: wrap; align-items: center; gap: 6px 14px; padding: 8px 16px;
  background: #3b2a1e; color: #fff; font: 13px/1.4 system-ui, sans-serif; }
#fifteen-demo-bar a { color: #f3d9bf; font-weight: 600; }
#fifteen-demo-note { color: #ffd3a8; }
body { padding-bottom: 48px; }
</style>`;
  return dress(all[first].html, { extraHead: barCss }).replace(/<\/body>/i, `${bar}\n${templates}\n${script}\n</body>`);
}

/** Every demo screen's path → the demo document starting there (a reload anywhere works). */
export function demoRoutes() {
  const all = screens(DEMO_SCREENS);
  return Object.fromEntries(Object.entries(all).map(([name, s]) => [s.path.split('?')[0], demoDocument(name)]));
}
