// Every string the options page shows, in one place, ready for translation.
import { STORE_PROBLEMS_STRINGS } from '@/components/store-problems-strings';
import { SAVE_STRINGS } from '@/components/save-strings';
import { SETTINGS_STRINGS } from '@/components/settings-form-strings';
import { PREP_QUESTIONS_STRINGS } from '@/components/prep-questions-strings';
import { TEMPLATE_EDITOR_STRINGS } from '@/components/template-editor-strings';
import { CSV_STRINGS } from '@/components/csv-panel-strings';
import { CONNECTIONS_STRINGS } from '@/components/connections-strings';
import { ERASE_STRINGS } from '@/components/erase-panel-strings';
import { plural } from '@/components/format-strings';

export const strings = {
  title: 'Fifteen — settings',
  tagline: 'Your voice, your goals, your data. Everything stays in this browser.',
  loading: 'Loading your settings…',
  loadError: (message: string) => `Your data could not be read: ${message}`,
  readOnly: 'This data was saved by a newer version of Fifteen, so this page will not change it. Update Fifteen.',
  readHealth: (failed: number, total: number) =>
    `Fifteen could not read ${failed} of the last ${total} ${total === 1 ? 'profile' : 'profiles'} you opened — LinkedIn may have changed its pages. ` +
    'On those, the helper asks you to type the name and company. Counted in this browser only; nothing is sent anywhere.',
  storeProblems: STORE_PROBLEMS_STRINGS,
  nav: {
    label: 'Sections',
    you: 'About you',
    goals: 'Goals & limits',
    reminders: 'Reminders',
    appearance: 'Appearance',
    templates: 'Templates',
    questions: 'Questions',
    data: 'Your data',
  },
  save: SAVE_STRINGS,
  settings: SETTINGS_STRINGS,
  prepQuestions: PREP_QUESTIONS_STRINGS,
  templates: TEMPLATE_EDITOR_STRINGS,
  backup: {
    heading: 'Backup',
    intro:
      'Everything Fifteen knows lives only in this browser. Export a backup to keep a copy or move it to another browser; importing merges a backup with what is here.',
    export: 'Export backup',
    import: 'Import backup…',
    importing: 'Reading the backup…',
    readOnly:
      'Import is off: your data was saved by a newer version of Fifteen, which this version must not change. Update Fifteen to import. Export still works.',
  },
  progress: {
    parsing: 'Reading the file…',
    checking: (field: 'contacts' | 'conversations', done: number, total: number) =>
      `Checking ${field}… ${done.toLocaleString('en')} of ${total.toLocaleString('en')}`,
    saving: (n: number) => `Saving ${plural(n, 'record')}…`,
  },
  exported: (name: string, contacts: number, conversations: number) =>
    `Saved ${name}: ${plural(contacts, 'contact')} and ${plural(conversations, 'conversation')}.`,
  nothingChanged: 'Nothing was changed.',
  csv: CSV_STRINGS,
  connections: CONNECTIONS_STRINGS,
  erase: ERASE_STRINGS,
};
