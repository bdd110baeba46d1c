import { describe, it, expect } from 'vitest';
import * as v from 'valibot';
import { DEFAULT_AFTER_TEMPLATES } from '../../../utils/domain/after-templates';
import { TemplateSchema, type MessageKind, type Template } from '../../../utils/domain/model';
import { DEFAULT_TEMPLATES } from '../../../utils/domain/ask-templates';
import {
  SHIPPED_TEMPLATES,
  PLACEHOLDERS,
  effectiveTemplates,
  renderTemplate,
  templateVars,
  templatesFor,
  type TemplateVars,
} from '../../../utils/domain/templates';
import { checkDraft, countCharacters } from '../../../utils/domain/checks';

const PRIYA: TemplateVars = templateVars(
  { name: 'Priya Raman', firstName: 'Priya', company: 'Stripe', role: 'Senior Product Manager' },
  { myName: 'Jordan Lee', exploring: 'product management', pitch: "I'm a lawyer moving into product" },
);

describe('renderTemplate', () => {
  it('fills the placeholders', () => {
    expect(renderTemplate('Hi {firstName}, I see you are {role} at {company}. — {myFirstName}', PRIYA)).toBe(
      'Hi Priya, I see you are Senior Product Manager at Stripe. — Jordan',
    );
  });

  it('leaves unknown placeholders visible as written', () => {
    expect(renderTemplate('Hi {frstName}, {firstName}', PRIYA)).toBe('Hi {frstName}, Priya');
  });

  it('matches placeholder names ignoring case and inner spaces', () => {
    expect(renderTemplate('Hi { FirstName }', PRIYA)).toBe('Hi Priya');
  });

  it('drops an optional segment whose placeholder is empty, and keeps it otherwise', () => {
    const body = 'I saw your work[ at {company}].';
    expect(renderTemplate(body, { company: 'Stripe' })).toBe('I saw your work at Stripe.');
    expect(renderTemplate(body, { company: '' })).toBe('I saw your work.');
    expect(renderTemplate(body, {})).toBe('I saw your work.');
    expect(renderTemplate(body, { company: '   ' })).toBe('I saw your work.');
  });

  it('uses the fallback after | when the segment is empty', () => {
    const body = 'People who come to [{exploring}|this work] from elsewhere';
    expect(renderTemplate(body, { exploring: 'product' })).toBe('People who come to product from elsewhere');
    expect(renderTemplate(body, {})).toBe('People who come to this work from elsewhere');
  });

  it('keeps square brackets that hold no placeholder', () => {
    expect(renderTemplate('See [link] {firstName}', PRIYA)).toBe('See [link] Priya');
  });

  it('keeps a segment holding an unknown placeholder, so the user sees it', () => {
    expect(renderTemplate('Hi[ {nickname}]!', PRIYA)).toBe('Hi {nickname}!');
  });

  it('tidies what empty values leave behind without a segment', () => {
    expect(renderTemplate('Hi {firstName}, I am {myName} ({location}).', { myName: 'Jordan' })).toBe(
      'Hi, I am Jordan.',
    );
    expect(renderTemplate('A  {company}  B', {})).toBe('A B');
    expect(renderTemplate('One\n\n{company}\n\nTwo', {})).toBe('One\n\nTwo');
  });

  it('does not double a full stop the value already has', () => {
    expect(renderTemplate('{myPitch}. Thanks', { myPitch: "I'm a lawyer." })).toBe("I'm a lawyer. Thanks");
    expect(renderTemplate('{myPitch} and more', { myPitch: "I'm a lawyer." })).toBe("I'm a lawyer. and more");
  });
});

describe('templateVars', () => {
  it('derives first names from full names when missing', () => {
    const vars = templateVars({ name: '  Marcus Oyelaran ' }, { myName: 'Jordan Lee' });
    expect(vars.firstName).toBe('Marcus');
    expect(vars.myFirstName).toBe('Jordan');
    expect(vars.company).toBe('');
  });
});

describe('DEFAULT_TEMPLATES', () => {
  it('are valid templates with unique ids', () => {
    for (const t of DEFAULT_TEMPLATES) expect(v.safeParse(TemplateSchema, t).success).toBe(true);
    expect(new Set(DEFAULT_TEMPLATES.map((t) => t.id)).size).toBe(DEFAULT_TEMPLATES.length);
  });

  it('offer at least two per kind, some for goals 3-4, most for any goal', () => {
    for (const kind of ['note', 'message', 'email'] as const) {
      expect(DEFAULT_TEMPLATES.filter((t) => t.kind === kind).length).toBeGreaterThanOrEqual(2);
    }
    expect(DEFAULT_TEMPLATES.some((t) => t.goal === 3)).toBe(true);
    expect(DEFAULT_TEMPLATES.some((t) => t.goal === 4)).toBe(true);
    const general = DEFAULT_TEMPLATES.filter((t) => t.goal == null).length;
    expect(general).toBeGreaterThan(DEFAULT_TEMPLATES.length / 2);
  });

  it('use only known placeholders', () => {
    const known = new Set<string>(PLACEHOLDERS.map((p) => p.name));
    for (const t of DEFAULT_TEMPLATES) {
      for (const m of `${t.subject ?? ''} ${t.body}`.matchAll(/\{(\w+)\}/g)) expect(known).toContain(m[1]);
    }
  });

  it('render with no warnings at all for the sample person', () => {
    for (const t of DEFAULT_TEMPLATES) {
      const text = renderTemplate(t.body, PRIYA);
      expect({ id: t.id, warnings: checkDraft(text, { kind: t.kind as MessageKind, noteLimit: 200 }) }).toEqual({
        id: t.id,
        warnings: [],
      });
      expect(text).not.toMatch(/\{|\}|\[|\]/);
      expect(text).toContain('Priya');
    }
  });

  it('render connection notes within 200 characters for the sample person', () => {
    const notes = DEFAULT_TEMPLATES.filter((t) => t.kind === 'note');
    for (const t of notes) expect(countCharacters(renderTemplate(t.body, PRIYA))).toBeLessThanOrEqual(200);
  });

  it('render connection notes within 200 characters for a longer but ordinary profile', () => {
    const longer = templateVars(
      { name: 'Alexandra Konstantinou', company: 'Goldman Sachs', role: 'Vice President, Corporate Development' },
      {
        myName: 'Jordan Lee',
        exploring: 'corporate development',
        pitch: "I'm a litigator moving into in-house M&A work",
      },
    );
    for (const t of DEFAULT_TEMPLATES.filter((x) => x.kind === 'note')) {
      const text = renderTemplate(t.body, longer);
      expect(countCharacters(text), t.id).toBeLessThanOrEqual(200);
    }
  });

  it('still read as sentences when the profile and settings are empty', () => {
    const empty = templateVars({ name: 'Priya Raman' }, {});
    for (const t of DEFAULT_TEMPLATES) {
      const text = renderTemplate(t.body, empty);
      expect(text).not.toMatch(/ {2}| [,.?!]|\b(?:at|to|on|into)\s*[.,?]|\[|\]|\{|\}/);
      expect(checkDraft(text, { kind: t.kind as MessageKind, noteLimit: 200 }).map((w) => w.code)).toEqual([]);
    }
  });

  it('never say "informational interview", "pick your brain", or ask for a job', () => {
    for (const t of DEFAULT_TEMPLATES) {
      const text = `${t.subject ?? ''}\n${t.body}`.toLowerCase();
      expect(text).not.toMatch(/informational|pick your brain|hiring|opening|job/);
      expect(text).toMatch(/15 minutes|15-minute/);
    }
  });

  it('have a 15-minute subject line for every email', () => {
    for (const t of DEFAULT_TEMPLATES.filter((x) => x.kind === 'email')) expect(t.subject).toMatch(/15/);
  });
});

describe('templatesFor', () => {
  const t = (id: string, kind: Template['kind'], goal: Template['goal']): Template => ({
    id,
    name: id,
    kind,
    goal,
    body: id,
  });
  const list = [
    t('a', 'note', null),
    t('b', 'note', 4),
    t('c', 'message', null),
    t('d', 'note', 3),
    t('e', 'note', null),
  ];

  it('puts the goal-specific ones first, then those for any goal, and leaves out other goals', () => {
    expect(templatesFor('note', 4, list).map((x) => x.id)).toEqual(['b', 'a', 'e']);
    expect(templatesFor('note', 1, list).map((x) => x.id)).toEqual(['a', 'e']);
  });

  it('lists general ones first when no goal is chosen', () => {
    expect(templatesFor('note', null, list).map((x) => x.id)).toEqual(['a', 'e', 'b', 'd']);
  });

  it('falls back to every template of the kind rather than none', () => {
    expect(templatesFor('note', 2, [t('x', 'note', 4)]).map((x) => x.id)).toEqual(['x']);
    expect(templatesFor('email', 2, list)).toEqual([]);
  });

  it('picks the shipped team note for goal 4', () => {
    expect(templatesFor('note', 4, DEFAULT_TEMPLATES)[0]?.id).toBe('note-team');
  });
});

describe('effectiveTemplates', () => {
  it("returns the user's templates, or the defaults when there are none", () => {
    const mine: Template[] = [
      { id: 'mine', name: 'Mine', kind: 'note', goal: null, body: 'Hi' },
      { id: 'ty', name: 'Thanks', kind: 'thank-you', goal: null, body: 'Thanks' },
      { id: 'fu', name: 'Later', kind: 'follow-up', goal: null, body: 'Hello again' },
    ];
    expect(effectiveTemplates(mine)).toBe(mine);
    expect(effectiveTemplates(null)).toBe(SHIPPED_TEMPLATES);
    expect(effectiveTemplates([])).toBe(SHIPPED_TEMPLATES);
    expect(SHIPPED_TEMPLATES).toEqual([...DEFAULT_TEMPLATES, ...DEFAULT_AFTER_TEMPLATES]);
  });

  it('gives a list of the user’s own from before the drafts for after the shipped ones of each kind it lacks', () => {
    const older: Template[] = [{ id: 'mine', name: 'Mine', kind: 'note', goal: null, body: 'Hi' }];
    expect(effectiveTemplates(older).map((t) => t.kind)).toEqual(['note', 'thank-you', 'follow-up']);
    const withThanks: Template[] = [
      ...older,
      { id: 'ty', name: 'Thanks', kind: 'thank-you', goal: null, body: 'Thanks' },
    ];
    expect(effectiveTemplates(withThanks).map((t) => t.id)).toEqual(['mine', 'ty', 'follow-up-warm']);
  });
});

describe('renderTemplate with a length limit', () => {
  const note = DEFAULT_TEMPLATES.find((t) => t.id === 'note-warm')!;
  const vars = templateVars(
    { name: 'Priya Raman', firstName: 'Priya', company: 'Stripe' },
    {
      myName: 'Sam Lee',
      exploring: 'product management in fintech',
      pitch: "I'm moving from payments operations into product after eight years in fintech",
    },
  );

  it('drops optional segments, the biggest saving first, until the note fits', () => {
    const full = renderTemplate(note.body, vars);
    expect([...full].length).toBeGreaterThan(200);
    const fitted = renderTemplate(note.body, vars, 200);
    expect([...fitted].length).toBeLessThanOrEqual(200);
    expect(fitted).not.toContain('eight years');
    expect(fitted).toContain('at Stripe');
    expect(fitted).toMatch(/^Hi Priya, .*15 minutes.*Sam$/);
  });

  it('leaves a note that fits as it is', () => {
    const short = templateVars(
      { name: 'Priya Raman', company: 'Stripe' },
      { myName: 'Sam Lee', pitch: 'I work in ops' },
    );
    expect(renderTemplate(note.body, short, 200)).toBe(renderTemplate(note.body, short));
  });
});
