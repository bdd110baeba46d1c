// What the options page says about stored data that could not be read. Owned by the component that
// shows them; the options page passes them in.
import { plural } from './format-strings';

export const STORE_PROBLEMS_STRINGS = {
  heading: 'Some stored data could not be read',
  intro: (n: number) =>
    `${plural(n, 'stored item')} could not be read. Fifteen works with the rest and keeps ${n === 1 ? 'it' : 'these'} as ${n === 1 ? 'it is' : 'they are'}: nothing is deleted.`,
  more: (n: number) => `…and ${n.toLocaleString('en')} more.`,
  exportRaw: 'Export everything as stored',
  exportRawHint:
    'A file with all of Fifteen’s stored data exactly as it is, readable or not, so nothing is lost. A backup (below) holds only what could be read.',
  exported: (name: string) => `Saved ${name}: everything Fifteen has stored, exactly as stored.`,
};
