// A stage for showing Fifteen without a LinkedIn account, shared by `npm run demo` and
// `npm run screenshots`: the hand-made fixtures (tests/fixtures/linkedin) served as a small
// LinkedIn-like single-page app, dressed in a stylesheet that makes them look roughly like
// LinkedIn, and a realistic history to seed the extension with. Test-side only: nothing here
// ships in the extension.
import { fixture } from '../tests/e2e/harness.mjs';
import { screens } from '../tests/e2e/linkedin-spa.mjs';

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

const BROKEN_GIF = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
const BLANK_GIF = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';

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

// ---- a realistic history ---------------------------------------------------------------------

const DAY = 24 * 60 * 60 * 1000;
const iso = (t) => new Date(t).toISOString();

/** At `hour`:00 local time, `days` days from now (negative: in the past). */
function dayAt(now, days, hour, minute = 0) {
  const d = new Date(now);
  d.setDate(d.getDate() + days);
  d.setHours(hour, minute, 0, 0);
  return d.getTime();
}

const PEOPLE = [
  ['priya-raman', 'Priya Raman', 'Senior Product Manager', 'Stripe', 'San Francisco Bay Area'],
  ['marcus-oyelaran', 'Marcus Oyelaran', 'Product Lead', 'Plaid', 'New York, NY'],
  ['dana-whitfield', 'Dana Whitfield', 'Director of Product', 'Adyen', 'Amsterdam'],
  ['lena-fischer-7a2b', 'Lena Fischer', 'Group PM', 'Adyen', 'Berlin, Germany'],
  ['jonas-weber', 'Jonas Weber', 'Staff Engineer', 'Figma', 'Berlin, Germany'],
  ['camille-dubois-b3', 'Camille Dubois', 'Avocate, droit du numérique', 'Cabinet Lefèvre', 'Paris'],
  ['aiko-tanaka', 'Aiko Tanaka', 'Product Designer', 'Notion', 'Tokyo'],
  ['rafael-mendes', 'Rafael Mendes', 'Engineering Manager', 'Nubank', 'São Paulo'],
  ['grace-okonkwo', 'Grace Okonkwo', 'Head of Payments', 'Flutterwave', 'Lagos'],
  ['tom-becker', 'Tom Becker', 'Product Manager', 'N26', 'Berlin, Germany'],
  ['sofia-rossi', 'Sofia Rossi', 'UX Researcher', 'Spotify', 'Stockholm'],
  ['omar-haddad', 'Omar Haddad', 'Product Manager', 'Careem', 'Dubai'],
  ['hannah-lee', 'Hannah Lee', 'Chief of Staff', 'Ramp', 'New York, NY'],
  ['lucas-martin', 'Lucas Martin', 'Product Owner', 'Qonto', 'Paris'],
  ['mei-chen', 'Mei Chen', 'Senior PM, Risk', 'Wise', 'London'],
  ['ben-carter', 'Ben Carter', 'VP Product', 'Monzo', 'London'],
  ['ines-garcia', 'Inés García', 'Product Analyst', 'Revolut', 'Madrid'],
  ['kwame-asante', 'Kwame Asante', 'Partner Manager', 'Stripe', 'Dublin'],
  ['nina-petrov', 'Nina Petrov', 'Staff PM', 'Klarna', 'Stockholm'],
  ['david-kim', 'David Kim', 'Product Lead, Checkout', 'Shopify', 'Toronto'],
  ['julia-novak', 'Julia Novak', 'Recruiter, Product', 'Adyen', 'Amsterdam'],
];

/**
 * A backup (docs/backup-format.md, version 1) with ~25 conversations over the last 12 weeks: every level,
 * some requests still open, a decline and a no-response, a chat scheduled for later this week,
 * a thank-you note due, a follow-up due, and a referral chain Priya → Marcus → Dana → Julia.
 */
export function sampleBackup(now = Date.now()) {
  const contacts = new Map();
  const addContact = (id, createdAt, referredBy = null) => {
    const [, name, role, company, location] = PEOPLE.find((p) => p[0] === id);
    contacts.set(id, {
      id,
      name,
      firstName: name.split(' ')[0],
      profileUrl: `https://www.linkedin.com/in/${id}/`,
      headline: `${role} at ${company}`,
      company,
      role,
      location,
      referredBy,
      source: 'linkedin-profile',
      notes: '',
      createdAt: iso(createdAt),
      updatedAt: iso(createdAt),
    });
  };
  const conversations = [];
  let n = 0;
  /**
   * One conversation. `met`: days ago it took place (negative); `level`: best level reached.
   * Reminders of meetings more than a few days old are marked done, except where `due` says.
   */
  const talk = (
    id,
    {
      status = 'met',
      asked,
      met,
      level = 0,
      goal,
      channel = 'linkedin-note',
      referrals = [],
      contactPerson = null,
      due = null,
      referredBy = null,
      notes = '',
      prepNotes = null,
    },
  ) => {
    const requestedAt = dayAt(now, asked, 9, 30);
    if (!contacts.has(id)) addContact(id, requestedAt, referredBy);
    const metAt = status === 'met' ? dayAt(now, met, 16) : null;
    const scheduledFor = status === 'scheduled' ? dayAt(now, met, 15, 30) : metAt;
    const done = (days) => (metAt && metAt + days * DAY < now ? iso(metAt + days * DAY) : null);
    const convo = {
      id: `sample-${++n}`,
      contactId: id,
      status,
      channel,
      goal: goal ?? Math.max(1, Math.min(4, level || 1)),
      requestedAt: iso(requestedAt),
      scheduledFor: scheduledFor && iso(scheduledFor),
      metAt: metAt && iso(metAt),
      outcomes: { connected: level >= 1, referral: level >= 2, memorable: level >= 3, opening: level >= 4 },
      referrals,
      contactPerson,
      notes,
      ...(prepNotes ? { prepNotes } : {}),
      thankYouDoneAt: due === 'thank-you' ? null : done(1),
      followUpDoneAt: due === 'follow-up' || due === 'thank-you' ? null : done(21),
      createdAt: iso(requestedAt),
      updatedAt: iso(metAt ?? requestedAt),
    };
    conversations.push(convo);
    return convo.id;
  };

  // The referral chain: Priya suggested Marcus, Marcus suggested Dana, Dana named Julia as the
  // person to talk to about an opening.
  const p = talk('priya-raman', { asked: -80, met: -74, level: 3, goal: 2, referrals: ['marcus-oyelaran'] });
  const m = talk('marcus-oyelaran', {
    asked: -70,
    met: -63,
    level: 2,
    channel: 'linkedin-message',
    referrals: ['dana-whitfield'],
    referredBy: p,
  });
  const d = talk('dana-whitfield', {
    asked: -55,
    met: -48,
    level: 4,
    goal: 3,
    channel: 'email',
    contactPerson: 'julia-novak',
    referredBy: m,
  });
  talk('julia-novak', { asked: -44, met: -40, level: 3, goal: 4, channel: 'email', referredBy: d });
  talk('lena-fischer-7a2b', { asked: -78, met: -71, level: 1 });
  talk('aiko-tanaka', { asked: -76, status: 'declined' });
  talk('rafael-mendes', { asked: -69, met: -60, level: 2, referrals: ['omar-haddad'] });
  talk('omar-haddad', { asked: -58, met: -52, level: 1, channel: 'linkedin-message' });
  talk('grace-okonkwo', { asked: -66, status: 'no-response' });
  talk('tom-becker', { asked: -62, met: -56, level: 3, goal: 3 });
  talk('sofia-rossi', { asked: -50, met: -45, level: 1 });
  talk('hannah-lee', { asked: -47, met: -41, level: 2, goal: 2, channel: 'email' });
  talk('lucas-martin', { asked: -39, met: -35, level: 0 });
  talk('mei-chen', { asked: -36, met: -30, level: 3, goal: 3 });
  talk('ben-carter', {
    asked: -33,
    met: -25,
    level: 4,
    goal: 4,
    channel: 'linkedin-message',
    contactPerson: 'hannah-lee',
    due: 'follow-up',
  });
  talk('ines-garcia', { asked: -29, met: -22, level: 1, channel: 'email' });
  talk('kwame-asante', { asked: -26, met: -19, level: 2, goal: 2, channel: 'linkedin-message' });
  talk('nina-petrov', { asked: -21, met: -15, level: 3, goal: 3 });
  talk('david-kim', { asked: -17, met: -11, level: 1, channel: 'linkedin-message' });
  talk('jonas-weber', { asked: -14, met: -8, level: 3, goal: 3, channel: 'linkedin-message' });
  talk('camille-dubois-b3', {
    asked: -10,
    met: -2,
    level: 2,
    goal: 2,
    due: 'thank-you',
    referrals: ['kwame-asante'],
    notes: 'Their risk team reviews every launch with product from day one.',
  });
  talk('mei-chen', { asked: -9, met: -4, level: 4, goal: 4, channel: 'email' });
  talk('grace-okonkwo', {
    asked: -6,
    status: 'scheduled',
    met: 2,
    goal: 3,
    channel: 'linkedin-message',
    prepNotes:
      'She hires from operations into payments: mention my reconciliation project, and offer to send the write-up.',
  });
  talk('aiko-tanaka', { asked: -3, status: 'requested', goal: 1 });
  talk('sofia-rossi', { asked: -1, status: 'requested', goal: 3, channel: 'linkedin-message' });

  return {
    format: 'fifteen-backup',
    version: 1,
    exportedAt: iso(now),
    contacts: [...contacts.values()],
    conversations,
    settings: {
      myName: 'Sam Okafor',
      exploring: 'product management in fintech',
      pitch: "I'm moving from payments ops into product.",
      weeklyPointsGoal: 5,
    },
  };
}

// ---- the demo's small LinkedIn --------------------------------------------------------------

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
