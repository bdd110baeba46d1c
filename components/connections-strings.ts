// The words for importing LinkedIn's Connections.csv. Owned by the component that shows them; the
// options page passes them in.
import { plural } from './format-strings';

export const CONNECTIONS_STRINGS = {
  heading: 'Import your LinkedIn connections',
  intro:
    'In LinkedIn, go to Settings → Data privacy → Get a copy of your data, and pick Connections. Import the Connections.csv it sends you: each person becomes a contact, or updates the one you already have.',
  import: 'Import Connections.csv…',
  reading: 'Reading Connections.csv…',
  result: (added: number, updated: number, unchanged: number) =>
    `Imported: ${plural(added, 'contact')} added, ${updated.toLocaleString('en')} updated, ${unchanged.toLocaleString('en')} already up to date.`,
  problemsHeading: (n: number) => `${plural(n, 'row')} could not be imported:`,
  line: (line: number) => `Line ${line}:`,
  notConnections: (name: string, message: string) => `${name}: ${message}\nNothing was changed.`,
  readOnly: 'Import is off: your data was saved by a newer version of Fifteen. Update Fifteen to import.',
};
