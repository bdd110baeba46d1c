// Message templates (docs/product.md): which of them are in use and suit a draft, the placeholders
// a template may use, and the renderer that fills them in for one person. The shipped ones are in
// ./ask-templates.ts and ./after-templates.ts. Pure TypeScript: no wxt, no preact, no DOM.
import { DEFAULT_AFTER_TEMPLATES } from './after-templates';
import { DEFAULT_TEMPLATES } from './ask-templates';
import type { Goal, MessageKind, Settings, Template } from './model';
import type { PartialPerson } from './person';

export const PLACEHOLDERS = [
  { name: 'firstName', description: 'Their first name, e.g. Priya' },
  { name: 'name', description: 'Their full name, e.g. Priya Raman' },
  { name: 'company', description: 'Where they work now, e.g. Stripe' },
  { name: 'role', description: 'Their current role, e.g. Senior Product Manager' },
  { name: 'headline', description: 'The headline under their name on LinkedIn' },
  { name: 'location', description: 'Where they are, e.g. San Francisco Bay Area' },
  { name: 'myName', description: 'Your full name, from the options page' },
  { name: 'myFirstName', description: 'Your first name (the first word of your name)' },
  { name: 'exploring', description: 'What you are exploring, e.g. product management' },
  { name: 'myPitch', description: "Your one-line pitch, e.g. I'm a lawyer moving into product" },
  { name: 'learned', description: 'After a chat: one thing you learned (the first line of your notes)' },
  { name: 'referral', description: 'After a chat: the people they suggested, e.g. Marcus Oyelaran' },
  { name: 'contactPerson', description: 'After a chat: whom to contact about the opening they mentioned' },
] as const;

export type PlaceholderName = (typeof PLACEHOLDERS)[number]['name'];
export type TemplateVars = Partial<Record<PlaceholderName, string | null | undefined>>;

/**
 * Every shipped template: the asks, then the drafts for after. Marked pure so that a bundle which
 * never reads it (the helper's panel: its templates come from the store) leaves their text out
 * (3.6 KB).
 */
export const SHIPPED_TEMPLATES: Template[] = /* @__PURE__ */ DEFAULT_TEMPLATES.concat(DEFAULT_AFTER_TEMPLATES);

/**
 * The user's templates, or the shipped ones when they have none (null or an emptied list). A
 * list of the user's own from before the drafts for after existed gets the shipped ones of each
 * such kind it has none of, so every reminder still comes with a draft.
 */
export function effectiveTemplates(templates: Settings['templates'] | undefined): Template[] {
  // An empty list would leave the helper with no draft at all, so it means "back to defaults".
  if (!templates || templates.length === 0) return SHIPPED_TEMPLATES;
  const base = templates;
  const missing = DEFAULT_AFTER_TEMPLATES.filter((d) => !base.some((t) => t.kind === d.kind));
  return missing.length ? [...base, ...missing] : base;
}

/**
 * Templates for one kind of message: those written for `goal` first, then those for any goal.
 * Templates for a different goal are left out (a goal-4 "how the team works" draft does not suit
 * a goal-1 ask), unless nothing else is left for that kind. With `goal` null, all of the kind,
 * general ones first.
 */
export function templatesFor(kind: MessageKind, goal: Goal | null, templates: readonly Template[]): Template[] {
  const ofKind = templates.filter((t) => t.kind === kind);
  const general = ofKind.filter((t) => t.goal == null);
  if (goal == null) return [...general, ...ofKind.filter((t) => t.goal != null)];
  const picked = [...ofKind.filter((t) => t.goal === goal), ...general];
  return picked.length > 0 ? picked : ofKind;
}

export type DraftAuthor = Partial<Pick<Settings, 'myName' | 'exploring' | 'pitch'>>;

const firstWord = (s: string | null | undefined): string => (s ?? '').trim().split(/\s+/)[0] ?? '';

/** Placeholder values for one person and the user; first names fall back to a name's first word. */
/** `person`: what the profile helper read, or a stored contact. */
export function templateVars(person: PartialPerson, me: DraftAuthor): TemplateVars {
  return {
    firstName: person.firstName?.trim() || firstWord(person.name),
    name: person.name ?? '',
    company: person.company ?? '',
    role: person.role ?? '',
    headline: person.headline ?? '',
    location: person.location ?? '',
    myName: me.myName ?? '',
    myFirstName: firstWord(me.myName),
    exploring: me.exploring ?? '',
    myPitch: me.pitch ?? '',
  };
}

const KNOWN = new Map<string, PlaceholderName>(PLACEHOLDERS.map((p) => [p.name.toLowerCase(), p.name]));
const PLACEHOLDER_RE = /\{\s*([A-Za-z]+)\s*\}/g;
// An optional segment: square brackets around text holding at least one placeholder. Brackets
// with no placeholder ("[link]") are the user's own text and stay. `[a|b]` renders `a`, or `b`
// when `a` has an empty placeholder.
const SEGMENT_RE = /\[([^[\]{}]*\{[^[\]]*)\]/g;

function lookup(vars: TemplateVars, raw: string): string | undefined {
  const name = KNOWN.get(raw.toLowerCase());
  if (!name) return undefined;
  return (vars[name] ?? '').replace(/\s+/g, ' ').trim();
}

/** True when every known placeholder in `text` has a value (unknown ones count as filled). */
function complete(text: string, vars: TemplateVars): boolean {
  for (const m of text.matchAll(PLACEHOLDER_RE)) {
    if (lookup(vars, m[1] ?? '') === '') return false;
  }
  return true;
}

function fill(text: string, vars: TemplateVars): string {
  return text.replace(PLACEHOLDER_RE, (whole, raw: string, offset: number, all: string) => {
    const value = lookup(vars, raw);
    // Unknown placeholders stay exactly as written, so the person sees them before sending.
    if (value === undefined) return whole;
    // "{myPitch}." with a pitch that already ends in a full stop would give "..".
    const next = all.charAt(offset + whole.length);
    return /[.,;:!?]/.test(next) ? value.replace(/[.!]+$/, '') : value;
  });
}

/**
 * Fills a template for one person.
 *
 * - `{firstName}` and the other PLACEHOLDERS are replaced (names are matched ignoring case);
 *   an unknown placeholder such as `{frstName}` stays visible as written.
 * - `[ at {company}]` is an optional segment: it disappears when a placeholder inside it is
 *   empty, and otherwise renders without its brackets. `[{exploring}|this work]` falls back to
 *   the text after `|`.
 * - With `maxLength`, optional segments are dropped, the one that saves most first, until the
 *   text fits (a connection note must fit LinkedIn's limit).
 * - Whatever empty values leave behind is tidied: no double spaces, no space before
 *   punctuation, no trailing spaces, at most one blank line in a row.
 */
export function renderTemplate(body: string, vars: TemplateVars, maxLength?: number): string {
  const render = (skip: ReadonlySet<number>) => {
    let index = 0;
    const withSegments = body.replace(SEGMENT_RE, (_whole, inner: string) => {
      if (skip.has(index++)) return '';
      const [main = '', fallback] = splitAlternative(inner);
      if (complete(main, vars)) return main;
      return fallback !== undefined && complete(fallback, vars) ? fallback : '';
    });
    return tidy(fill(withSegments, vars));
  };
  let text = render(new Set());
  if (maxLength === undefined) return text;
  // Over the limit (a long pitch, a long company name): drop optional segments, the one that
  // saves most first, until the draft fits — a shorter note beats one LinkedIn refuses.
  const count = body.match(SEGMENT_RE)?.length ?? 0;
  const skip = new Set<number>();
  while ([...text].length > maxLength && skip.size < count) {
    let best: { i: number; text: string } | null = null;
    for (let i = 0; i < count; i++) {
      if (skip.has(i)) continue;
      const candidate = render(new Set([...skip, i]));
      if (!best || candidate.length < best.text.length) best = { i, text: candidate };
    }
    if (!best || best.text.length >= text.length) break;
    skip.add(best.i);
    text = best.text;
  }
  return text;
}

/** `a|b` → [a, b]; only the first bar outside a placeholder splits. */
function splitAlternative(inner: string): [string, string?] {
  let depth = 0;
  for (let i = 0; i < inner.length; i++) {
    const ch = inner[i];
    if (ch === '{') depth++;
    else if (ch === '}') depth = Math.max(0, depth - 1);
    else if (ch === '|' && depth === 0) return [inner.slice(0, i), inner.slice(i + 1)];
  }
  return [inner];
}

function tidy(text: string): string {
  return text
    .split('\n')
    .map((line) =>
      line
        .replace(/\(\s*\)/g, '')
        // Runs of spaces inside a line (not leading indentation) become one.
        .replace(/(\S)[ \t]{2,}/g, '$1 ')
        .replace(/[ \t]+([,.;:!?])/g, '$1')
        // An empty value between two commas ("Hi , , there") leaves a doubled comma.
        .replace(/,(\s*,)+/g, ',')
        .replace(/[ \t]+$/, ''),
    )
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
