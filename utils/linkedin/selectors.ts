// Every CSS selector Fifteen uses on LinkedIn, in one place (refined-github style).
//
// LinkedIn serves two profile front ends at once (see docs/linkedin-pages.md): "classic" (Ember, semantic
// class names) and "sdui" (React, server-driven, hashed class names only). Each entry says which
// front end it belongs to and when it was last seen; old and new sit side by side so that the old
// one can be dropped when the classic front end is gone. `tests/unit/linkedin/selectors.test.ts`
// checks that every entry matches at least one fixture of its front end: a selector without a
// fixture is a selector nobody can check.
//
// Selectors that depend on the profile's slug are not here: the code compares parsed hrefs
// instead, which is both safer (no CSS escaping of slugs) and tolerant of absolute/relative URLs.

export type SelectorFrontEnd = 'classic' | 'sdui' | 'both' | 'guest';

export interface PageSelector {
  readonly css: string;
  readonly frontEnd: SelectorFrontEnd;
  /** Date the selector was last checked against LinkedIn's markup (fixture date). */
  readonly seen: string;
}

const sel = (css: string, frontEnd: SelectorFrontEnd, seen: string): PageSelector => ({ css, frontEnd, seen });

export const SELECTORS = {
  // ---- Front-end detection -------------------------------------------------------------------
  // 2026-11-28, sdui: the screen marker on profile pages.
  sduiProfileScreen: sel('[data-sdui-screen="com.linkedin.sdui.flagshipnav.profile.Profile"]', 'sdui', '2026-11-28'),
  // 2026-11-28, sdui: any server-driven screen or component (feed, search, … as well as profiles).
  sduiAnyScreen: sel('[data-sdui-screen], [componentkey^="com.linkedin.sdui"]', 'sdui', '2026-11-28'),
  // 2026-11-28, classic: Ember renders ids "ember123" on nearly every component.
  classicEmber: sel('[id^="ember"], .application-outlet', 'classic', '2026-11-28'),

  // ---- Top card ------------------------------------------------------------------------------
  // 2026-12-03, sdui (every real server-driven page, 2026): the top card's componentkey ends in
  // "Topcard", on the wrapper and (April 2026 builds) on the section inside it; some put it in `id`.
  sduiTopCard: sel(
    '[componentkey^="com.linkedin.sdui.profile.card.ref"][componentkey$="Topcard"], [id^="com.linkedin.sdui.profile.card.ref"][id$="Topcard"]',
    'sdui',
    '2026-12-03',
  ),
  // 2026-11-28, sdui: reported for some accounts, on none of the real pages we hold; kept while a
  // fixture backs it, so an account that gets it still works.
  sduiTopCardViewName: sel('[data-view-name="profile-top-card"]', 'sdui', '2026-11-28'),
  // 2026-12-03, classic (real pages 2024): the name heading; its section.artdeco-card is the top
  // card (the section's other classes are hashed; `.pv-top-card` is on no real page).
  classicName: sel('h1.text-heading-xlarge', 'classic', '2026-12-03'),
  // 2026-12-03, classic: the top card section (name column is div.ph5); on every real page it also
  // carries the member's id, kept in case the artdeco class goes.
  classicTopCardSection: sel('section.artdeco-card, section[data-member-id]', 'classic', '2026-12-03'),
  // 2018-04-08, classic (a real page of 2018): the old Ember top card. LinkedIn no longer serves
  // it; it is read so that an old saved page or a very old account never gets a wrong helper.
  classic2018TopCard: sel('section.pv-top-card-section', 'classic', '2018-04-08'),
  classic2018Name: sel('h1.pv-top-card-section__name', 'classic', '2018-04-08'),
  classic2018Headline: sel('h2.pv-top-card-section__headline', 'classic', '2018-04-08'),
  classic2018Company: sel('h3.pv-top-card-section__company', 'classic', '2018-04-08'),
  classic2018School: sel('h3.pv-top-card-section__school', 'classic', '2018-04-08'),
  classic2018Location: sel('h3.pv-top-card-section__location', 'classic', '2018-04-08'),
  // 2026-12-03, both: a heading holding the name (sdui: h2, sometimes h1, inside a link to /in/<slug>/).
  nameHeading: sel('h1, h2', 'both', '2026-12-03'),

  // ---- Top card contents ---------------------------------------------------------------------
  // 2026-12-03, classic: headline under the name.
  classicHeadline: sel('div.text-body-medium.break-words', 'classic', '2026-12-03'),
  // 2026-12-03, classic: location line, followed by the contact-info link.
  classicLocation: sel('span.text-body-small.inline.t-black--light.break-words', 'classic', '2026-12-03'),
  // 2026-12-03, classic: the contact-info link (href ends /overlay/contact-info/).
  classicContactInfo: sel('a#top-card-text-details-contact-info', 'classic', '2026-12-03'),
  // 2026-12-03, both: any contact-info link (sdui has no id on it).
  contactInfoLink: sel('a[href*="/overlay/contact-info"]', 'both', '2026-12-03'),
  // 2026-12-03, classic: the name's own link to the about-this-profile overlay.
  classicAboutThisProfile: sel('a[href*="/overlay/about-this-profile"]', 'classic', '2026-12-03'),
  // 2026-12-03, both: links to profiles (name links in the top card; other people elsewhere).
  profileLink: sel('a[href*="/in/"]', 'both', '2026-12-03'),
  // 2026-12-03, classic: right-panel buttons; aria-label "Current company: X. Click to skip to
  // experience card" or "Education: X. …" (localised). Both carry a company-logo image, so the
  // label is the only thing that tells a company from a school.
  classicRightPanelButton: sel('button[aria-label]', 'classic', '2026-12-03'),
  // 2026-12-03, sdui (every real page, 2026): the right panel's entries carry a placeholder
  // picture under the logo whose id says what the entry is: the current company or a school.
  sduiCompanyLogo: sel('svg[id^="company-accent"]', 'sdui', '2026-12-03'),
  sduiSchoolLogo: sel('svg[id^="school-accent"]', 'sdui', '2026-12-03'),
  // 2026-12-03, classic: visually hidden duplicate of text also shown in span[aria-hidden=true].
  classicVisuallyHidden: sel('.visually-hidden', 'classic', '2026-12-03'),
  // 2026-12-03, classic (real pages 2024): the degree badge beside the name ("2nd"), with a
  // visually hidden "2nd degree connection" beside it.
  classicDegree: sel('.dist-value', 'classic', '2026-12-03'),
  // 2026-12-03, sdui (real pages, April 2026): display:contents wrappers, everywhere; one holding a
  // lone degree label beside another is the pre-rendered label a person does not see (degree.ts).
  sduiPrerendered: sel('div[data-display-contents="true"]', 'sdui', '2026-12-03'),
  // 2026-12-03, sdui: paragraphs of the top card (degree, pronouns, headline, "Company · School", location).
  sduiParagraph: sel('p', 'sdui', '2026-12-03'),

  // ---- Action row ----------------------------------------------------------------------------
  // 2026-12-03, classic (real pages 2024): Connect / Message / Follow / More each carry this
  // class; the row is their common parent (no real page has .pv-top-card-v2-ctas).
  classicActionButton: sel('.pvs-profile-actions__action', 'classic', '2026-12-03'),
  // 2026-12-03, both: Connect as a link (sdui; classic uses a button with a localised label).
  connectLink: sel('a[href*="/preload/custom-invite/"]', 'both', '2026-12-03'),
  // 2026-12-03, both: Message as a link.
  messageLink: sel('a[href*="/messaging/compose/"]', 'both', '2026-12-03'),
  // 2026-12-03, classic: Connect button, English label "Invite <Name> to connect".
  classicConnectButton: sel('button[aria-label^="Invite"][aria-label$="to connect"]', 'classic', '2026-12-03'),
  // 2026-12-03, both: More / dropdown triggers.
  moreButton: sel('button[aria-expanded]', 'both', '2026-12-03'),

  // ---- Self view (own profile) ---------------------------------------------------------------
  // 2026-11-28, both: edit links such as /in/<slug>/edit/intro/.
  editLink: sel('a[href*="/edit/"]', 'both', '2026-11-28'),

  // ---- Things that are not the top card ------------------------------------------------------
  // 2026-11-28, both: regions holding other people or repeated controls: sidebars, the global nav, the sticky
  // header (classic .pv-profile-sticky-header-v2; sdui data-view-name="profile-sticky-header").
  notTopCard: sel(
    'aside, nav, #global-nav, .pv-profile-sticky-header-v2, [data-view-name="profile-sticky-header"], [data-view-name="profile-browsemap"]',
    'both',
    '2026-11-28',
  ),

  // ---- Pages a signed-out visitor sees ------------------------------------------------------
  // 2026-12-03, guest (real pages 2024–25): the guest front end names each page in a pageKey meta
  // (public_profile_v3_desktop, d_homepage-guest-home, d_checkpoint_lg_consumer_login, …); the
  // signed-in app has none. The public profile's top card is section.top-card-layout; sign-in and
  // join forms carry session_key / session_password inputs and /signup/ links.
  guestPage: sel(
    'meta[name="pageKey"], section.top-card-layout, input[name="session_key"], input[name="session_password"], form[action*="/uas/login"], a[href*="/signup/"]',
    'guest',
    '2026-12-03',
  ),
  // 2026-12-03, both: links that only a profile page of this person carries (its overlays and
  // sub-pages, the invitation to it): evidence that the page shows that profile even when its top
  // card is not one we know. The code compares the parsed href with the slug.
  profileOwnLink: sel(
    'a[href*="/overlay/contact-info"], a[href*="/overlay/about-this-profile"], a[href*="/details/"], a[href*="/detail/"], a[href*="/recent-activity/"], a[href*="/preload/custom-invite/"]',
    'both',
    '2026-12-03',
  ),

  // ---- Invitation dialog ---------------------------------------------------------------------
  // 2026-11-28, both: containers an open invitation dialog may use.
  dialog: sel('[role="dialog"], dialog[open], .send-invite', 'both', '2026-11-28'),
  // 2026-11-28, both: the note textarea.
  noteBox: sel('textarea#custom-message, textarea[name="message"]', 'both', '2026-11-28'),
  // 2026-11-28, sdui: overlays rendered inside the open shadow root of this host.
  interopOutlet: sel('div#interop-outlet', 'sdui', '2026-11-28'),

  // ---- Message composer ----------------------------------------------------------------------
  // 2026-11-28, both: the message overlay's editable box (holds <p><br></p> when empty).
  composer: sel('.msg-form__contenteditable[contenteditable="true"][role="textbox"]', 'both', '2026-11-28'),
  // The chat bubble around a composer; its header links to the other person's profile.
  composerBubble: sel('.msg-overlay-conversation-bubble', 'both', '2026-11-28'),
} as const satisfies Record<string, PageSelector>;

export type SelectorName = keyof typeof SELECTORS;

/** Shorthand for the CSS of a selector. */
export function css(name: SelectorName): string {
  return SELECTORS[name].css;
}
