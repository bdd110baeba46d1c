// Migrations of the stored layout, one function per version step, applied in order on the raw
// key/value map. Version 1 is the first stored layout; a step is added here with every change
// of layout, and tests/fixtures/store/ keeps a snapshot of each earlier version.
import { SCHEMA_VERSION } from './layout';
import { type Raw } from '../domain/raw';

export interface MigrationStep {
  /** Returns the new map; keys absent from it are removed from storage. */
  (data: Raw): Raw;
}

/** MIGRATIONS[n] turns version n into version n + 1. */
export const MIGRATIONS: Record<number, MigrationStep> = {
  // Version 0 is data written before the store kept a version: the same layout as version 1.
  0: (data) => data,
  // Version 2 stores each shard of records as text instead of an object (much faster to read
  // and write in the browser): here plain JSON; the next write of a shard compresses it
  // (./codec.ts). Unreadable shards stay as they were, to be set aside.
  1: (data) => {
    const out = { ...data };
    for (const key of Object.keys(out)) {
      if (!SHARD_KEY.test(key)) continue;
      const value = out[key];
      if (typeof value === 'object' && value !== null && !Array.isArray(value)) out[key] = JSON.stringify(value);
    }
    return out;
  },
};

const SHARD_KEY = /^fifteen:(contacts|conversations):[0-9a-f]+$/;

export function migrate(
  raw: Raw,
  from: number,
  steps: Record<number, MigrationStep> = MIGRATIONS,
  to = SCHEMA_VERSION,
): { data: Raw; removed: string[] } {
  let data = { ...raw };
  for (let version = from; version < to; version++) {
    const step = steps[version];
    if (!step) throw new Error(`No migration from stored version ${version} to ${version + 1}.`);
    data = step(data);
  }
  const removed = Object.keys(raw).filter((k) => !(k in data));
  return { data, removed };
}
