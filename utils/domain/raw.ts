// What stored or imported data is before it has been checked: a plain object of unknown values.
// One definition for the store, the backup check and the points index.
export type Raw = Record<string, unknown>;

/** A plain object (not null, not an array): the first thing checked of any stored value. */
export const isObj = (x: unknown): x is Raw => typeof x === 'object' && x !== null && !Array.isArray(x);
