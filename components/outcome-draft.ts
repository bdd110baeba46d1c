// What the outcome form holds while the user fills it in, read into the OutcomeInput it gives
// out: the first draft from the conversation, which fields can't be saved (and why, as the key of
// the message in the form's strings), and the input once they all can. No view, no storage.
import { DEFAULT_DURATION_MINUTES, type Conversation, type Outcomes } from '@/utils/domain/model';
import type { OutcomeInput } from '@/utils/domain/records';
import { toDateTimeValue, toDateValue } from './date-input';

export type FormStatus = 'met' | 'scheduled' | 'declined' | 'no-response';
export const FORM_STATUSES: FormStatus[] = ['met', 'scheduled', 'declined', 'no-response'];
/** The fields that can be refused, in the order the form shows them (the first is focused). */
export type Field = 'metDate' | 'scheduledFor' | 'duration' | 'referralNames' | 'contactPerson';
/** Why a field can't be saved: the key of its message in the form's strings. */
export type FieldProblem =
  'metDate' | 'metDateFuture' | 'scheduledFor' | 'duration' | 'referralNames' | 'contactPerson';
export const MAX_MINUTES = 240;

export interface OutcomeDraft {
  status: FormStatus;
  /** yyyy-mm-dd, as the date field holds it. */
  metDate: string;
  /** yyyy-mm-ddThh:mm in local time, as the date and time field holds it. */
  scheduledFor: string;
  duration: string;
  outcomes: Outcomes;
  referralText: string;
  contactPerson: string;
  notes: string;
}

/** Names typed as "Ana, Ben; Chloé" → ["Ana", "Ben", "Chloé"]. */
export const splitNames = (text: string): string[] =>
  text
    .split(/[,;\n]/)
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter(Boolean);

/** The form as it opens on a conversation, with the names of the people already recorded for it. */
export function firstDraft(
  c: Conversation,
  people: { referralNames?: string[]; contactPersonName?: string | null },
  now: Date,
): OutcomeDraft {
  const met = c.metAt ?? (c.scheduledFor && Date.parse(c.scheduledFor) <= now.getTime() ? c.scheduledFor : null);
  return {
    status: c.status === 'requested' ? 'met' : c.status,
    metDate: toDateValue(new Date(met ?? now.toISOString())),
    scheduledFor: c.scheduledFor ? toDateTimeValue(new Date(c.scheduledFor)) : '',
    duration: String(c.durationMinutes ?? DEFAULT_DURATION_MINUTES),
    outcomes: { ...c.outcomes },
    referralText: (people.referralNames ?? []).join(', '),
    contactPerson: people.contactPersonName ?? '',
    notes: c.notes ?? '',
  };
}

/** The fields that can't be saved as they are, each with why. */
export function draftProblems(d: OutcomeDraft, now: Date): Partial<Record<Field, FieldProblem>> {
  const e: Partial<Record<Field, FieldProblem>> = {};
  if (d.status === 'met') {
    if (!d.metDate) e.metDate = 'metDate';
    else if (d.metDate > toDateValue(now)) e.metDate = 'metDateFuture';
    if (d.outcomes.referral && splitNames(d.referralText).length === 0) e.referralNames = 'referralNames';
    if (d.outcomes.opening && !d.contactPerson.trim()) e.contactPerson = 'contactPerson';
  }
  if (d.status === 'scheduled' && (!d.scheduledFor || Number.isNaN(new Date(d.scheduledFor).getTime())))
    e.scheduledFor = 'scheduledFor';
  if (d.status === 'scheduled' && !/^\d+$/.test(d.duration.trim())) e.duration = 'duration';
  else if (d.status === 'scheduled' && (Number(d.duration) < 1 || Number(d.duration) > MAX_MINUTES))
    e.duration = 'duration';
  return e;
}

function metAtIso(c: Conversation, metDate: string, now: Date): string {
  // Keep the recorded time when the day is unchanged; a new day is stored at local noon (or
  // now, for today), so the day reads the same in the user's time zone.
  if (c.metAt && toDateValue(new Date(c.metAt)) === metDate) return c.metAt;
  if (metDate === toDateValue(now)) return now.toISOString();
  const [y, m, d] = metDate.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, 12, 0, 0, 0).toISOString();
}

/** What the form gives out for a draft without problems. */
export function outcomeInput(d: OutcomeDraft, c: Conversation, now: Date): OutcomeInput {
  const base = { notes: d.notes.trim() };
  if (d.status === 'met') {
    return {
      ...base,
      status: d.status,
      metAt: metAtIso(c, d.metDate, now),
      outcomes: { ...d.outcomes },
      referralNames: d.outcomes.referral ? splitNames(d.referralText) : [],
      contactPersonName: d.outcomes.opening ? d.contactPerson.trim() : null,
    };
  }
  // The value is local time in the user's zone: Date reads it so, daylight saving included.
  if (d.status === 'scheduled')
    return {
      ...base,
      status: d.status,
      scheduledFor: new Date(d.scheduledFor).toISOString(),
      durationMinutes: Number(d.duration),
    };
  return { ...base, status: d.status };
}
