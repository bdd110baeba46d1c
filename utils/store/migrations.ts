// Migrations of the stored layout, one function per version step, applied in order on the raw
// key/value map. Version 1 is the first stored layout; a step is added here with every change
// of layout, and tests/fixtures/store/ keeps a snapshot of each earlier version.
import { SCHEMA_VERSION } from './layout';

type Raw = Record<string, unknown>;
export interface MigrationStep {
  /** Returns the new map; keys absent from it are removed from storage. */
  (data: Raw): Raw;
}

/** MIGRATIONS[n] turns version n into version n + 1. */
export const MIGRATIONS: Record<number, MigrationStep> = {
  // Version 0 is data written before the store kept a version: the same layout as version 1.
  0: (data) => data,
};

export function migrate(raw: Raw, from: number, steps: Record<number, MigrationStep> = MIGRATIONS, to = SCHEMA_VERSION): { data: Raw; removed: string[] } {
  let data = { ...raw };
  for (let version = from; version < to; version++) {
    const step = steps[version];
    if (!step) throw new Error(`No migration from stored version ${version} to ${version + 1}.`);
    data = step(data);
  }
  const removed = Object.keys(raw).filter((k) => !(k in data));
  return { data, removed };
}
