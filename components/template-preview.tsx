// The preview of one template: filled in for a sample person or the last profile opened, as the
// helper drafts it, with the character count and the draft checks.
import { useMemo } from 'preact/hooks';
import { checkAfterDraft } from '@/utils/domain/after-drafts';
import { isAfterKind } from '@/utils/domain/after-templates';
import { checkDraft, countCharacters, limitFor, type DraftWarning, type DraftWarningCode } from '@/utils/domain/checks';
import type { Template } from '@/utils/domain/model';
import type { PartialPerson } from '@/utils/domain/person';
import { renderTemplate, templateVars, type DraftAuthor } from '@/utils/domain/templates';
import type { TEMPLATE_EDITOR_STRINGS } from './template-editor-strings';

export type PreviewFor = 'sample' | 'last';

const SAMPLE_PERSON: PartialPerson = {
  name: 'Priya Raman',
  firstName: 'Priya',
  headline: 'Senior Product Manager at Stripe',
  company: 'Stripe',
  role: 'Senior Product Manager',
  location: 'San Francisco Bay Area',
};

/** What a draft for after a chat shows in the preview for the sample person. */
const SAMPLE_AFTER = {
  learned: 'the team ships every Thursday',
  referral: 'Marcus Oyelaran',
  contactPerson: 'Dana Lee',
};

export interface TemplatePreviewProps {
  template: Template;
  author: DraftAuthor;
  noteLimit: 200 | 300;
  lastProfile: PartialPerson | null;
  previewFor: PreviewFor;
  onPreviewForChange: (previewFor: PreviewFor) => void;
  strings: typeof TEMPLATE_EDITOR_STRINGS;
}

/** The template filled in for one person, with its subject, count, limit and the checks it fails. */
function previewOf(selected: Template, person: PartialPerson, author: DraftAuthor, noteLimit: 200 | 300) {
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
}

export function TemplatePreview(props: TemplatePreviewProps) {
  const { strings, template: selected, author, noteLimit } = props;
  const person = props.previewFor === 'last' && props.lastProfile ? props.lastProfile : SAMPLE_PERSON;
  const preview = useMemo(() => previewOf(selected, person, author, noteLimit), [selected, person, author, noteLimit]);
  return (
    <div class="preview" aria-labelledby="preview-heading">
      <h3 id="preview-heading">{strings.preview}</h3>
      <PreviewPerson {...props} />
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
      <PreviewChecks strings={strings} template={selected} warnings={preview.warnings} />
    </div>
  );
}

/** Whom the preview is for: the sample person, or the last profile the user opened. */
function PreviewPerson({ strings, lastProfile, previewFor, onPreviewForChange }: TemplatePreviewProps) {
  const lastDetail = lastProfile
    ? [lastProfile.role, lastProfile.company].filter(Boolean).join(' at ') || lastProfile.headline || ''
    : '';
  return (
    <label class="inline-label">
      {strings.previewFor}{' '}
      <select
        value={previewFor}
        onChange={(e) => onPreviewForChange(e.currentTarget.value as PreviewFor)}
        data-testid="preview-person"
      >
        <option value="sample">{strings.sample}</option>
        <option value="last" disabled={!lastProfile}>
          {lastProfile ? strings.lastProfile(lastProfile.name ?? '', lastDetail) : strings.noLastProfile}
        </option>
      </select>
    </label>
  );
}

function PreviewChecks(props: {
  strings: typeof TEMPLATE_EDITOR_STRINGS;
  template: Template;
  warnings: DraftWarning[];
}) {
  const { strings, warnings } = props;
  if (warnings.length === 0)
    return (
      <p class="checks-ok" data-testid="template-checks">
        ✓ {isAfterKind(props.template.kind) ? strings.checksOkAfter : strings.checksOk}
      </p>
    );
  return (
    <div class="checks" data-testid="template-checks">
      <p>
        <strong>{strings.checks}</strong>
      </p>
      <ul>
        {warnings.map((w) => (
          <li key={w.code}>{w.message}</li>
        ))}
      </ul>
    </div>
  );
}
