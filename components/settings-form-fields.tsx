// The settings form's fields: a line of text about the user, and a number with its reason it
// can't be saved; each with its label and hint, wired to the form's state.
import type { JSX } from 'preact';
import type { NumberField } from '@/utils/domain/settings-defaults';
import type { SETTINGS_STRINGS } from './settings-form-strings';
import type { SettingsFormState } from './use-settings-form';

type Strings = typeof SETTINGS_STRINGS;

export function TextSetting({
  name,
  multiline = false,
  form,
  strings,
  readOnly,
}: {
  name: 'myName' | 'exploring' | 'pitch';
  multiline?: boolean;
  form: SettingsFormState;
  strings: Strings;
  readOnly?: boolean;
}) {
  const id = `setting-${name}`;
  const hint = strings.you[`${name}Hint` as 'myNameHint'];
  const common = {
    id,
    value: form.values[name],
    'aria-describedby': `${id}-hint`,
    disabled: readOnly,
    onInput: (e: JSX.TargetedEvent<HTMLInputElement | HTMLTextAreaElement>) => form.set(name, e.currentTarget.value),
  };
  return (
    <div class="field">
      <label for={id}>{strings.you[name]}</label>
      {multiline ? (
        <textarea rows={2} maxLength={300} {...common} />
      ) : (
        <input type="text" maxLength={200} autoComplete={name === 'myName' ? 'name' : 'off'} {...common} />
      )}
      <p class="hint" id={`${id}-hint`}>
        {hint}
      </p>
    </div>
  );
}

export function NumberSetting({
  name,
  label,
  hint,
  form,
  strings,
  readOnly,
}: {
  name: NumberField;
  label: string;
  hint?: string;
  form: SettingsFormState;
  strings: Strings;
  readOnly?: boolean;
}) {
  const id = `setting-${name}`;
  const problem = form.problemOf(name);
  const described = [hint ? `${id}-hint` : '', problem ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div class={`field field-number${problem ? ' has-error' : ''}`}>
      <label for={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        value={form.typed[name]}
        aria-invalid={problem ? 'true' : undefined}
        aria-describedby={described}
        disabled={readOnly}
        onInput={(e) => form.type(name, e.currentTarget.value)}
      />
      {hint && (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {problem && (
        <p class="field-error" id={`${id}-error`} data-testid={`error-${name}`}>
          {strings.problem(problem)}
        </p>
      )}
    </div>
  );
}
