// The stage's LinkedIn look: the hand-made fixtures (tests/fixtures/linkedin) dressed in a
// stylesheet that makes them look roughly like LinkedIn, for `npm run demo` and
// `npm run screenshots`. Test-side only: nothing here ships in the extension.
import { fixture } from '../../tests/e2e/harness.mjs';
import { screens } from '../../tests/e2e/linkedin-spa.mjs';

/**
 * A rough LinkedIn look for both front ends' fixtures: grey page, white rounded cards, round
 * blue Connect / outlined Message / grey More buttons. Addressed by the fixtures' classic class
 * names and, for the SDUI ones, by attributes and link targets (their classes are hashes).
 * `html.theme--dark` is LinkedIn's dark mode.
 */
export const LINKEDIN_LOOK_CSS = `
:root { --li-bg: #f4f2ee; --li-card: #fff; --li-fg: rgba(0,0,0,.9); --li-muted: rgba(0,0,0,.6); --li-line: rgba(0,0,0,.08);
  --li-blue: #0a66c2; --li-blue-fg: #fff; --li-photo: #d0c8bd; --li-banner: linear-gradient(120deg, #a0b4b7, #dbe7e4); }
html.theme--dark { --li-bg: #000; --li-card: #1b1f23; --li-fg: rgba(255,255,255,.9); --li-muted: rgba(255,255,255,.6);
  --li-line: rgba(255,255,255,.12); --li-blue: #71b7fb; --li-blue-fg: #000; --li-photo: #38434f; --li-banner: linear-gradient(120deg, #2b3a44, #3d4f57); }
html { color-scheme: light; }
html.theme--dark { color-scheme: dark; }
body { margin: 0; background: var(--li-bg); color: var(--li-fg);
  font: 14px/1.43 -apple-system, system-ui, BlinkMacSystemFont, "Segoe UI", Roboto, "Helvetica Neue", "Fira Sans", Ubuntu, Oxygen, "Oxygen Sans", Cantarell, "Droid Sans", "Apple Color Emoji", "Segoe UI Emoji", sans-serif; }
a { color: var(--li-blue); text-decoration: none; font-weight: 600; }
h1, h2, h3, p, ul { margin: 0; }
ul { list-style: none; padding: 0; }
.visually-hidden, [hidden] { display: none !important; }

/* The global navigation bar, both front ends. */
#global-nav, [componentkey="com.linkedin.sdui.globalnav.GlobalNav"] { position: sticky; top: 0; z-index: 10; height: 52px; background: var(--li-card);
  border-bottom: 1px solid var(--li-line); display: flex; align-items: center; justify-content: center; }
#global-nav nav, #global-nav ul, [componentkey="com.linkedin.sdui.globalnav.GlobalNav"] nav { display: flex; gap: 28px; width: 1128px; max-width: 100%; padding: 0 16px; box-sizing: border-box; }
#global-nav nav::before, [componentkey="com.linkedin.sdui.globalnav.GlobalNav"] nav::before { content: "in"; background: var(--li-blue); color: var(--li-blue-fg);
  font: 700 22px/34px Arial, sans-serif; width: 34px; text-align: center; border-radius: 4px; margin-right: 40px; }
#global-nav a, [componentkey="com.linkedin.sdui.globalnav.GlobalNav"] a { color: var(--li-muted); font-weight: 400; font-size: 13px; line-height: 34px; }
/* LinkedIn shows the sticky header only after scrolling past the top card. */
.pv-profile-sticky-header-v2, [data-view-name="profile-sticky-header"] { display: none; }

/* Page layout: main column and aside. */
.scaffold-layout, [data-sdui-screen] > main, #root > .scaffold-layout { display: grid; grid-template-columns: minmax(0, 1fr) 300px; gap: 24px;
  width: 1128px; max-width: 100%; margin: 24px auto; padding: 0 16px; box-sizing: border-box; align-items: start; }
.scaffold-layout:not(.scaffold-layout--main-aside):has(> main:only-child) { grid-template-columns: minmax(0, 1fr); max-width: 600px; }

/* Cards. */
.artdeco-card, [data-sdui-screen] section, .feed-shared-update-v2 { background: var(--li-card); border-radius: 8px; box-shadow: 0 0 0 1px var(--li-line);
  margin-bottom: 8px; padding: 16px 24px; position: relative; overflow: visible; }
.pvs-header__title, [data-sdui-screen] section > h2 { font-size: 20px; font-weight: 600; margin-bottom: 8px; }
.artdeco-list__item, [data-sdui-screen] aside li { padding: 10px 0; border-top: 1px solid var(--li-line); }
.artdeco-list__item:first-child, [data-sdui-screen] aside li:first-child { border-top: 0; }
aside .artdeco-list__item a, [data-sdui-screen] aside li a { color: var(--li-fg); }
aside .t-bold, [data-sdui-screen] aside li h2, [data-sdui-screen] aside li p:first-child { font-size: 14px; font-weight: 600; }
aside .t-14, [data-sdui-screen] aside li > p { color: var(--li-muted); font-size: 13px; margin-bottom: 6px; }
.pv-profile-card img, [data-field="experience_company_logo"] { display: none; }
.t-bold { font-weight: 600; }
.t-14 { display: block; font-size: 14px; }
.t-black--light { color: var(--li-muted); }

/* The top card: banner, photo, name, headline, details, actions. */
.artdeco-card:has(.ph5), [data-sdui-screen] section[componentkey$="Topcard"], [data-sdui-screen] section[data-view-name="profile-top-card"] { padding: 0 0 24px; overflow: hidden; }
.artdeco-card:has(.ph5)::before, [componentkey$="Topcard"]::before, [data-view-name="profile-top-card"]::before { content: ""; display: block; height: 120px; background: var(--li-banner); }
.pv-top-card__non-self-photo-wrapper img, .pv-top-card--photo img, [componentkey$="Topcard"] figure img, [data-view-name="profile-top-card"] figure img {
  width: 152px; height: 152px; border-radius: 50%; border: 4px solid var(--li-card); background: var(--li-photo); margin: -92px 0 0 24px; display: block; }
[componentkey$="Topcard"] figure, [data-view-name="profile-top-card"] figure { margin: 0; }
.ph5, [componentkey$="Topcard"] > div:nth-of-type(2), [data-view-name="profile-top-card"] > div:nth-of-type(2) { padding: 0 24px; }
.ph5 .mt2 { margin-top: 8px; position: relative; }
.text-heading-xlarge, [componentkey$="Topcard"] a h2, [componentkey$="Topcard"] a h1, [data-view-name="profile-top-card"] a h1, [data-view-name="profile-top-card"] a h2 {
  display: inline; font-size: 24px; font-weight: 600; color: var(--li-fg); line-height: 1.25; }
.dist-value, [componentkey$="Topcard"] > div:nth-of-type(2) > div:first-child > p, [data-view-name="profile-top-card"] > div:nth-of-type(2) > div:first-child > p { display: inline; color: var(--li-muted); margin-left: 4px; }
.text-body-medium, [componentkey$="Topcard"] > div:nth-of-type(2) > p:nth-of-type(1), [data-view-name="profile-top-card"] > div:nth-of-type(2) > p:nth-of-type(1) { font-size: 16px; margin-top: 2px; }
[componentkey$="Topcard"] > div:nth-of-type(2) > p:nth-of-type(2), [data-view-name="profile-top-card"] > div:nth-of-type(2) > p:nth-of-type(2) { font-size: 14px; color: var(--li-muted); margin-top: 2px; }
[componentkey$="Topcard"] > div:nth-of-type(2) > div:nth-of-type(2), [data-view-name="profile-top-card"] > div:nth-of-type(2) > div:nth-of-type(2) { display: flex; gap: 4px; color: var(--li-muted); margin-top: 8px; }
.text-body-small { font-size: 14px; }
.pv-top-card--list { margin-top: 8px; color: var(--li-muted); }
.pv-text-details__right-panel { position: absolute; right: 0; top: 0; width: 232px; }
.pv-text-details__right-panel-item-link { display: flex; align-items: center; gap: 8px; background: none; border: 0; color: var(--li-fg); font: inherit; font-weight: 600; padding: 4px 0; cursor: pointer; }
.pv-text-details__right-panel-item-link img { width: 24px; height: 24px; border-radius: 4px; background: var(--li-photo); }

/* Action buttons: Connect (primary), Message (secondary), More (muted), both front ends. */
.pvs-profile-actions, .pv-top-card-v2-ctas .pvs-profile-actions, .pv-top-card__actions, [componentkey$="Topcard"] > div:last-child, [data-view-name="profile-top-card"] > div:last-child {
  display: flex; flex-wrap: wrap; align-items: center; gap: 8px; margin-top: 16px; padding: 0 24px; }
.ph5 .pvs-profile-actions, .ph5 .pv-top-card__actions { padding: 0; }
.artdeco-button, [componentkey$="Topcard"] > div:last-child a, [data-view-name="profile-top-card"] > div:last-child a, [componentkey$="Topcard"] > div:last-child button, [data-view-name="profile-top-card"] > div:last-child button,
[data-sdui-screen] aside li > a:last-child, .update-components-actor button {
  display: inline-flex; align-items: center; justify-content: center; gap: 4px; min-height: 32px; padding: 0 16px; border-radius: 16px; box-sizing: border-box;
  font: 600 16px/1 -apple-system, system-ui, "Segoe UI", Roboto, sans-serif; cursor: pointer; border: 1px solid var(--li-blue); background: transparent; color: var(--li-blue); }
.artdeco-button--primary, [componentkey$="Topcard"] > div:last-child > div:first-child a, [data-view-name="profile-top-card"] > div:last-child > div:first-child a {
  background: var(--li-blue); color: var(--li-blue-fg); }
.artdeco-button--muted, .artdeco-dropdown__trigger, [componentkey$="Topcard"] > div:last-child button, [data-view-name="profile-top-card"] > div:last-child button {
  border-color: var(--li-muted); color: var(--li-muted); }
[componentkey$="Topcard"] > div:last-child button::after, [data-view-name="profile-top-card"] > div:last-child button::after { content: "More"; }
[componentkey$="Topcard"] > div:last-child button svg, [data-view-name="profile-top-card"] > div:last-child button svg { display: none; }
aside .artdeco-button, [data-sdui-screen] aside li > a:last-child, .update-components-actor button { font-size: 14px; min-height: 28px; border-color: var(--li-muted); color: var(--li-muted); }

/* The feed. */
.update-components-actor { display: flex; align-items: flex-start; justify-content: space-between; gap: 8px; margin-bottom: 8px; }
.update-components-actor__meta-link { display: flex; flex-direction: column; color: var(--li-fg); }
.update-components-actor__description { color: var(--li-muted); font-weight: 400; font-size: 12px; }
`;

export const BROKEN_GIF = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
export const BLANK_GIF = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';

/** Puts the LinkedIn look (and optionally LinkedIn's dark theme) into a served document. */
export function dress(html, { dark = false, extraHead = '' } = {}) {
  // The fixtures' placeholder GIF is truncated (browsers draw its alt text): a valid one instead.
  let out = html
    .replaceAll(BROKEN_GIF, BLANK_GIF)
    .replace(/<\/head>/i, `<style id="fifteen-stage">${LINKEDIN_LOOK_CSS}</style>${extraHead}\n</head>`);
  if (dark) {
    out = /<html[^>]*class="/i.test(out)
      ? out.replace(/(<html[^>]*class=")/i, '$1theme--dark ')
      : out.replace(/<html/i, '<html class="theme--dark"');
  }
  return out;
}

/** One fixture, dressed, served at its own address: { path → html }. */
export function fixtureRoute(name, options) {
  const [s] = Object.values(screens([name]));
  return { path: s.path, routes: { [s.path.split('?')[0]]: dress(fixture(name), options) } };
}
