// The words of erasing everything, with its confirmation. Owned by the component that shows them;
// the options page passes them in.
import { plural } from './format-strings';

export const ERASE_STRINGS = {
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
};
