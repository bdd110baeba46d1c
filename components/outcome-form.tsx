// "Record how it went": the status of a conversation and, once met, which of the four goals it
// reached, with a live score. One component for the popup and the profile helper: props in,
// one OutcomeInput out; it knows nothing of storage.
import { useId, useRef, useState } from 'preact/hooks';
import { DEFAULT_DURATION_MINUTES, type Conversation, type Outcomes } from '@/utils/domain/model';
import { levelOf } from '@/utils/domain/points';
import type { OutcomeInput } from '@/utils/domain/records';
import { OUTCOME_FORM_STRINGS, type OutcomeFormStrings } from './outcome-form.strings';
import { toDateTimeValue, toDateValue } from './date-input';
import { errorMessage } from '@/utils/domain/errors';

export { OUTCOME_FORM_STRINGS, type OutcomeFormStrings };

export type FormStatus = 'met' | 'scheduled' | 'declined' | 'no-response';
const FORM_STATUSES: FormStatus[] = ['met', 'scheduled', 'declined', 'no-response'];
const OUTCOME_KEYS = ['connected', 'referral', 'memorable', 'opening'] as const;
const LEVEL_OF_KEY = { connected: 1, referral: 2, memorable: 3, opening: 4 } as const;

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

/** Names typed as "Ana, Ben; Chloé" → ["Ana", "Ben", "Chloé"]. */
export const splitNames = (text: string): string[] =>
  text
    .split(/[,;\n]/)
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter(Boolean);

type Field = 'metDate' | 'scheduledFor' | 'duration' | 'referralNames' | 'contactPerson';
const MAX_MINUTES = 240;

export function OutcomeForm(props: OutcomeFormProps) {
  const { conversation: c, personName, strings: s } = props;
  const now = props.now ?? new Date();
  const id = useId();
  const initialStatus: FormStatus = c.status === 'requested' ? 'met' : c.status;
  const [status, setStatus] = useState<FormStatus>(initialStatus);
  const [metDate, setMetDate] = useState(
    toDateValue(
      new Date(
        c.metAt ?? (c.scheduledFor && Date.parse(c.scheduledFor) <= now.getTime() ? c.scheduledFor : now.toISOString()),
      ),
    ),
  );
  const [scheduledFor, setScheduledFor] = useState(c.scheduledFor ? toDateTimeValue(new Date(c.scheduledFor)) : '');
  const [duration, setDuration] = useState(String(c.durationMinutes ?? DEFAULT_DURATION_MINUTES));
  const [outcomes, setOutcomes] = useState<Outcomes>({ ...c.outcomes });
  const [referralText, setReferralText] = useState((props.initialReferralNames ?? []).join(', '));
  const [contactPerson, setContactPerson] = useState(props.initialContactPersonName ?? '');
  const [notes, setNotes] = useState(c.notes ?? '');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [failure, setFailure] = useState('');
  const [busy, setBusy] = useState(false);
  const refs = {
    metDate: useRef<HTMLInputElement>(null),
    scheduledFor: useRef<HTMLInputElement>(null),
    duration: useRef<HTMLInputElement>(null),
    referralNames: useRef<HTMLInputElement>(null),
    contactPerson: useRef<HTMLInputElement>(null),
  };

  const score = status === 'met' ? levelOf({ status: 'met', outcomes }) : 0;
  const fid = (name: string) => `${id}-${name}`;

  function validate(): Partial<Record<Field, string>> {
    const e: Partial<Record<Field, string>> = {};
    if (status === 'met') {
      if (!metDate) e.metDate = s.errors.metDate;
      else if (metDate > toDateValue(now)) e.metDate = s.errors.metDateFuture;
      if (outcomes.referral && splitNames(referralText).length === 0) e.referralNames = s.errors.referralNames;
      if (outcomes.opening && !contactPerson.trim()) e.contactPerson = s.errors.contactPerson;
    }
    if (status === 'scheduled' && (!scheduledFor || Number.isNaN(new Date(scheduledFor).getTime())))
      e.scheduledFor = s.errors.scheduledFor;
    if (status === 'scheduled' && !/^\d+$/.test(duration.trim())) e.duration = s.errors.duration;
    else if (status === 'scheduled' && (Number(duration) < 1 || Number(duration) > MAX_MINUTES))
      e.duration = s.errors.duration;
    return e;
  }

  function metAtIso(): string {
    // Keep the recorded time when the day is unchanged; a new day is stored at local noon (or
    // now, for today), so the day reads the same in the user's time zone.
    if (c.metAt && toDateValue(new Date(c.metAt)) === metDate) return c.metAt;
    if (metDate === toDateValue(now)) return now.toISOString();
    const [y, m, d] = metDate.split('-').map(Number) as [number, number, number];
    return new Date(y, m - 1, d, 12, 0, 0, 0).toISOString();
  }

  function buildInput(): OutcomeInput {
    const base = { notes: notes.trim() };
    if (status === 'met') {
      return {
        ...base,
        status,
        metAt: metAtIso(),
        outcomes: { ...outcomes },
        referralNames: outcomes.referral ? splitNames(referralText) : [],
        contactPersonName: outcomes.opening ? contactPerson.trim() : null,
      };
    }
    // The value is local time in the user's zone: Date reads it so, daylight saving included.
    if (status === 'scheduled')
      return { ...base, status, scheduledFor: new Date(scheduledFor).toISOString(), durationMinutes: Number(duration) };
    return { ...base, status };
  }

  async function submit(event: Event) {
    event.preventDefault();
    if (busy) return;
    const found = validate();
    setErrors(found);
    setFailure('');
    const first = (Object.keys(refs) as Field[]).find((k) => found[k]);
    if (first) {
      refs[first].current?.focus();
      return;
    }
    setBusy(true);
    try {
      await props.onSubmit(buildInput());
    } catch (e) {
      setFailure(s.errors.failed(errorMessage(e)));
    } finally {
      setBusy(false);
    }
  }

  const errorFor = (field: Field) =>
    errors[field] ? (
      <p id={fid(`${field}-error`)} class="field-error">
        {errors[field]}
      </p>
    ) : null;
  const invalid = (field: Field) =>
    errors[field] ? { 'aria-invalid': true as const, 'aria-describedby': fid(`${field}-error`) } : {};

  return (
    <form class="outcome-form" onSubmit={submit} aria-labelledby={fid('title')} noValidate>
      <h3 id={fid('title')} class="outcome-title">
        {s.title(personName)}
      </h3>
      {c.prepNotes && (
        <div class="outcome-plan" data-testid="outcome-plan">
          <p class="outcome-plan-title">{s.plan}</p>
          <p class="outcome-plan-text">{c.prepNotes}</p>
        </div>
      )}
      <fieldset class="outcome-status">
        <legend>{s.statusLegend}</legend>
        {FORM_STATUSES.map((value) => (
          <label key={value} class="choice">
            <input
              type="radio"
              name={fid('status')}
              value={value}
              checked={status === value}
              onChange={() => setStatus(value)}
            />
            {s.statuses[value]}
          </label>
        ))}
      </fieldset>

      {status === 'scheduled' && (
        <div class="field">
          <label for={fid('scheduledFor')}>{s.scheduledFor}</label>
          <input
            ref={refs.scheduledFor}
            id={fid('scheduledFor')}
            type="datetime-local"
            value={scheduledFor}
            onInput={(e) => setScheduledFor(e.currentTarget.value)}
            {...invalid('scheduledFor')}
          />
          {errorFor('scheduledFor')}
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
            value={duration}
            onInput={(e) => setDuration(e.currentTarget.value)}
            {...invalid('duration')}
          />
          {errorFor('duration')}
        </div>
      )}

      {status === 'met' && (
        <>
          <div class="field">
            <label for={fid('metDate')}>{s.metDate}</label>
            <input
              ref={refs.metDate}
              id={fid('metDate')}
              type="date"
              value={metDate}
              max={toDateValue(now)}
              onInput={(e) => setMetDate(e.currentTarget.value)}
              {...invalid('metDate')}
            />
            {errorFor('metDate')}
          </div>
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
                    onChange={(e) => setOutcomes({ ...outcomes, [key]: e.currentTarget.checked })}
                  />
                  <span class={`level-badge level-${LEVEL_OF_KEY[key]}`} aria-hidden="true">
                    {LEVEL_OF_KEY[key]}
                  </span>
                  <span>
                    {s.outcomes[key]} · {s.points(LEVEL_OF_KEY[key])}
                  </span>
                </label>
                {key === 'referral' && outcomes.referral && (
                  <div class="field sub-field">
                    <label for={fid('referralNames')}>{s.referralNames}</label>
                    <input
                      ref={refs.referralNames}
                      id={fid('referralNames')}
                      type="text"
                      value={referralText}
                      autoComplete="off"
                      onInput={(e) => setReferralText(e.currentTarget.value)}
                      aria-describedby={
                        errors.referralNames
                          ? `${fid('referralNames-error')} ${fid('referralNames-hint')}`
                          : fid('referralNames-hint')
                      }
                      aria-invalid={errors.referralNames ? true : undefined}
                    />
                    <p id={fid('referralNames-hint')} class="hint">
                      {s.referralNamesHint}
                    </p>
                    {errorFor('referralNames')}
                  </div>
                )}
                {key === 'opening' && outcomes.opening && (
                  <div class="field sub-field">
                    <label for={fid('contactPerson')}>{s.contactPerson}</label>
                    <input
                      ref={refs.contactPerson}
                      id={fid('contactPerson')}
                      type="text"
                      value={contactPerson}
                      autoComplete="off"
                      onInput={(e) => setContactPerson(e.currentTarget.value)}
                      {...invalid('contactPerson')}
                    />
                    {errorFor('contactPerson')}
                  </div>
                )}
              </div>
            ))}
          </fieldset>
          <p class="score" aria-live="polite" data-testid="outcome-score">
            {s.score(score)}
          </p>
        </>
      )}

      <div class="field">
        <label for={fid('notes')}>{s.notes}</label>
        <textarea id={fid('notes')} rows={2} value={notes} onInput={(e) => setNotes(e.currentTarget.value)} />
      </div>

      {Object.keys(errors).length > 0 && (
        <p role="alert" class="form-error">
          {s.errors.summary}
        </p>
      )}
      {failure && (
        <p role="alert" class="form-error">
          {failure}
        </p>
      )}
      <div class="form-actions">
        <button type="submit" class="primary" disabled={busy}>
          {busy ? s.saving : s.save}
        </button>
        <button type="button" onClick={props.onCancel}>
          {s.cancel}
        </button>
      </div>
    </form>
  );
}
