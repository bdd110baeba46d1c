// The user's voice, goals, limits, reminders and theme, saved as they type. A number that can't
// be saved says why beside its field and is left out of the save; the rest still saves.
// Settings changed elsewhere (an import, "Erase all", another tab) show up here as they arrive,
// except in a field the user is still editing.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import type { Settings, Theme } from '@/utils/domain/model';
import { THEMES } from '@/utils/domain/model';
import { readNumberField, type NumberProblem } from '@/utils/domain/settings-form';
import { NUMBER_FIELD_NAMES, type NumberField } from '@/utils/domain/settings-defaults';
import type { SAVE_STRINGS } from './save-strings';
import type { SETTINGS_STRINGS } from './settings-form-strings';
import { useAutoSave, type SaveState } from './use-auto-save';

type Strings = typeof SETTINGS_STRINGS;

export interface SettingsFormProps {
  settings: Settings;
  strings: Strings;
  saveStrings: typeof SAVE_STRINGS;
  onSave: (patch: Partial<Settings>) => Promise<unknown>;
  /** Called at once when the theme changes, before it is saved, so the page can follow. */
  onTheme?: (theme: Theme) => void;
  readOnly?: boolean;
  delay?: number;
}

type Typed = Record<NumberField, string>;
type Section = 'you' | 'goals' | 'reminders' | 'appearance';
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

export function SaveStatus({
  state,
  strings,
  invalid,
}: {
  state: SaveState;
  strings: typeof SAVE_STRINGS;
  invalid?: boolean;
}) {
  const text = invalid
    ? strings.notSavedInvalid
    : state.kind === 'saving'
      ? strings.saving
      : state.kind === 'saved'
        ? `✓ ${strings.saved}`
        : state.kind === 'error'
          ? strings.error(state.message)
          : '';
  const tone = invalid || state.kind === 'error' ? 'error' : state.kind === 'saved' ? 'ok' : 'idle';
  return (
    <p class={`save-status status-${tone}`} role="status" aria-live="polite" data-testid="save-status">
      {text}
    </p>
  );
}

const sameValue = (a: unknown, b: unknown): boolean => a === b || JSON.stringify(a) === JSON.stringify(b);

export function SettingsForm({ settings, strings, saveStrings, onSave, onTheme, readOnly, delay }: SettingsFormProps) {
  const [values, setValues] = useState<Settings>(settings);
  const [typed, setTyped] = useState<Typed>(
    () => Object.fromEntries(NUMBER_FIELD_NAMES.map((f) => [f, String(settings[f])])) as Typed,
  );
  const [touched, setTouched] = useState<Partial<Record<string, true>>>({});
  const saver = useAutoSave(delay);
  // The save status shows in the section the user last changed, not in all four.
  const [section, setSection] = useState<Section>('you');
  const pending = useState<{ patch: Partial<Settings>; inFlight: Partial<Settings> }>(() => ({
    patch: {},
    inFlight: {},
  }))[0];
  // What the store is known to hold: the settings last given, updated with each change the user
  // makes. An incoming value that differs from it was changed elsewhere; one that matches it is
  // only the echo of the user's own save and must not disturb what they are typing.
  const known = useRef<Settings>(settings);

  const problems = Object.fromEntries(
    NUMBER_FIELD_NAMES.map((f) => {
      const r = readNumberField(f, typed[f]);
      return [f, r.ok ? null : r.problem];
    }),
  ) as Record<NumberField, NumberProblem | null>;

  const save = (patch: Partial<Settings>) => {
    if (readOnly) return;
    // Changes made within one pause are saved together.
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

  useEffect(() => {
    const before = known.current;
    if (settings === before) return;
    const taken: Partial<Settings> = {};
    for (const key of Object.keys(settings) as (keyof Settings)[]) {
      if (sameValue(settings[key], before[key])) continue;
      // The user's own unsaved edit wins: their save will land after this change.
      if (key in pending.patch || key in pending.inFlight) continue;
      const field = key as NumberField;
      if (NUMBER_FIELD_NAMES.includes(field) && touched[field] && problems[field]) continue;
      (taken as Record<string, unknown>)[key] = settings[key];
    }
    known.current = { ...before, ...taken };
    const keys = Object.keys(taken) as (keyof Settings)[];
    if (keys.length === 0) return;
    setValues((v) => ({ ...v, ...taken }));
    const numbers = keys.filter((k): k is NumberField => NUMBER_FIELD_NAMES.includes(k as NumberField));
    if (numbers.length > 0) {
      setTyped((t) => ({ ...t, ...Object.fromEntries(numbers.map((f) => [f, String(settings[f])])) }));
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

  const text = (key: 'myName' | 'exploring' | 'pitch', multiline = false) => {
    const id = `setting-${key}`;
    const hint = strings.you[`${key}Hint` as 'myNameHint'];
    const common = {
      id,
      value: values[key],
      'aria-describedby': `${id}-hint`,
      disabled: readOnly,
      onInput: (e: JSX.TargetedEvent<HTMLInputElement | HTMLTextAreaElement>) => set(key, e.currentTarget.value),
    };
    return (
      <div class="field">
        <label for={id}>{strings.you[key]}</label>
        {multiline ? (
          <textarea rows={2} maxLength={300} {...common} />
        ) : (
          <input type="text" maxLength={200} autoComplete={key === 'myName' ? 'name' : 'off'} {...common} />
        )}
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      </div>
    );
  };

  const number = (key: NumberField, label: string, hint?: string) => {
    const id = `setting-${key}`;
    const problem = touched[key] ? problems[key] : null;
    const described = [hint ? `${id}-hint` : '', problem ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
    return (
      <div class={`field field-number${problem ? ' has-error' : ''}`}>
        <label for={id}>{label}</label>
        <input
          id={id}
          type="text"
          inputMode="numeric"
          value={typed[key]}
          aria-invalid={problem ? 'true' : undefined}
          aria-describedby={described}
          disabled={readOnly}
          onInput={(e) => {
            const raw = e.currentTarget.value;
            setTyped((t) => ({ ...t, [key]: raw }));
            setTouched((t) => ({ ...t, [key]: true }));
            setSection(SECTION_OF[key] ?? 'you');
            const r = readNumberField(key, raw);
            if (r.ok) set(key, r.value);
          }}
        />
        {hint && (
          <p class="hint" id={`${id}-hint`}>
            {hint}
          </p>
        )}
        {problem && (
          <p class="field-error" id={`${id}-error`} data-testid={`error-${key}`}>
            {strings.problem(problem)}
          </p>
        )}
      </div>
    );
  };

  const invalidIn = (where: Section) =>
    NUMBER_FIELD_NAMES.some((f) => touched[f] && problems[f] && SECTION_OF[f] === where);
  // Read-only: every section says why its fields are off, not just the banner at the top.
  const statusFor = (where: Section) =>
    readOnly ? (
      <p class="hint" data-testid="settings-read-only">
        {strings.readOnly}
      </p>
    ) : section === where ? (
      <SaveStatus state={saver.state} strings={saveStrings} invalid={invalidIn(where)} />
    ) : null;

  return (
    <form
      class="settings"
      onSubmit={(e) => {
        e.preventDefault();
        saver.flush();
      }}
      onFocusOut={() => saver.flush()}
      aria-label={strings.you.heading}
    >
      <section class="card" id="you" aria-labelledby="you-heading">
        <h2 id="you-heading">{strings.you.heading}</h2>
        <p class="muted">{strings.you.intro}</p>
        {text('myName')}
        {text('exploring')}
        {text('pitch', true)}
        {statusFor('you')}
      </section>

      <section class="card" id="goals" aria-labelledby="goals-heading">
        <h2 id="goals-heading">{strings.goals.heading}</h2>
        <fieldset class="field">
          <legend>{strings.goals.account}</legend>
          {([200, 300] as const).map((limit) => (
            <label class="choice" key={limit}>
              <input
                type="radio"
                name="noteLimit"
                value={limit}
                checked={values.noteLimit === limit}
                disabled={readOnly}
                onChange={() => set('noteLimit', limit)}
              />
              {limit === 200 ? strings.goals.free : strings.goals.premium}
            </label>
          ))}
        </fieldset>
        <div class="grid">
          {number('weeklyPointsGoal', strings.goals.weeklyPointsGoal)}
          {number('weeklyRequestGoal', strings.goals.weeklyRequestGoal)}
          {number(
            'weeklyInvitationLimit',
            strings.goals.weeklyInvitationLimit,
            strings.goals.weeklyInvitationLimitHint,
          )}
          {number('monthlyNoteAllowance', strings.goals.monthlyNoteAllowance, strings.goals.monthlyNoteAllowanceHint)}
        </div>
        {statusFor('goals')}
      </section>

      <section class="card" id="reminders" aria-labelledby="reminders-heading">
        <h2 id="reminders-heading">{strings.reminders.heading}</h2>
        <p class="muted">{strings.reminders.intro}</p>
        <div class="grid">
          {number('thankYouDelayDays', strings.reminders.thankYouDelayDays)}
          {number('thankYouHour', strings.reminders.thankYouHour)}
          {number('followUpDelayDays', strings.reminders.followUpDelayDays)}
        </div>
        <div class="field">
          <label class="choice">
            <input
              type="checkbox"
              checked={values.notifications}
              disabled={readOnly}
              aria-describedby="setting-notifications-hint"
              onChange={(e) => set('notifications', e.currentTarget.checked)}
            />
            {strings.reminders.notifications}
          </label>
          <p class="hint" id="setting-notifications-hint">
            {strings.reminders.notificationsHint}
          </p>
        </div>
        {statusFor('reminders')}
      </section>

      <section class="card" id="appearance" aria-labelledby="appearance-heading">
        <h2 id="appearance-heading">{strings.appearance.heading}</h2>
        <fieldset class="field">
          <legend>{strings.appearance.theme}</legend>
          <div class="row">
            {THEMES.map((theme) => (
              <label class="choice" key={theme}>
                <input
                  type="radio"
                  name="theme"
                  value={theme}
                  checked={values.theme === theme}
                  disabled={readOnly}
                  onChange={() => {
                    onTheme?.(theme);
                    set('theme', theme);
                  }}
                />
                {strings.appearance[theme]}
              </label>
            ))}
          </div>
        </fieldset>
        {statusFor('appearance')}
      </section>
    </form>
  );
}
