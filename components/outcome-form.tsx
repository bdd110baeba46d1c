// "Record how it went": the status of a conversation and, once met, which of the four goals it
// reached, with a live score. One component for the popup and the profile helper: props in,
// one OutcomeInput out; it knows nothing of storage. Its state is use-outcome-form.ts, what it
// checks and gives out outcome-draft.ts, its parts outcome-fields.tsx.
import type { Conversation } from '@/utils/domain/model';
import type { OutcomeInput } from '@/utils/domain/records';
import { MetDateField, RungChoices, ScheduledFields, StatusChoice } from './outcome-fields';
import type { OutcomeFormStrings } from './outcome-form-strings';
import { useOutcomeForm } from './use-outcome-form';

export interface OutcomeFormProps {
  conversation: Conversation;
  personName: string;
  strings: OutcomeFormStrings;
  onSubmit(input: OutcomeInput): Promise<void>;
  onCancel(): void;
  /** Names of the people already recorded for this conversation, so saving again keeps them. */
  initialReferralNames?: string[];
  initialContactPersonName?: string | null;
  /** The clock, for tests; defaults to now. */
  now?: Date;
}

export function OutcomeForm(props: OutcomeFormProps) {
  const { conversation: c, personName, strings: s } = props;
  const form = useOutcomeForm(props);
  const { fid, draft } = form;
  const part = { form, strings: s };
  return (
    <form class="outcome-form" onSubmit={form.submit} aria-labelledby={fid('title')} noValidate>
      <h3 id={fid('title')} class="outcome-title">
        {s.title(personName)}
      </h3>
      {c.prepNotes && (
        <div class="outcome-plan" data-testid="outcome-plan">
          <p class="outcome-plan-title">{s.plan}</p>
          <p class="outcome-plan-text">{c.prepNotes}</p>
        </div>
      )}
      <StatusChoice {...part} />
      {draft.status === 'scheduled' && <ScheduledFields {...part} />}
      {draft.status === 'met' && (
        <>
          <MetDateField {...part} />
          <RungChoices {...part} />
        </>
      )}
      <div class="field">
        <label for={fid('notes')}>{s.notes}</label>
        <textarea
          id={fid('notes')}
          rows={2}
          value={draft.notes}
          onInput={(e) => form.change({ notes: e.currentTarget.value })}
        />
      </div>
      {Object.keys(form.errors).length > 0 && (
        <p role="alert" class="form-error">
          {s.errors.summary}
        </p>
      )}
      {form.failure && (
        <p role="alert" class="form-error">
          {form.failure}
        </p>
      )}
      <div class="form-actions">
        <button type="submit" class="primary" disabled={form.busy}>
          {form.busy ? s.saving : s.save}
        </button>
        <button type="button" onClick={props.onCancel}>
          {s.cancel}
        </button>
      </div>
    </form>
  );
}
