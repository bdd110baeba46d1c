// The settings form's four cards: about you, goals and LinkedIn limits, reminders, appearance.
// Each ends with its save status (or, read-only, why its fields are off).
import { NOTE_LIMITS, THEMES, type Theme } from '@/utils/domain/settings-defaults';
import type { SAVE_STRINGS } from './save-strings';
import { SaveStatus } from './save-status';
import { NumberSetting, TextSetting } from './settings-form-fields';
import type { SETTINGS_STRINGS } from './settings-form-strings';
import type { Section, SettingsFormState } from './use-settings-form';

export interface SectionProps {
  form: SettingsFormState;
  strings: typeof SETTINGS_STRINGS;
  saveStrings: typeof SAVE_STRINGS;
  readOnly?: boolean;
}

/** Read-only: every section says why its fields are off, not just the banner at the top. */
function SectionStatus({ where, form, strings, saveStrings, readOnly }: SectionProps & { where: Section }) {
  return readOnly ? (
    <p class="hint" data-testid="settings-read-only">
      {strings.readOnly}
    </p>
  ) : form.section === where ? (
    <SaveStatus state={form.saver.state} strings={saveStrings} invalid={form.invalidIn(where)} />
  ) : null;
}

export function AboutYouSection(props: SectionProps) {
  const { strings } = props;
  return (
    <section class="card" id="you" aria-labelledby="you-heading">
      <h2 id="you-heading">{strings.you.heading}</h2>
      <p class="muted">{strings.you.intro}</p>
      <TextSetting {...props} name="myName" />
      <TextSetting {...props} name="exploring" />
      <TextSetting {...props} name="pitch" multiline />
      <SectionStatus {...props} where="you" />
    </section>
  );
}

export function GoalsSection(props: SectionProps) {
  const { form, strings, readOnly } = props;
  const goals = strings.goals;
  return (
    <section class="card" id="goals" aria-labelledby="goals-heading">
      <h2 id="goals-heading">{goals.heading}</h2>
      <fieldset class="field">
        <legend>{goals.account}</legend>
        {NOTE_LIMITS.map((limit) => (
          <label class="choice" key={limit}>
            <input
              type="radio"
              name="noteLimit"
              value={limit}
              checked={form.values.noteLimit === limit}
              disabled={readOnly}
              onChange={() => form.set('noteLimit', limit)}
            />
            {limit === 200 ? goals.free : goals.premium}
          </label>
        ))}
      </fieldset>
      <div class="grid">
        <NumberSetting {...props} name="weeklyPointsGoal" label={goals.weeklyPointsGoal} />
        <NumberSetting {...props} name="weeklyRequestGoal" label={goals.weeklyRequestGoal} />
        <NumberSetting
          {...props}
          name="weeklyInvitationLimit"
          label={goals.weeklyInvitationLimit}
          hint={goals.weeklyInvitationLimitHint}
        />
        <NumberSetting
          {...props}
          name="monthlyNoteAllowance"
          label={goals.monthlyNoteAllowance}
          hint={goals.monthlyNoteAllowanceHint}
        />
      </div>
      <SectionStatus {...props} where="goals" />
    </section>
  );
}

export function RemindersSection(props: SectionProps) {
  const { form, strings, readOnly } = props;
  const reminders = strings.reminders;
  return (
    <section class="card" id="reminders" aria-labelledby="reminders-heading">
      <h2 id="reminders-heading">{reminders.heading}</h2>
      <p class="muted">{reminders.intro}</p>
      <div class="grid">
        <NumberSetting {...props} name="thankYouDelayDays" label={reminders.thankYouDelayDays} />
        <NumberSetting {...props} name="thankYouHour" label={reminders.thankYouHour} />
        <NumberSetting {...props} name="followUpDelayDays" label={reminders.followUpDelayDays} />
      </div>
      <div class="field">
        <label class="choice">
          <input
            type="checkbox"
            checked={form.values.notifications}
            disabled={readOnly}
            aria-describedby="setting-notifications-hint"
            onChange={(e) => form.set('notifications', e.currentTarget.checked)}
          />
          {reminders.notifications}
        </label>
        <p class="hint" id="setting-notifications-hint">
          {reminders.notificationsHint}
        </p>
      </div>
      <SectionStatus {...props} where="reminders" />
    </section>
  );
}

export function AppearanceSection(props: SectionProps & { onTheme?: (theme: Theme) => void }) {
  const { form, strings, readOnly, onTheme } = props;
  return (
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
                checked={form.values.theme === theme}
                disabled={readOnly}
                onChange={() => {
                  onTheme?.(theme);
                  form.set('theme', theme);
                }}
              />
              {strings.appearance[theme]}
            </label>
          ))}
        </div>
      </fieldset>
      <SectionStatus {...props} where="appearance" />
    </section>
  );
}
