// The list of templates: which kinds it shows, adding one, going back to the shipped ones (once
// confirmed), and the templates themselves to pick from.
import { TEMPLATE_KINDS, type Template, type TemplateKind } from '@/utils/domain/model';
import type { TEMPLATE_EDITOR_STRINGS } from './template-editor-strings';
import type { KindFilter, TemplateList as Editor } from './use-template-list';

interface ListProps {
  strings: typeof TEMPLATE_EDITOR_STRINGS;
  editor: Editor;
  readOnly?: boolean;
}

export function TemplateToolbar(props: ListProps & { filter: KindFilter; onFilterChange: (f: KindFilter) => void }) {
  const { strings, editor, readOnly } = props;
  return (
    <>
      <div class="row toolbar">
        <label class="inline-label">
          {strings.filter}{' '}
          <select value={props.filter} onChange={(e) => props.onFilterChange(e.currentTarget.value as KindFilter)}>
            <option value="all">{strings.allKinds}</option>
            <KindOptions names={strings.kinds} />
          </select>
        </label>
        <span class="spacer" />
        <button type="button" onClick={() => editor.add(props.filter)} disabled={readOnly}>
          {strings.add}
        </button>
        {editor.custom && !editor.confirmReset && (
          <button type="button" class="secondary" onClick={() => editor.setConfirmReset(true)} disabled={readOnly}>
            {strings.reset}
          </button>
        )}
      </div>
      {editor.confirmReset && <ConfirmReset {...props} />}
    </>
  );
}

function ConfirmReset({ strings, editor }: ListProps) {
  return (
    <div class="confirm" role="group" aria-label={strings.reset}>
      <p>{strings.resetConfirm}</p>
      <div class="row">
        <button
          type="button"
          class="danger"
          onClick={() => {
            editor.setConfirmReset(false);
            editor.commit(null);
          }}
        >
          {strings.resetYes}
        </button>
        <button type="button" class="secondary" onClick={() => editor.setConfirmReset(false)}>
          {strings.cancel}
        </button>
      </div>
    </div>
  );
}

export function TemplateList({ strings, editor, shown }: ListProps & { shown: Template[] }) {
  const { selectedId } = editor;
  return (
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
                onClick={() => editor.setSelectedId(t.id)}
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
  );
}

/** One option per kind of template, in the model's order, with the names the user reads. */
export function KindOptions({ names }: { names: Record<TemplateKind, string> }) {
  return (
    <>
      {TEMPLATE_KINDS.map((k) => (
        <option key={k} value={k}>
          {names[k]}
        </option>
      ))}
    </>
  );
}
