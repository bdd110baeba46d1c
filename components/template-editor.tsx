// The message templates: a list per kind and goal, an editor with a placeholder picker that
// inserts at the cursor, and a live preview for a sample person or the last profile opened,
// with the draft checks and, for notes, the character count against the user's limit.
// Editing any template makes the list the user's own; "reset" goes back to the shipped ones.
// The editor saves its whole list, so a list changed elsewhere (an import, "Erase all", another
// tab) is taken in as it arrives, unless the user has an edit of their own still being saved.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { GOALS, TEMPLATE_KINDS, type Goal, type Template, type TemplateKind } from '@/utils/domain/model';
import { checkAfterDraft, isAfterKind } from '@/utils/domain/after-drafts';
import type { PartialPerson } from '@/utils/domain/person';
import { PLACEHOLDERS, renderTemplate, templateVars, type DraftAuthor } from '@/utils/domain/templates';
import { checkDraft, countCharacters, limitFor, type DraftWarningCode } from '@/utils/domain/checks';
import type { SAVE_STRINGS } from './save-strings';
import type { TEMPLATE_EDITOR_STRINGS } from './template-editor-strings';
import { useAutoSave } from './use-auto-save';
import { SaveStatus } from './settings-form';

const SAMPLE_PERSON: PartialPerson = {
  name: 'Priya Raman',
  firstName: 'Priya',
  headline: 'Senior Product Manager at Stripe',
  company: 'Stripe',
  role: 'Senior Product Manager',
  location: 'San Francisco Bay Area',
};

export interface TemplateEditorProps {
  /** The templates in use: the user's, or the defaults. */
  templates: Template[];
  /** True when `templates` are the user's own (settings.templates is not null). */
  custom: boolean;
  defaults: Template[];
  author: DraftAuthor;
  noteLimit: 200 | 300;
  lastProfile: PartialPerson | null;
  strings: typeof TEMPLATE_EDITOR_STRINGS;
  saveStrings: typeof SAVE_STRINGS;
  /** Saves the user's list, or null to go back to the defaults. */
  onSave: (templates: Template[] | null) => Promise<unknown>;
  newId?: () => string;
  readOnly?: boolean;
  delay?: number;
}

type KindFilter = TemplateKind | 'all';

/** What a draft for after a chat shows in the preview for the sample person. */
const SAMPLE_AFTER = {
  learned: 'the team ships every Thursday',
  referral: 'Marcus Oyelaran',
  contactPerson: 'Dana Lee',
};

const sameList = (a: Template[], b: Template[]): boolean => a === b || JSON.stringify(a) === JSON.stringify(b);

const defaultNewId = () => `t-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}`;

export function TemplateEditor(props: TemplateEditorProps) {
  const { strings, author, noteLimit, lastProfile, readOnly } = props;
  const newId = props.newId ?? defaultNewId;
  const [list, setList] = useState<Template[]>(props.templates);
  const [custom, setCustom] = useState(props.custom);
  const [filter, setFilter] = useState<KindFilter>('all');
  const [selectedId, setSelectedId] = useState<string | null>(props.templates[0]?.id ?? null);
  const [previewFor, setPreviewFor] = useState<'sample' | 'last'>('sample');
  const [confirmReset, setConfirmReset] = useState(false);
  const [notice, setNotice] = useState('');
  const saver = useAutoSave(props.delay);
  const body = useRef<HTMLTextAreaElement>(null);
  const caret = useRef<number | null>(null);
  // The list the store is known to hold: the one last given, or the one last saved here.
  const known = useRef({ templates: props.templates, custom: props.custom });

  useEffect(() => {
    const before = known.current;
    if (props.templates === before.templates && props.custom === before.custom) return;
    if (props.custom === before.custom && sameList(props.templates, before.templates)) return;
    // An edit still waiting or being saved wins: it saves the whole list after this change.
    if (saver.busy()) return;
    known.current = { templates: props.templates, custom: props.custom };
    setList(props.templates);
    setCustom(props.custom);
    setConfirmReset(false);
    setSelectedId((id) => (props.templates.some((t) => t.id === id) ? id : (props.templates[0]?.id ?? null)));
  }, [props.templates, props.custom]);

  const shown = list.filter((t) => filter === 'all' || t.kind === filter);
  const selected = list.find((t) => t.id === selectedId) ?? null;

  const commit = (next: Template[] | null, select?: string | null) => {
    if (readOnly) return;
    setNotice('');
    if (next === null || next.length === 0) {
      setList(props.defaults);
      setCustom(false);
      setSelectedId(select === undefined ? (props.defaults[0]?.id ?? null) : select);
      if (next && next.length === 0) setNotice(strings.emptyAfterDelete);
      known.current = { templates: props.defaults, custom: false };
      saver.schedule(() => props.onSave(null));
      return;
    }
    setList(next);
    setCustom(true);
    known.current = { templates: next, custom: true };
    if (select !== undefined) setSelectedId(select);
    saver.schedule(() => props.onSave(next));
  };

  const update = (patch: Partial<Template>) => {
    if (!selected) return;
    commit(list.map((t) => (t.id === selected.id ? { ...t, ...patch } : t)));
  };

  const add = () => {
    const kind: TemplateKind = filter === 'all' ? 'note' : filter;
    const t: Template = {
      id: newId(),
      name: strings.newName,
      kind,
      goal: null,
      subject: kind === 'email' ? '' : null,
      body: 'Hi {firstName}, ',
    };
    commit([...list, t], t.id);
  };

  const duplicate = () => {
    if (!selected) return;
    const copy: Template = { ...selected, id: newId(), name: strings.copyOf(selected.name || strings.untitled) };
    const at = list.indexOf(selected) + 1;
    commit([...list.slice(0, at), copy, ...list.slice(at)], copy.id);
  };

  const remove = () => {
    if (!selected) return;
    const at = list.indexOf(selected);
    const next = list.filter((t) => t.id !== selected.id);
    const neighbour = next[Math.min(at, next.length - 1)]?.id ?? null;
    commit(next, neighbour);
  };

  const insert = (name: string) => {
    const el = body.current;
    if (!selected || !el) return;
    const token = `{${name}}`;
    const start = el.selectionStart ?? selected.body.length;
    const end = el.selectionEnd ?? start;
    caret.current = start + token.length;
    update({ body: selected.body.slice(0, start) + token + selected.body.slice(end) });
  };

  // After an insert, put the cursor back in the text, just after what was inserted.
  useEffect(() => {
    const el = body.current;
    if (el && caret.current !== null) {
      el.focus();
      el.setSelectionRange(caret.current, caret.current);
      caret.current = null;
    }
  });

  const person = previewFor === 'last' && lastProfile ? lastProfile : SAMPLE_PERSON;
  const preview = useMemo(() => {
    if (!selected) return null;
    const after = isAfterKind(selected.kind);
    const vars = { ...templateVars(person, author), ...(after ? SAMPLE_AFTER : {}) };
    // A draft for after a chat is a LinkedIn message (or an email): no note limit, no ask to check.
    const kind = isAfterKind(selected.kind) ? 'message' : selected.kind;
    // As the helper drafts it: a note sheds optional parts to fit the limit.
    const text = renderTemplate(selected.body, vars, limitFor(kind, noteLimit) ?? undefined);
    const subject = selected.kind === 'email' && selected.subject ? renderTemplate(selected.subject, vars) : null;
    const warnings = after ? checkAfterDraft(text) : checkDraft(text, { kind, noteLimit });
    const seen = new Set<DraftWarningCode>();
    const unique = warnings.filter((w) => (seen.has(w.code) ? false : (seen.add(w.code), true)));
    return { text, subject, warnings: unique, count: countCharacters(text), limit: limitFor(kind, noteLimit) };
  }, [selected, person, author, noteLimit]);

  const lastDetail = lastProfile
    ? [lastProfile.role, lastProfile.company].filter(Boolean).join(' at ') || lastProfile.headline || ''
    : '';

  return (
    <section class="card" id="templates" aria-labelledby="templates-heading" onFocusOut={() => saver.flush()}>
      <h2 id="templates-heading">{strings.heading}</h2>
      <p class="muted">{strings.intro}</p>
      <p class="hint" data-testid="templates-source">
        {custom ? strings.usingOwn : strings.usingDefaults}
      </p>
      {readOnly && (
        <p class="hint" data-testid="templates-read-only">
          {strings.readOnly}
        </p>
      )}

      <div class="row toolbar">
        <label class="inline-label">
          {strings.filter}{' '}
          <select value={filter} onChange={(e) => setFilter(e.currentTarget.value as KindFilter)}>
            <option value="all">{strings.allKinds}</option>
            {TEMPLATE_KINDS.map((k) => (
              <option key={k} value={k}>
                {strings.kinds[k]}
              </option>
            ))}
          </select>
        </label>
        <span class="spacer" />
        <button type="button" onClick={add} disabled={readOnly}>
          {strings.add}
        </button>
        {custom && !confirmReset && (
          <button type="button" class="secondary" onClick={() => setConfirmReset(true)} disabled={readOnly}>
            {strings.reset}
          </button>
        )}
      </div>
      {confirmReset && (
        <div class="confirm" role="group" aria-label={strings.reset}>
          <p>{strings.resetConfirm}</p>
          <div class="row">
            <button
              type="button"
              class="danger"
              onClick={() => {
                setConfirmReset(false);
                commit(null);
              }}
            >
              {strings.resetYes}
            </button>
            <button type="button" class="secondary" onClick={() => setConfirmReset(false)}>
              {strings.cancel}
            </button>
          </div>
        </div>
      )}
      {notice && (
        <p class="hint" role="status">
          {notice}
        </p>
      )}

      <div class="templates-layout">
        <nav aria-label={strings.list}>
          {shown.length === 0 ? (
            <p class="muted">{strings.none}</p>
          ) : (
            <ul class="template-list" data-testid="template-list">
              {shown.map((t) => (
                <li key={t.id}>
                  <button
                    type="button"
                    class={`template-item${t.id === selectedId ? ' selected' : ''}`}
                    aria-current={t.id === selectedId ? 'true' : undefined}
                    onClick={() => setSelectedId(t.id)}
                  >
                    <span class="template-name">{t.name || strings.untitled}</span>
                    <span class="template-meta">
                      {strings.kinds[t.kind]} · {strings.goalShort(t.goal)}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </nav>

        {selected ? (
          <div class="template-form">
            <div class="field">
              <label for="template-name">{strings.name}</label>
              <input
                id="template-name"
                type="text"
                maxLength={120}
                value={selected.name}
                disabled={readOnly}
                onInput={(e) => update({ name: e.currentTarget.value })}
              />
            </div>
            <div class="row">
              <label class="field">
                {strings.kind}
                <select
                  value={selected.kind}
                  disabled={readOnly}
                  onChange={(e) => {
                    const kind = e.currentTarget.value as TemplateKind;
                    update({ kind, subject: kind === 'email' ? (selected.subject ?? '') : selected.subject });
                  }}
                >
                  {TEMPLATE_KINDS.map((k) => (
                    <option key={k} value={k}>
                      {strings.kinds[k]}
                    </option>
                  ))}
                </select>
              </label>
              <label class="field">
                {strings.goal}
                <select
                  value={selected.goal == null ? '' : String(selected.goal)}
                  disabled={readOnly}
                  onChange={(e) =>
                    update({ goal: e.currentTarget.value ? (Number(e.currentTarget.value) as Goal) : null })
                  }
                >
                  <option value="">{strings.anyGoal}</option>
                  {GOALS.map((g) => (
                    <option key={g} value={String(g)}>
                      {strings.goals[g]}
                    </option>
                  ))}
                </select>
              </label>
            </div>
            {selected.kind === 'email' && (
              <div class="field">
                <label for="template-subject">{strings.subject}</label>
                <input
                  id="template-subject"
                  type="text"
                  value={selected.subject ?? ''}
                  disabled={readOnly}
                  onInput={(e) => update({ subject: e.currentTarget.value })}
                />
              </div>
            )}
            <div class="field">
              <label for="template-body">{strings.body}</label>
              <textarea
                id="template-body"
                ref={body}
                rows={selected.kind === 'note' ? 4 : 9}
                maxLength={5000}
                value={selected.body}
                disabled={readOnly}
                data-testid="template-body"
                onInput={(e) => update({ body: e.currentTarget.value })}
              />
            </div>
            <div class="placeholders" role="group" aria-label={strings.placeholders}>
              <span class="hint">{strings.placeholders}:</span>
              {PLACEHOLDERS.map((p) => (
                <button
                  type="button"
                  class="chip"
                  key={p.name}
                  title={p.description}
                  aria-label={`{${p.name}}: ${p.description}`}
                  disabled={readOnly}
                  onClick={() => insert(p.name)}
                >
                  {`{${p.name}}`}
                </button>
              ))}
            </div>
            <div class="row">
              <button type="button" class="secondary" onClick={duplicate} disabled={readOnly}>
                {strings.duplicate}
              </button>
              <button type="button" class="secondary danger-text" onClick={remove} disabled={readOnly}>
                {strings.delete}
              </button>
              <SaveStatus state={saver.state} strings={props.saveStrings} />
            </div>

            {preview && (
              <div class="preview" aria-labelledby="preview-heading">
                <h3 id="preview-heading">{strings.preview}</h3>
                <label class="inline-label">
                  {strings.previewFor}{' '}
                  <select
                    value={previewFor}
                    onChange={(e) => setPreviewFor(e.currentTarget.value as 'sample' | 'last')}
                    data-testid="preview-person"
                  >
                    <option value="sample">{strings.sample}</option>
                    <option value="last" disabled={!lastProfile}>
                      {lastProfile ? strings.lastProfile(lastProfile.name ?? '', lastDetail) : strings.noLastProfile}
                    </option>
                  </select>
                </label>
                {preview.subject !== null && (
                  <p class="preview-subject">
                    <strong>{strings.subject}:</strong> {preview.subject}
                  </p>
                )}
                <div class="preview-text" data-testid="template-preview">
                  {preview.text}
                </div>
                <p
                  class={`counter${preview.limit !== null && preview.count > preview.limit ? ' over' : ''}`}
                  data-testid="template-counter"
                  aria-live="polite"
                >
                  {selected.kind === 'note' && preview.limit !== null
                    ? strings.counter(preview.count, preview.limit)
                    : strings.counterNoLimit(preview.count)}
                </p>
                {preview.warnings.length === 0 ? (
                  <p class="checks-ok" data-testid="template-checks">
                    ✓ {isAfterKind(selected.kind) ? strings.checksOkAfter : strings.checksOk}
                  </p>
                ) : (
                  <div class="checks" data-testid="template-checks">
                    <p>
                      <strong>{strings.checks}</strong>
                    </p>
                    <ul>
                      {preview.warnings.map((w) => (
                        <li key={w.code}>{w.message}</li>
                      ))}
                    </ul>
                  </div>
                )}
              </div>
            )}
          </div>
        ) : (
          <p class="muted">{strings.selectOne}</p>
        )}
      </div>
    </section>
  );
}
