// The Prepare view's questions in the settings: one list per rung of the ladder, one question
// per line, with the method's checks ("informational interview", "pick your brain") on each.
// Like the templates, editing makes the lists the user's own, and "reset" goes back to the
// shipped ones. Saved as the user types (after a pause), and when a box loses focus.
import { useEffect, useId, useState } from 'preact/hooks';
import { GOALS, type Goal, type PrepQuestion } from '@/utils/domain/model';
import { questionWarnings } from '@/utils/domain/prepare';
import type { PREP_QUESTIONS_STRINGS } from './prep-questions-strings';
import type { SAVE_STRINGS } from './save-strings';
import { useAutoSave } from './use-auto-save';
import { SaveStatus } from './save-status';

export interface PrepQuestionsEditorProps {
  /** The questions in use: the user's, or the shipped ones. */
  questions: readonly PrepQuestion[];
  custom: boolean;
  strings: typeof PREP_QUESTIONS_STRINGS;
  saveStrings: typeof SAVE_STRINGS;
  /** Saves the user's questions, or null to go back to the shipped ones. */
  onSave: (questions: PrepQuestion[] | null) => Promise<unknown>;
  readOnly?: boolean;
  delay?: number;
}

type Texts = Record<Goal, string>;
const toTexts = (questions: readonly PrepQuestion[]): Texts =>
  Object.fromEntries(
    GOALS.map((g) => [
      g,
      questions
        .filter((q) => q.level === g)
        .map((q) => q.text)
        .join('\n'),
    ]),
  ) as Texts;
const toQuestions = (texts: Texts): PrepQuestion[] =>
  GOALS.flatMap((level) =>
    texts[level]
      .split('\n')
      .map((t) => t.trim())
      .filter(Boolean)
      .map((text) => ({ level, text })),
  );

export function PrepQuestionsEditor({
  questions,
  custom,
  strings: s,
  saveStrings,
  onSave,
  readOnly,
  delay,
}: PrepQuestionsEditorProps) {
  const id = useId();
  const [texts, setTexts] = useState<Texts>(() => toTexts(questions));
  const save = useAutoSave(delay);
  // A change made elsewhere (an import, a reset, another tab) is taken in unless an edit is pending.
  useEffect(() => {
    if (!save.busy()) setTexts(toTexts(questions));
  }, [questions]);

  const edit = (level: Goal, value: string) => {
    const next = { ...texts, [level]: value };
    setTexts(next);
    save.schedule(() => onSave(toQuestions(next)));
  };

  return (
    <section class="card" id="questions" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{s.heading}</h2>
      <p class="muted">{s.intro}</p>
      <p class="hint">{custom ? s.usingOwn : s.usingDefaults}</p>
      {GOALS.map((level) => {
        const warnings = texts[level].split('\n').flatMap((line) => questionWarnings(line).map((w) => w.message));
        return (
          <div class="field" key={level}>
            <label for={`${id}-${level}`}>{s.levels[level - 1]}</label>
            <textarea
              id={`${id}-${level}`}
              rows={3}
              value={texts[level]}
              disabled={readOnly}
              aria-describedby={warnings.length ? `${id}-${level}-warn` : undefined}
              data-testid={`prep-questions-${level}`}
              onInput={(e) => edit(level, e.currentTarget.value)}
              onBlur={save.flush}
            />
            {warnings.length > 0 && (
              <div class="checks" id={`${id}-${level}-warn`} data-testid={`prep-questions-${level}-checks`}>
                <ul>
                  {[...new Set(warnings)].map((w) => (
                    <li key={w}>{w}</li>
                  ))}
                </ul>
              </div>
            )}
          </div>
        );
      })}
      <div class="row">
        {custom && (
          <button type="button" disabled={readOnly} onClick={() => save.schedule(() => onSave(null))}>
            {s.reset}
          </button>
        )}
        <SaveStatus state={save.state} strings={saveStrings} />
      </div>
    </section>
  );
}
