// The person's current company, as the top card shows it, or '' when the card does not say.
// Confident or silent (docs/linkedin-pages.md): a company goes straight into a message a real
// person reads, so it is never taken from the headline, the experience section (its first entry
// may be a past job, or a group whose subtitle is "Full-time · 3 yrs"), a school, or a guess.
import { clean, isHidden, textOf, visibleAll } from './dom';
import { css } from './selectors';

const MAX_COMPANY = 150;

// What LinkedIn writes where an employer would go: employment types, in the languages it
// localises most. A "company" that is one of these is not a company.
const EMPLOYMENT_TYPE = new RegExp(
  '^(?:' +
    [
      'full[- ]?time',
      'part[- ]?time',
      'self[- ]?employed',
      'freelance',
      'freelancer',
      'internship',
      'intern',
      'contract',
      'contractor',
      'temporary',
      'seasonal',
      'apprenticeship',
      'volunteer',
      'temps plein',
      'temps partiel',
      'indépendant',
      'indépendante',
      'stage',
      'contrat',
      'cdi',
      'cdd',
      'intérim',
      'alternance',
      'saisonnier',
      'bénévolat',
      'jornada completa',
      'tiempo completo',
      'media jornada',
      'jornada parcial',
      'tiempo parcial',
      'autónomo',
      'autónoma',
      'por cuenta propia',
      'prácticas',
      'contrato',
      'temporal',
      'de temporada',
      'voluntariado',
      'vollzeit',
      'teilzeit',
      'selbstständig',
      'selbständig',
      'freiberuflich',
      'praktikum',
      'befristet',
      'vertrag',
      'ausbildung',
      'saisonal',
      'ehrenamtlich',
    ].join('|') +
    ')(?:\\s*[·•|(-].*)?$',
  'iu',
);

/** True for text that names an employment type ("Full-time", "Temps plein · 2 ans"), not a company. */
export function isEmploymentType(text: string): boolean {
  return EMPLOYMENT_TYPE.test(clean(text));
}

/** A candidate survives only if it is plausibly an employer's name and not another field. */
function accept(candidate: string, others: { headline: string; name: string; schools: string[] }): string {
  const c = clean(candidate);
  if (!c || c.length > MAX_COMPANY || isEmploymentType(c)) return '';
  const same = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: 'base' }) === 0;
  if (same(c, others.headline) || same(c, others.name) || others.schools.some((s) => same(c, s))) return '';
  return c;
}

// "Current company: Stripe. Click to skip to experience card" and its translations; "Education:
// X." likewise names a school.
const COMPANY_LABEL =
  /^(?:current company|entreprise actuelle|aktuelles unternehmen|azienda attuale|empresa actual|empresa atual)\s*:\s*(.+?)\.(?:\s|$)/i;
const SCHOOL_LABEL =
  /^(?:education|formation|ausbildung|istruzione|formación|formação|educación)\s*:\s*(.+?)\.(?:\s|$)/i;

/** Classic: the right panel's "Current company" button (2024–25), or the 2018 company line. */
export function classicCompany(card: Element, others: { headline: string; name: string }): string {
  const buttons = visibleAll(card, css('classicRightPanelButton'), card);
  const schools = buttons.map((b) => SCHOOL_LABEL.exec(clean(b.getAttribute('aria-label')))?.[1] ?? '').filter(Boolean);
  for (const button of buttons) {
    const m = COMPANY_LABEL.exec(clean(button.getAttribute('aria-label')));
    if (m) return accept(textOf(button) || m[1] || '', { ...others, schools });
  }
  const legacy = visibleAll(card, css('classic2018Company'), card)[0];
  const legacySchool = textOf(visibleAll(card, css('classic2018School'), card)[0]);
  return legacy ? accept(textOf(legacy), { ...others, schools: legacySchool ? [legacySchool] : [] }) : '';
}

/**
 * SDUI: the card's right panel lists the current company and the school, each with a logo over a
 * placeholder picture whose id says which it is (company-accent-N, school-accent-N). The
 * "Company · School" line under the headline says the same in words. The company is the panel's
 * company entry; without a panel, the line's first part when the line has both parts. A line of
 * one part may be a company or a school, so it is not read.
 */
export function sduiCompany(card: Element, companyLine: string, others: { headline: string; name: string }): string {
  const entries = (kind: 'company' | 'school') =>
    Array.from(card.querySelectorAll(kind === 'company' ? css('sduiCompanyLogo') : css('sduiSchoolLogo')))
      .map((logo) => panelEntryText(logo, card))
      .filter(Boolean);
  const companies = entries('company');
  const schools = entries('school');
  const parts = companyLine
    .split(/\s[·•]\s/)
    .map(clean)
    .filter(Boolean);
  if (companies.length > 0) {
    // The panel's entry, when the line agrees (or there is no line to disagree).
    const named = companies.find((c) => parts.length === 0 || parts[0] === c) ?? '';
    return accept(named, { ...others, schools });
  }
  if (schools.length > 0) return ''; // the panel shows a school and no company
  return parts.length === 2 ? accept(parts[0] ?? '', { ...others, schools: [parts[1] ?? ''] }) : '';
}

/**
 * The text beside a right-panel logo: the nearest ancestor below the card that holds text, if it
 * is on screen. (The logo itself is aria-hidden, so visibility is asked of the entry.)
 */
function panelEntryText(logo: Element, card: Element): string {
  for (let node = logo.parentElement; node && node !== card; node = node.parentElement) {
    const text = textOf(node);
    if (!text) continue;
    return text.length > MAX_COMPANY || isHidden(node, card, { ariaHidden: false }) ? '' : text;
  }
  return '';
}
