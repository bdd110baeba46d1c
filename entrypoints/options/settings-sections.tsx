// The options page's settings: the form (you, goals, reminders, appearance), the message
// templates and the questions to prepare a chat with; each saves what the user changes.
import { useMemo } from 'preact/hooks';
import { PrepQuestionsEditor } from '@/components/prep-questions-editor';
import { SettingsForm } from '@/components/settings-form';
import { TemplateEditor } from '@/components/template-editor';
import type { Settings } from '@/utils/domain/model';
import { effectiveQuestions } from '@/utils/domain/prepare';
import { lastProfileContact } from '@/utils/domain/records';
import { SHIPPED_TEMPLATES, effectiveTemplates } from '@/utils/domain/templates';
import { saveSettings } from '@/utils/store/operations';
import type { Snapshot } from '@/utils/store/repository';
import { strings } from './strings';
import { applyTheme } from './theme';

export function SettingsSections({ snapshot }: { snapshot: Snapshot }) {
  const { settings, readOnly } = snapshot;
  const lastProfile = useMemo(() => lastProfileContact(snapshot.contacts.values()), [snapshot]);
  return (
    <>
      <SettingsForm
        settings={settings}
        strings={strings.settings}
        saveStrings={strings.save}
        readOnly={readOnly}
        onTheme={(theme) => applyTheme(theme)}
        onSave={(patch: Partial<Settings>) => saveSettings(patch)}
      />
      <TemplateEditor
        templates={effectiveTemplates(settings.templates)}
        custom={settings.templates !== null && settings.templates.length > 0}
        defaults={SHIPPED_TEMPLATES}
        author={settings}
        noteLimit={settings.noteLimit}
        lastProfile={lastProfile}
        strings={strings.templates}
        saveStrings={strings.save}
        readOnly={readOnly}
        onSave={(templates) => saveSettings({ templates })}
      />
      <PrepQuestionsEditor
        questions={effectiveQuestions(settings.prepQuestions)}
        custom={!!settings.prepQuestions?.length}
        strings={strings.prepQuestions}
        saveStrings={strings.save}
        readOnly={readOnly}
        onSave={(prepQuestions) => saveSettings({ prepQuestions })}
      />
    </>
  );
}
