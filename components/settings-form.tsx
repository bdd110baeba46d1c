// The user's voice, goals, limits, reminders and theme, saved as they type. A number that can't
// be saved says why beside its field and is left out of the save; the rest still saves.
// Settings changed elsewhere (an import, "Erase all", another tab) show up here as they arrive,
// except in a field the user is still editing (use-settings-form.ts).
import type { Settings } from '@/utils/domain/model';
import type { Theme } from '@/utils/domain/settings-defaults';
import type { SAVE_STRINGS } from './save-strings';
import type { SETTINGS_STRINGS } from './settings-form-strings';
import { AboutYouSection, AppearanceSection, GoalsSection, RemindersSection } from './settings-form-sections';
import { useSettingsForm } from './use-settings-form';

export interface SettingsFormProps {
  settings: Settings;
  strings: typeof SETTINGS_STRINGS;
  saveStrings: typeof SAVE_STRINGS;
  onSave: (patch: Partial<Settings>) => Promise<unknown>;
  /** Called at once when the theme changes, before it is saved, so the page can follow. */
  onTheme?: (theme: Theme) => void;
  readOnly?: boolean;
  delay?: number;
}

export function SettingsForm({ settings, strings, saveStrings, onSave, onTheme, readOnly, delay }: SettingsFormProps) {
  const form = useSettingsForm(settings, onSave, readOnly, delay);
  const section = { form, strings, saveStrings, readOnly };
  return (
    <form
      class="settings"
      onSubmit={(e) => {
        e.preventDefault();
        form.saver.flush();
      }}
      onFocusOut={() => form.saver.flush()}
      aria-label={strings.you.heading}
    >
      <AboutYouSection {...section} />
      <GoalsSection {...section} />
      <RemindersSection {...section} />
      <AppearanceSection {...section} onTheme={onTheme} />
    </form>
  );
}
