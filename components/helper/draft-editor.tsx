// The draft in the panel: what the user goes in for, the kind of message and the template, and the
// text they can edit, with its character count and the method's checks.
import type { HelperStrings } from './helper-strings';
import type { Draft } from './use-draft';

interface DraftEditorProps {
  strings: HelperStrings;
  draft: Draft;
}

export function DraftEditor({ strings: t, draft }: DraftEditorProps) {
  return (
    <>
      <GoalChoice strings={t} draft={draft} />
      <div class="row">
        <KindChoice strings={t} draft={draft} />
        <TemplateChoice strings={t} draft={draft} />
      </div>
      <DraftText strings={t} draft={draft} />
    </>
  );
}

function GoalChoice({ strings: t, draft }: DraftEditorProps) {
  const { goal, setGoal } = draft;
  return (
    <fieldset class="goals">
      <legend>{t.goal}</legend>
      {([1, 2, 3, 4] as const).map((g) => (
        <label key={g} class={goal === g ? 'goal checked' : 'goal'}>
          <input type="radio" name="fifteen-goal" value={g} checked={goal === g} onChange={() => setGoal(g)} />
          <span class="goal-title">{t.goals[g].title}</span>
          <span class="goal-meaning">{t.goals[g].meaning}</span>
          <span class="goal-points">{t.goals[g].points}</span>
        </label>
      ))}
    </fieldset>
  );
}

function KindChoice({ strings: t, draft }: DraftEditorProps) {
  const { kind, setKind } = draft;
  return (
    <fieldset class="kinds">
      <legend>{t.kind}</legend>
      {(['note', 'message', 'email'] as const).map((k) => (
        <label key={k} class={kind === k ? 'seg checked' : 'seg'}>
          <input type="radio" name="fifteen-kind" value={k} checked={kind === k} onChange={() => setKind(k)} />
          {t.kinds[k]}
        </label>
      ))}
    </fieldset>
  );
}

/** A choice of template only where there is one to make. */
function TemplateChoice({ strings: t, draft }: DraftEditorProps) {
  const { choices, template } = draft;
  if (choices.length <= 1) return null;
  return (
    <label class="template">
      <span>{t.template}</span>
      <select value={template?.id} onChange={(e) => draft.setTemplateId(e.currentTarget.value)}>
        {choices.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </select>
    </label>
  );
}

function DraftText({ strings: t, draft }: DraftEditorProps) {
  const { kind, limit, length } = draft;
  return (
    <>
      <label class="draft-label" for="fifteen-draft">
        {t.draft}
        <span class={limit !== null && length > limit ? 'counter over' : 'counter'} aria-live="polite">
          {t.counter(length, limit)}
        </span>
      </label>
      <textarea
        id="fifteen-draft"
        data-testid="draft"
        rows={kind === 'note' ? 5 : 8}
        value={draft.text}
        aria-describedby="fifteen-warnings"
        onInput={(e) => draft.setText(e.currentTarget.value)}
      />
      <ul id="fifteen-warnings" class="warnings">
        {draft.shown.map((w) => (
          <li key={w.code} class={`warning warning-${w.code}`}>
            {w.message}
          </li>
        ))}
      </ul>
    </>
  );
}
