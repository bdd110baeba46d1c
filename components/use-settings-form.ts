// The settings form's state: what each field shows, what the user typed into the number fields
// and why it can't be saved, which section last changed (its save status shows), and the saving.
// Settings changed elsewhere (an import, "Erase all", another tab) are taken as they arrive,
// except in a field the user is still editing.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Settings } from '@/utils/domain/model';
import { readNumberField, type NumberProblem } from '@/utils/domain/settings-form';
import { NUMBER_FIELD_NAMES, type NumberField } from '@/utils/domain/settings-defaults';
import { useAutoSave, type AutoSave } from './use-auto-save';

export type Section = 'you' | 'goals' | 'reminders' | 'appearance';
const SECTION_OF: Partial<Record<keyof Settings, Section>> = {
  noteLimit: 'goals',
  weeklyPointsGoal: 'goals',
  weeklyRequestGoal: 'goals',
  weeklyInvitationLimit: 'goals',
  monthlyNoteAllowance: 'goals',
  thankYouDelayDays: 'reminders',
  thankYouHour: 'reminders',
  followUpDelayDays: 'reminders',
  notifications: 'reminders',
  theme: 'appearance',
};

type Typed = Record<NumberField, string>;
type Problems = Record<NumberField, NumberProblem | null>;
/** The changes waiting for the pause, and those being saved. */
interface Pending {
  patch: Partial<Settings>;
  inFlight: Partial<Settings>;
}

export interface SettingsFormState {
  values: Settings;
  typed: Typed;
  /** A number field's problem, once the user has typed in it. */
  problemOf: (key: NumberField) => NumberProblem | null;
  /** The section the user last changed: its save status shows, not all four. */
  section: Section;
  saver: AutoSave;
  /** True when a number field of this section holds what can't be saved. */
  invalidIn: (where: Section) => boolean;
  set: <K extends keyof Settings>(key: K, value: Settings[K]) => void;
  /** What the user typed into a number field: shown as typed, saved when it is a valid number. */
  type: (key: NumberField, raw: string) => void;
}

const sameValue = (a: unknown, b: unknown): boolean => a === b || JSON.stringify(a) === JSON.stringify(b);
const isNumberField = (key: string): key is NumberField => NUMBER_FIELD_NAMES.includes(key as NumberField);
const typedFrom = (settings: Settings, fields: NumberField[]) =>
  Object.fromEntries(fields.map((f) => [f, String(settings[f])])) as Typed;

/** Saves as the user types; changes made within one pause are saved together. */
function useBatchedSave(onSave: (patch: Partial<Settings>) => Promise<unknown>, readOnly?: boolean, delay?: number) {
  const saver = useAutoSave(delay);
  const pending = useState<Pending>(() => ({ patch: {}, inFlight: {} }))[0];
  const save = (patch: Partial<Settings>) => {
    if (readOnly) return;
    Object.assign(pending.patch, patch);
    saver.schedule(() => {
      const next = pending.patch;
      pending.patch = {};
      pending.inFlight = next;
      return onSave(next).finally(() => {
        if (pending.inFlight === next) pending.inFlight = {};
      });
    });
  };
  return { saver, pending, save };
}

/**
 * What to take from settings that changed since `before`: every changed value but those the user
 * is still editing (an unsaved or still saving change, or a number they typed that can't be saved).
 */
function changedElsewhere(
  settings: Settings,
  before: Settings,
  pending: Pending,
  editing: (key: NumberField) => boolean,
): Partial<Settings> {
  const taken: Partial<Settings> = {};
  for (const key of Object.keys(settings) as (keyof Settings)[]) {
    if (sameValue(settings[key], before[key])) continue;
    // The user's own unsaved edit wins: their save will land after this change.
    if (key in pending.patch || key in pending.inFlight) continue;
    if (isNumberField(key) && editing(key)) continue;
    (taken as Record<string, unknown>)[key] = settings[key];
  }
  return taken;
}

export function useSettingsForm(
  settings: Settings,
  onSave: (patch: Partial<Settings>) => Promise<unknown>,
  readOnly?: boolean,
  delay?: number,
): SettingsFormState {
  const [values, setValues] = useState<Settings>(settings);
  const [typed, setTyped] = useState<Typed>(() => typedFrom(settings, NUMBER_FIELD_NAMES));
  const [touched, setTouched] = useState<Partial<Record<string, true>>>({});
  const [section, setSection] = useState<Section>('you');
  const { saver, pending, save } = useBatchedSave(onSave, readOnly, delay);
  // What the store is known to hold: the settings last given, updated with each change the user
  // makes. An incoming value that differs from it was changed elsewhere; one that matches it is
  // only the echo of the user's own save and must not disturb what they are typing.
  const known = useRef<Settings>(settings);

  const problems = Object.fromEntries(
    NUMBER_FIELD_NAMES.map((f) => {
      const r = readNumberField(f, typed[f]);
      return [f, r.ok ? null : r.problem];
    }),
  ) as Problems;
  const problemOf = (key: NumberField) => (touched[key] ? problems[key] : null);

  useEffect(() => {
    const before = known.current;
    if (settings === before) return;
    const taken = changedElsewhere(settings, before, pending, (f) => problemOf(f) !== null);
    known.current = { ...before, ...taken };
    const keys = Object.keys(taken) as (keyof Settings)[];
    if (keys.length === 0) return;
    setValues((v) => ({ ...v, ...taken }));
    const numbers = keys.filter(isNumberField);
    if (numbers.length > 0) {
      setTyped((t) => ({ ...t, ...typedFrom(settings, numbers) }));
      setTouched((t) => ({ ...t, ...Object.fromEntries(numbers.map((f) => [f, undefined])) }));
    }
  }, [settings]);

  const set = <K extends keyof Settings>(key: K, value: Settings[K]) => {
    if (readOnly) return;
    known.current = { ...known.current, [key]: value };
    setValues((v) => ({ ...v, [key]: value }));
    setSection(SECTION_OF[key] ?? 'you');
    save({ [key]: value } as Partial<Settings>);
  };
  const type = (key: NumberField, raw: string) => {
    setTyped((t) => ({ ...t, [key]: raw }));
    setTouched((t) => ({ ...t, [key]: true }));
    setSection(SECTION_OF[key] ?? 'you');
    const r = readNumberField(key, raw);
    if (r.ok) set(key, r.value);
  };
  const invalidIn = (where: Section) => NUMBER_FIELD_NAMES.some((f) => problemOf(f) && SECTION_OF[f] === where);

  return { values, typed, problemOf, section, saver, invalidIn, set, type };
}
