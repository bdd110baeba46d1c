// The outcome form's parts: what happened, when the chat is planned and for how long, the day it
// took place, and the rungs it reached with the people named for them. Each field that can be
// refused says why beside it.
import { levelOf } from '@/utils/domain/points';
import { toDateValue } from './date-input';
import { FORM_STATUSES, MAX_MINUTES, type Field } from './outcome-draft';
import type { OutcomeFormStrings } from './outcome-form-strings';
import type { OutcomeFormState } from './use-outcome-form';

const OUTCOME_KEYS = ['connected', 'referral', 'memorable', 'opening'] as const;
const LEVEL_OF_KEY = { connected: 1, referral: 2, memorable: 3, opening: 4 } as const;

export interface PartProps {
  form: OutcomeFormState;
  strings: OutcomeFormStrings;
}

export function FieldError({ form, field }: { form: OutcomeFormState; field: Field }) {
  return form.errors[field] ? (
    <p id={form.fid(`${field}-error`)} class="field-error">
      {form.errors[field]}
    </p>
  ) : null;
}

/** A refused field's attributes: invalid, and described by why. */
const invalid = (form: OutcomeFormState, field: Field) =>
  form.errors[field] ? { 'aria-invalid': true as const, 'aria-describedby': form.fid(`${field}-error`) } : {};

export function StatusChoice({ form, strings: s }: PartProps) {
  return (
    <fieldset class="outcome-status">
      <legend>{s.statusLegend}</legend>
      {FORM_STATUSES.map((value) => (
        <label key={value} class="choice">
          <input
            type="radio"
            name={form.fid('status')}
            value={value}
            checked={form.draft.status === value}
            onChange={() => form.change({ status: value })}
          />
          {s.statuses[value]}
        </label>
      ))}
    </fieldset>
  );
}

export function ScheduledFields({ form, strings: s }: PartProps) {
  const { fid, refs, draft } = form;
  return (
    <div class="field">
      <label for={fid('scheduledFor')}>{s.scheduledFor}</label>
      <input
        ref={refs.scheduledFor}
        id={fid('scheduledFor')}
        type="datetime-local"
        value={draft.scheduledFor}
        onInput={(e) => form.change({ scheduledFor: e.currentTarget.value })}
        {...invalid(form, 'scheduledFor')}
      />
      <FieldError form={form} field="scheduledFor" />
      <label for={fid('duration')}>{s.duration}</label>
      <input
        ref={refs.duration}
        id={fid('duration')}
        class="duration"
        type="number"
        inputMode="numeric"
        min={1}
        max={MAX_MINUTES}
        step={5}
        value={draft.duration}
        onInput={(e) => form.change({ duration: e.currentTarget.value })}
        {...invalid(form, 'duration')}
      />
      <FieldError form={form} field="duration" />
    </div>
  );
}

export function MetDateField({ form, strings: s }: PartProps) {
  const { fid } = form;
  return (
    <div class="field">
      <label for={fid('metDate')}>{s.metDate}</label>
      <input
        ref={form.refs.metDate}
        id={fid('metDate')}
        type="date"
        value={form.draft.metDate}
        max={toDateValue(form.now)}
        onInput={(e) => form.change({ metDate: e.currentTarget.value })}
        {...invalid(form, 'metDate')}
      />
      <FieldError form={form} field="metDate" />
    </div>
  );
}

/** The people they suggested (level 2), with a hint on how to list them. */
function ReferralNamesField({ form, strings: s }: PartProps) {
  const { fid } = form;
  const refused = form.errors.referralNames;
  return (
    <div class="field sub-field">
      <label for={fid('referralNames')}>{s.referralNames}</label>
      <input
        ref={form.refs.referralNames}
        id={fid('referralNames')}
        type="text"
        value={form.draft.referralText}
        autoComplete="off"
        onInput={(e) => form.change({ referralText: e.currentTarget.value })}
        aria-describedby={
          refused ? `${fid('referralNames-error')} ${fid('referralNames-hint')}` : fid('referralNames-hint')
        }
        aria-invalid={refused ? true : undefined}
      />
      <p id={fid('referralNames-hint')} class="hint">
        {s.referralNamesHint}
      </p>
      <FieldError form={form} field="referralNames" />
    </div>
  );
}

/** The person to reach out to about an opening (level 4). */
function ContactPersonField({ form, strings: s }: PartProps) {
  const { fid } = form;
  return (
    <div class="field sub-field">
      <label for={fid('contactPerson')}>{s.contactPerson}</label>
      <input
        ref={form.refs.contactPerson}
        id={fid('contactPerson')}
        type="text"
        value={form.draft.contactPerson}
        autoComplete="off"
        onInput={(e) => form.change({ contactPerson: e.currentTarget.value })}
        {...invalid(form, 'contactPerson')}
      />
      <FieldError form={form} field="contactPerson" />
    </div>
  );
}

/** The four rungs as ticks, with the people named for them, and the live score. */
export function RungChoices(props: PartProps) {
  const { form, strings: s } = props;
  const { fid, draft } = form;
  const outcomes = draft.outcomes;
  return (
    <>
      <fieldset class="outcome-goals" aria-describedby={fid('goals-hint')}>
        <legend>{s.outcomesLegend}</legend>
        <p id={fid('goals-hint')} class="hint">
          {s.outcomesHint}
        </p>
        {OUTCOME_KEYS.map((key) => (
          <div key={key} class="goal-option">
            <label class="choice">
              <input
                type="checkbox"
                name={key}
                checked={outcomes[key]}
                onChange={(e) => form.change({ outcomes: { ...outcomes, [key]: e.currentTarget.checked } })}
              />
              <span class={`level-badge level-${LEVEL_OF_KEY[key]}`} aria-hidden="true">
                {LEVEL_OF_KEY[key]}
              </span>
              <span>
                {s.outcomes[key]} · {s.points(LEVEL_OF_KEY[key])}
              </span>
            </label>
            {key === 'referral' && outcomes.referral && <ReferralNamesField {...props} />}
            {key === 'opening' && outcomes.opening && <ContactPersonField {...props} />}
          </div>
        ))}
      </fieldset>
      <p class="score" aria-live="polite" data-testid="outcome-score">
        {s.score(levelOf({ status: 'met', outcomes }))}
      </p>
    </>
  );
}
