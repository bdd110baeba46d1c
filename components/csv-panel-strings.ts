// The CSV panel's words: export for a spreadsheet. Owned by the component that shows them; the
// options page passes them in.
import { plural } from './format-strings';

export const CSV_STRINGS = {
  heading: 'Spreadsheets (CSV)',
  intro: 'Export your contacts or conversations (with their points) to open in a spreadsheet.',
  exportContacts: 'Export contacts (CSV)',
  exportConversations: 'Export conversations (CSV)',
  exported: (name: string, rows: number) => `Saved ${name}: ${plural(rows, 'row')}.`,
};
