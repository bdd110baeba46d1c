// Every string the options page shows, in one place, ready for translation.
import type { NumberProblem } from '@/utils/domain/settings-form';

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

export const strings = {
  title: 'Fifteen — settings',
  tagline: 'Your voice, your goals, your data. Everything stays in this browser.',
  loading: 'Loading your settings…',
  loadError: (message: string) => `Your data could not be read: ${message}`,
  readOnly: 'This data was saved by a newer version of Fifteen, so this page will not change it. Update Fifteen.',
  readHealth: (failed: number, total: number) =>
    `Fifteen could not read ${failed} of the last ${total} ${total === 1 ? 'profile' : 'profiles'} you opened — LinkedIn may have changed its pages. ` +
    'On those, the helper asks you to type the name and company. Counted in this browser only; nothing is sent anywhere.',
  storeProblems: {
    heading: 'Some stored data could not be read',
    intro: (n: number) =>
      `${plural(n, 'stored item')} could not be read. Fifteen works with the rest and keeps ${n === 1 ? 'it' : 'these'} as ${n === 1 ? 'it is' : 'they are'}: nothing is deleted.`,
    more: (n: number) => `…and ${n.toLocaleString('en')} more.`,
    exportRaw: 'Export everything as stored',
    exportRawHint: 'A file with all of Fifteen’s stored data exactly as it is, readable or not, so nothing is lost. A backup (below) holds only what could be read.',
    exported: (name: string) => `Saved ${name}: everything Fifteen has stored, exactly as stored.`,
  },
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
  save: {
    saving: 'Saving…',
    saved: 'Saved',
    error: (message: string) => `Not saved: ${message}`,
    notSavedInvalid: 'Not saved: fix the highlighted field.',
  },
  settings: {
    you: {
      heading: 'About you',
      intro: 'Drafts use these in your voice: {myName}, {exploring} and {myPitch}.',
      myName: 'Your name',
      myNameHint: 'As you sign your messages, e.g. Alex Morgan.',
      exploring: 'What you are exploring',
      exploringHint: 'e.g. product management, or employment law.',
      pitch: 'Your one-line pitch',
      pitchHint: "e.g. I'm a litigator moving into privacy law. Keep it to one sentence.",
    },
    readOnly: 'Editing is off: your data was saved by a newer version of Fifteen. Update Fifteen to change your settings.',
    goals: {
      heading: 'Goals & LinkedIn limits',
      account: 'LinkedIn account',
      free: 'Free — connection notes up to 200 characters',
      premium: 'Premium — connection notes up to 300 characters',
      weeklyPointsGoal: 'Weekly points goal',
      weeklyRequestGoal: 'Weekly requests goal',
      weeklyInvitationLimit: 'Invitations a week, at most',
      weeklyInvitationLimitHint: 'Fifteen warns you before you reach it. LinkedIn allows about 100.',
      monthlyNoteAllowance: 'Personal notes a month',
      monthlyNoteAllowanceHint: 'Free accounts get about 5 a month.',
    },
    reminders: {
      heading: 'Reminders',
      intro: 'Counted from the day of the meeting: a thank-you note soon after, and a follow-up a few weeks later.',
      thankYouDelayDays: 'Thank-you note after (days)',
      thankYouHour: '…at this hour (0–23)',
      followUpDelayDays: 'Follow-up after (days)',
      notifications: 'Show reminders as browser notifications',
      notificationsHint: 'The toolbar badge counts what is due either way.',
    },
    appearance: {
      heading: 'Appearance',
      theme: 'Theme',
      system: 'Same as the system',
      light: 'Light',
      dark: 'Dark',
    },
    problem: (p: NumberProblem): string => {
      switch (p.code) {
        case 'empty':
          return 'Enter a number.';
        case 'not-a-number':
          return 'Use digits only, e.g. 5.';
        case 'not-whole':
          return 'Use a whole number.';
        case 'out-of-range':
          return `Use a number from ${p.min} to ${p.max}.`;
      }
    },
  },
  prepQuestions: {
    heading: 'Questions for the chat',
    intro:
      'The Prepare view picks three to five of these for each chat, climbing to its goal. One question per line; placeholders and [optional parts] work as in the templates below.',
    usingDefaults: 'You are using the questions that come with Fifteen. Editing any of them makes them your own.',
    usingOwn: 'You are using your own questions.',
    levels: [
      'Every chat: open with what they do',
      'Goal 2: ask whom else to talk to',
      'Goal 3: leave one thing they will remember',
      'Goal 4: gently ask about openings, and whom to contact',
    ] as [string, string, string, string],
    reset: 'Reset to the shipped questions',
  },
  templates: {
    heading: 'Message templates',
    intro: 'Start from these and make them yours. Square brackets, like [ at {company}], drop out when what is inside is unknown.',
    usingDefaults: 'You are using the templates that come with Fifteen. Editing any of them makes the list your own.',
    usingOwn: 'You are using your own templates.',
    filter: 'Show',
    allKinds: 'All kinds',
    kinds: { note: 'Connection note', message: 'LinkedIn message', email: 'Email', 'thank-you': 'Thank-you (after a chat)', 'follow-up': 'Follow-up (weeks later)' } as Record<string, string>,
    list: 'Templates',
    add: 'New template',
    duplicate: 'Duplicate',
    delete: 'Delete',
    reset: 'Reset to defaults',
    resetConfirm: 'Replace your templates with the ones that come with Fifteen? Your own will be lost.',
    resetYes: 'Yes, reset',
    cancel: 'Cancel',
    none: 'No templates of this kind.',
    newName: 'New template',
    copyOf: (name: string) => `${name} (copy)`,
    untitled: '(untitled)',
    name: 'Name',
    kind: 'Kind',
    goal: 'Goal',
    anyGoal: 'Any goal',
    goals: { 1: '1 · New connection', 2: '2 · A referral', 3: '3 · Memorable impression', 4: '4 · Opening + contact person' } as Record<number, string>,
    goalShort: (g: number | null | undefined) => (g ? `goal ${g}` : 'any goal'),
    subject: 'Subject',
    body: 'Text',
    placeholders: 'Insert a placeholder at the cursor',
    preview: 'Preview',
    previewFor: 'Preview for',
    sample: 'Priya Raman, Senior Product Manager at Stripe (sample)',
    lastProfile: (name: string, detail: string) => `${name}${detail ? `, ${detail}` : ''} (the last profile you opened)`,
    noLastProfile: 'The last profile you opened (none yet)',
    counter: (n: number, limit: number) => `${n} / ${limit} characters`,
    counterNoLimit: (n: number) => `${plural(n, 'character')}`,
    checksOk: 'Looks good: short, one ask, time-boxed.',
    checksOkAfter: 'Looks good: warm, and nothing that makes people squirm.',
    checks: 'Worth a second look',
    selectOne: 'Pick a template to edit it.',
    emptyAfterDelete: 'You deleted every template, so Fifteen uses its own again.',
    readOnly: 'Editing is off: your data was saved by a newer version of Fifteen. Update Fifteen to change your templates.',
  },
  backup: {
    heading: 'Backup',
    intro: 'Everything Fifteen knows lives only in this browser. Export a backup to keep a copy or move it to another browser; importing merges a backup with what is here.',
    export: 'Export backup',
    import: 'Import backup…',
    importing: 'Reading the backup…',
    readOnly: 'Import is off: your data was saved by a newer version of Fifteen, which this version must not change. Update Fifteen to import. Export still works.',
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
  csv: {
    heading: 'Spreadsheets (CSV)',
    intro: 'Export your contacts or conversations (with their points) to open in a spreadsheet.',
    exportContacts: 'Export contacts (CSV)',
    exportConversations: 'Export conversations (CSV)',
    exported: (name: string, rows: number) => `Saved ${name}: ${plural(rows, 'row')}.`,
  },
  connections: {
    heading: 'Import your LinkedIn connections',
    intro: 'In LinkedIn, go to Settings → Data privacy → Get a copy of your data, and pick Connections. Import the Connections.csv it sends you: each person becomes a contact, or updates the one you already have.',
    import: 'Import Connections.csv…',
    reading: 'Reading Connections.csv…',
    result: (added: number, updated: number, unchanged: number) =>
      `Imported: ${plural(added, 'contact')} added, ${updated.toLocaleString('en')} updated, ${unchanged.toLocaleString('en')} already up to date.`,
    problemsHeading: (n: number) => `${plural(n, 'row')} could not be imported:`,
    line: (line: number) => `Line ${line}:`,
    notConnections: (name: string, message: string) => `${name}: ${message}\nNothing was changed.`,
    readOnly: 'Import is off: your data was saved by a newer version of Fifteen. Update Fifteen to import.',
  },
  erase: {
    heading: 'Erase all data',
    intro: 'Removes every contact, conversation, template and setting from this browser.',
    start: 'Erase all data…',
    confirmHeading: 'Erase everything?',
    confirm: (contacts: number, conversations: number) =>
      `This deletes ${plural(contacts, 'contact')}, ${plural(conversations, 'conversation')}, your templates and your settings from this browser. It cannot be undone.`,
    exportFirst: 'Export a backup first',
    yes: 'Erase everything',
    cancel: 'Keep my data',
    erasing: 'Erasing…',
    done: 'All data erased. Fifteen starts fresh.',
    readOnly: 'Erasing is off: your data was saved by a newer version of Fifteen. Update Fifteen to erase it here.',
  },
};

export type OptionsStrings = typeof strings;
