// The settings form's rules: reading what the user typed into a value or a reason it can't be saved.
// Reasons are codes, so the page words them in its own strings. Pure TypeScript.
import type { Settings } from './model';
import { NUMBER_FIELDS, NUMBER_FIELD_NAMES, type NumberField } from './settings-defaults';

export type NumberProblem =
  | { code: 'empty' }
  | { code: 'not-a-number' }
  | { code: 'not-whole' }
  | { code: 'out-of-range'; min: number; max: number };

export type NumberReading = { ok: true; value: number } | { ok: false; problem: NumberProblem };

/** Reads a number field as typed: "12" → 12; "", "1.5", "abc", "-1" or "5000" → a problem. */
export function readNumberField(field: NumberField, typed: string): NumberReading {
  const text = typed.trim();
  if (text === '') return { ok: false, problem: { code: 'empty' } };
  if (!/^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/.test(text)) return { ok: false, problem: { code: 'not-a-number' } };
  const value = Number(text.replace(',', '.'));
  if (!Number.isInteger(value)) return { ok: false, problem: { code: 'not-whole' } };
  const { min, max } = NUMBER_FIELDS[field];
  if (value < min || value > max) return { ok: false, problem: { code: 'out-of-range', min, max } };
  return { ok: true, value };
}

/**
 * Reads every number field of a form: the valid ones become a settings patch, the others are
 * listed by field. A field with a problem is left out of the patch, so it is not saved.
 */
export function readNumberFields(typed: Partial<Record<NumberField, string>>): {
  patch: Partial<Pick<Settings, NumberField>>;
  problems: Partial<Record<NumberField, NumberProblem>>;
} {
  const patch: Partial<Pick<Settings, NumberField>> = {};
  const problems: Partial<Record<NumberField, NumberProblem>> = {};
  for (const field of NUMBER_FIELD_NAMES) {
    const raw = typed[field];
    if (raw === undefined) continue;
    const r = readNumberField(field, raw);
    if (r.ok) patch[field] = r.value;
    else problems[field] = r.problem;
  }
  return { patch, problems };
}
