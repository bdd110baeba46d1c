// Every CSS selector Fifteen uses on LinkedIn, in one place (refined-github style).
//
// LinkedIn serves two profile front ends at once (see LINKEDIN-DOM.md): "classic" (Ember, semantic
// class names) and "sdui" (React, server-driven, hashed class names only). Each entry says which
// front end it belongs to and when it was last seen; old and new sit side by side so that the old
// one can be dropped when the classic front end is gone. `tests/unit/linkedin/selectors.test.ts`
// checks that every entry matches at least one fixture of its front end: a selector without a
// fixture is a selector nobody can check.
//
// Selectors that depend on the profile's slug are not here: the code compares parsed hrefs
// instead, which is both safer (no CSS escaping of slugs) and tolerant of absolute/relative URLs.

export type SelectorFrontEnd = 'classic' | 'sdui' | 'both';

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
  // 2026-11-28, sdui: the top card's componentkey / id end in "Topcard"; match both attributes.
  sduiTopCard: sel(
    '[componentkey^="com.linkedin.sdui.profile.card.ref"][componentkey$="Topcard"], [id^="com.linkedin.sdui.profile.card.ref"][id$="Topcard"]',
    'sdui',
    '2026-11-28',
  ),
  // 2026-11-28, sdui (some accounts): the data-view-name variant of the top card.
  sduiTopCardViewName: sel('[data-view-name="profile-top-card"]', 'sdui', '2026-11-28'),
  // 2026-11-28, classic: the name heading; its section.artdeco-card is the top card.
  classicName: sel('h1.text-heading-xlarge', 'classic', '2026-11-28'),
  // 2026-11-28, classic: the top card section (name column is div.ph5).
  classicTopCardSection: sel('section.artdeco-card', 'classic', '2026-11-28'),
  // 2026-11-28, classic: older top card class, still served to some accounts.
  classicTopCardLegacy: sel('.pv-top-card', 'classic', '2026-11-28'),
  // 2026-11-28, both: a heading holding the name (sdui: h2, sometimes h1, inside a link to /in/<slug>/).
  nameHeading: sel('h1, h2', 'both', '2026-11-28'),

  // ---- Top card contents ---------------------------------------------------------------------
  // 2026-11-28, classic: headline under the name.
  classicHeadline: sel('div.text-body-medium.break-words', 'classic', '2026-11-28'),
  // 2026-11-28, classic: location line, followed by the contact-info link.
  classicLocation: sel('span.text-body-small.inline.t-black--light.break-words', 'classic', '2026-11-28'),
  // 2026-11-28, classic: the contact-info link (href ends /overlay/contact-info/).
  classicContactInfo: sel('a#top-card-text-details-contact-info', 'classic', '2026-11-28'),
  // 2026-11-28, both: any contact-info link (sdui has no id on it).
  contactInfoLink: sel('a[href*="/overlay/contact-info"]', 'both', '2026-11-28'),
  // 2026-11-28, classic: the name's own link to the about-this-profile overlay.
  classicAboutThisProfile: sel('a[href*="/overlay/about-this-profile"]', 'classic', '2026-11-28'),
  // 2026-11-28, both: links to profiles (name links in the top card; other people elsewhere).
  profileLink: sel('a[href*="/in/"]', 'both', '2026-11-28'),
  // 2026-11-28, classic: right-panel buttons; aria-label "Current company: X." (localised).
  classicRightPanelButton: sel('button[aria-label]', 'classic', '2026-11-28'),
  // 2026-11-28, both: a link to a company page.
  companyLink: sel('a[href*="/company/"]', 'both', '2026-11-28'),
  // 2026-11-28, classic: visually hidden duplicate of text also shown in span[aria-hidden=true].
  classicVisuallyHidden: sel('.visually-hidden', 'classic', '2026-11-28'),
  // 2026-11-28, sdui: paragraphs of the top card (degree, headline, "Company · School", location).
  sduiParagraph: sel('p', 'sdui', '2026-11-28'),

  // ---- Experience section (classic; sdui mounts it only when scrolled into view) -------------
  // 2026-11-28, classic: the anchor of the experience section.
  classicExperienceAnchor: sel('div#experience', 'classic', '2026-11-28'),
  // 2026-11-28, classic: an entry's bold title line (role).
  classicExperienceTitle: sel('.t-bold span[aria-hidden="true"]', 'classic', '2026-11-28'),
  // 2026-11-28, classic: an entry's "Company · Full-time" line.
  classicExperienceSubtitle: sel('span.t-14.t-normal span[aria-hidden="true"]', 'classic', '2026-11-28'),

  // ---- Action row ----------------------------------------------------------------------------
  // 2026-11-28, classic: the row holding Connect / Message / More.
  classicActionRow: sel('.pv-top-card-v2-ctas .pvs-profile-actions', 'classic', '2026-11-28'),
  // 2026-11-28, classic: the same row in older markup without the -v2-ctas wrapper.
  classicActionRowLegacy: sel('.pvs-profile-actions', 'classic', '2026-11-28'),
  // 2026-11-28, both: Connect as a link (sdui; classic uses a button with a localised label).
  connectLink: sel('a[href*="/preload/custom-invite/"]', 'both', '2026-11-28'),
  // 2026-11-28, both: Message as a link.
  messageLink: sel('a[href*="/messaging/compose/"]', 'both', '2026-11-28'),
  // 2026-11-28, classic: Connect button, English label "Invite <Name> to connect".
  classicConnectButton: sel('button[aria-label^="Invite"][aria-label$="to connect"]', 'classic', '2026-11-28'),
  // 2026-11-28, both: More / dropdown triggers.
  moreButton: sel('button[aria-expanded]', 'both', '2026-11-28'),

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
