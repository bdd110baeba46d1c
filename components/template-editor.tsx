// The message templates: a list per kind and goal, an editor with a placeholder picker that
// inserts at the cursor, and a live preview for a sample person or the last profile opened,
// with the draft checks and, for notes, the character count against the user's limit.
// Editing any template makes the list the user's own; "reset" goes back to the shipped ones.
// The editor saves its whole list, so a list changed elsewhere (an import, "Erase all", another
// tab) is taken in as it arrives, unless the user has an edit of their own still being saved
// (./use-template-list.ts).
import { useState } from 'preact/hooks';
import type { PartialPerson } from '@/utils/domain/person';
import type { DraftAuthor } from '@/utils/domain/templates';
import type { SAVE_STRINGS } from './save-strings';
import { TemplateForm } from './template-form';
import { TemplateList, TemplateToolbar } from './template-list';
import type { PreviewFor } from './template-preview';
import { useTemplateList, type KindFilter, type TemplateListSource } from './use-template-list';

export interface TemplateEditorProps extends TemplateListSource {
  author: DraftAuthor;
  noteLimit: 200 | 300;
  lastProfile: PartialPerson | null;
  saveStrings: typeof SAVE_STRINGS;
}

export function TemplateEditor(props: TemplateEditorProps) {
  const { strings, readOnly } = props;
  const editor = useTemplateList(props);
  const [filter, setFilter] = useState<KindFilter>('all');
  const [previewFor, setPreviewFor] = useState<PreviewFor>('sample');
  const shown = editor.list.filter((t) => filter === 'all' || t.kind === filter);

  return (
    <section class="card" id="templates" aria-labelledby="templates-heading" onFocusOut={() => editor.saver.flush()}>
      <h2 id="templates-heading">{strings.heading}</h2>
      <p class="muted">{strings.intro}</p>
      <p class="hint" data-testid="templates-source">
        {editor.custom ? strings.usingOwn : strings.usingDefaults}
      </p>
      {readOnly && (
        <p class="hint" data-testid="templates-read-only">
          {strings.readOnly}
        </p>
      )}
      <TemplateToolbar
        strings={strings}
        editor={editor}
        readOnly={readOnly}
        filter={filter}
        onFilterChange={setFilter}
      />
      {editor.notice && (
        <p class="hint" role="status">
          {editor.notice}
        </p>
      )}
      <div class="templates-layout">
        <TemplateList strings={strings} editor={editor} readOnly={readOnly} shown={shown} />
        {editor.selected ? (
          <TemplateForm
            {...props}
            editor={editor}
            template={editor.selected}
            previewFor={previewFor}
            onPreviewForChange={setPreviewFor}
          />
        ) : (
          <p class="muted">{strings.selectOne}</p>
        )}
      </div>
    </section>
  );
}
