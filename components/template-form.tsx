// One template's form: its name, kind, goal, subject (for an email) and text, a placeholder picker
// that inserts at the cursor, duplicate and delete, whether it is saved, and its preview.
import { useEffect, useRef } from 'preact/hooks';
import { GOALS, type Goal, type Template, type TemplateKind } from '@/utils/domain/model';
import { PLACEHOLDERS } from '@/utils/domain/templates';
import type { SAVE_STRINGS } from './save-strings';
import { SaveStatus } from './save-status';
import { KindOptions } from './template-list';
import { TemplatePreview, type TemplatePreviewProps } from './template-preview';
import type { TemplateList } from './use-template-list';

export interface TemplateFormProps extends Omit<TemplatePreviewProps, 'template'> {
  editor: TemplateList;
  template: Template;
  saveStrings: typeof SAVE_STRINGS;
  readOnly?: boolean;
}

export function TemplateForm(props: TemplateFormProps) {
  const { strings, editor, template: selected, readOnly } = props;
  const body = useRef<HTMLTextAreaElement>(null);
  const caret = useRef<number | null>(null);

  const insert = (name: string) => {
    const el = body.current;
    if (!el) return;
    const token = `{${name}}`;
    const start = el.selectionStart ?? selected.body.length;
    const end = el.selectionEnd ?? start;
    caret.current = start + token.length;
    editor.update({ body: selected.body.slice(0, start) + token + selected.body.slice(end) });
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

  return (
    <div class="template-form">
      <div class="field">
        <label for="template-name">{strings.name}</label>
        <input
          id="template-name"
          type="text"
          maxLength={120}
          value={selected.name}
          disabled={readOnly}
          onInput={(e) => editor.update({ name: e.currentTarget.value })}
        />
      </div>
      <KindAndGoal {...props} />
      {selected.kind === 'email' && (
        <div class="field">
          <label for="template-subject">{strings.subject}</label>
          <input
            id="template-subject"
            type="text"
            value={selected.subject ?? ''}
            disabled={readOnly}
            onInput={(e) => editor.update({ subject: e.currentTarget.value })}
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
          onInput={(e) => editor.update({ body: e.currentTarget.value })}
        />
      </div>
      <PlaceholderPicker {...props} onInsert={insert} />
      <div class="row">
        <button type="button" class="secondary" onClick={editor.duplicate} disabled={readOnly}>
          {strings.duplicate}
        </button>
        <button type="button" class="secondary danger-text" onClick={editor.remove} disabled={readOnly}>
          {strings.delete}
        </button>
        <SaveStatus state={editor.saver.state} strings={props.saveStrings} />
      </div>
      <TemplatePreview {...props} />
    </div>
  );
}

function KindAndGoal({ strings, editor, template: selected, readOnly }: TemplateFormProps) {
  return (
    <div class="row">
      <label class="field">
        {strings.kind}
        <select
          value={selected.kind}
          disabled={readOnly}
          onChange={(e) => {
            const kind = e.currentTarget.value as TemplateKind;
            editor.update({ kind, subject: kind === 'email' ? (selected.subject ?? '') : selected.subject });
          }}
        >
          <KindOptions names={strings.kinds} />
        </select>
      </label>
      <label class="field">
        {strings.goal}
        <select
          value={selected.goal == null ? '' : String(selected.goal)}
          disabled={readOnly}
          onChange={(e) =>
            editor.update({ goal: e.currentTarget.value ? (Number(e.currentTarget.value) as Goal) : null })
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
  );
}

function PlaceholderPicker({ strings, readOnly, onInsert }: TemplateFormProps & { onInsert: (name: string) => void }) {
  return (
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
          onClick={() => onInsert(p.name)}
        >
          {`{${p.name}}`}
        </button>
      ))}
    </div>
  );
}
