// The outcome form's state: the draft, the fields refused on the last try to save (the first is
// focused), a save that failed, and whether a save is on its way.
import { useId, useRef, useState } from 'preact/hooks';
import type { RefObject } from 'preact';
import type { Conversation } from '@/utils/domain/model';
import type { OutcomeInput } from '@/utils/domain/records';
import { errorMessage } from '@/utils/domain/errors';
import { draftProblems, firstDraft, outcomeInput, type Field, type OutcomeDraft } from './outcome-draft';
import type { OutcomeFormStrings } from './outcome-form-strings';

export interface OutcomeFormState {
  draft: OutcomeDraft;
  change: (patch: Partial<OutcomeDraft>) => void;
  /** The messages of the fields refused on the last try to save. */
  errors: Partial<Record<Field, string>>;
  failure: string;
  busy: boolean;
  refs: Record<Field, RefObject<HTMLInputElement>>;
  /** The id of one of the form's elements: unique on the page, which may show two forms. */
  fid: (name: string) => string;
  now: Date;
  submit: (event: Event) => Promise<void>;
}

export interface OutcomeFormSource {
  conversation: Conversation;
  strings: OutcomeFormStrings;
  onSubmit(input: OutcomeInput): Promise<void>;
  initialReferralNames?: string[];
  initialContactPersonName?: string | null;
  now?: Date;
}

export function useOutcomeForm(props: OutcomeFormSource): OutcomeFormState {
  const { conversation: c, strings: s } = props;
  const now = props.now ?? new Date();
  const id = useId();
  const [draft, setDraft] = useState(() =>
    firstDraft(
      c,
      { referralNames: props.initialReferralNames, contactPersonName: props.initialContactPersonName },
      now,
    ),
  );
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
  const change = (patch: Partial<OutcomeDraft>) => setDraft((d) => ({ ...d, ...patch }));

  async function submit(event: Event) {
    event.preventDefault();
    if (busy) return;
    const problems = draftProblems(draft, now);
    const found = Object.fromEntries(Object.entries(problems).map(([field, why]) => [field, s.errors[why]]));
    setErrors(found);
    setFailure('');
    const first = (Object.keys(refs) as Field[]).find((k) => found[k]);
    if (first) {
      refs[first].current?.focus();
      return;
    }
    setBusy(true);
    try {
      await props.onSubmit(outcomeInput(draft, c, now));
    } catch (e) {
      setFailure(s.errors.failed(errorMessage(e)));
    } finally {
      setBusy(false);
    }
  }

  return { draft, change, errors, failure, busy, refs, fid: (name) => `${id}-${name}`, now, submit };
}
