// Every string the options page shows, in one place, ready for translation.
export const strings = {
  title: 'Fifteen — settings',
  backup: {
    heading: 'Your data',
    intro: 'Everything Fifteen knows lives only in this browser. Export a backup to keep a copy or move it to another browser; importing merges a backup with what is here.',
    export: 'Export backup',
    import: 'Import backup…',
    importing: 'Reading the backup…',
  },
  exported: (name: string, contacts: number, conversations: number) =>
    `Saved ${name}: ${contacts} contacts and ${conversations} conversations.`,
  nothingChanged: 'Nothing was changed.',
};
