import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { DEFAULT_SETTINGS, SettingsSchema } from '@/utils/domain/model';
import {
  NUMBER_FIELD_NAMES,
  NUMBER_FIELDS,
  OTHER_DEFAULTS,
  THEMES,
  numberOrDefault,
  themeOrDefault,
} from '@/utils/domain/settings-defaults';

describe('the settings table and the schema agree', () => {
  it('gives the table defaults to empty settings', () => {
    const parsed = v.parse(SettingsSchema, {});
    for (const field of NUMBER_FIELD_NAMES) expect(parsed[field]).toBe(NUMBER_FIELDS[field].default);
    for (const [key, value] of Object.entries(OTHER_DEFAULTS)) expect(parsed).toHaveProperty(key, value);
    expect(DEFAULT_SETTINGS).toEqual(parsed);
  });

  it('takes each number setting from its min to its max, and refuses one beyond', () => {
    for (const field of NUMBER_FIELD_NAMES) {
      const { min, max } = NUMBER_FIELDS[field];
      expect(v.safeParse(SettingsSchema, { [field]: min }).success).toBe(true);
      expect(v.safeParse(SettingsSchema, { [field]: max }).success).toBe(true);
      expect(v.safeParse(SettingsSchema, { [field]: max + 1 }).success).toBe(false);
      expect(v.safeParse(SettingsSchema, { [field]: min - 1 }).success).toBe(false);
      expect(v.safeParse(SettingsSchema, { [field]: min + 0.5 }).success).toBe(false);
    }
  });

  it('takes the same themes', () => {
    for (const theme of THEMES) expect(v.parse(SettingsSchema, { theme }).theme).toBe(theme);
    expect(v.safeParse(SettingsSchema, { theme: 'sepia' }).success).toBe(false);
  });
});

describe('reading a stored setting without the schema (the popup first paint)', () => {
  it('keeps what the schema keeps and gives the default for the rest', () => {
    for (const field of NUMBER_FIELD_NAMES) {
      const { min, max, default: fallback } = NUMBER_FIELDS[field];
      for (const x of [min, max, max + 1, min - 1, 1.5, '3', null, undefined]) {
        const schema = v.safeParse(SettingsSchema, { [field]: x });
        expect(numberOrDefault(field, x)).toBe(schema.success ? schema.output[field] : fallback);
      }
    }
    for (const x of [...THEMES, 'sepia', 3, null, undefined]) {
      const schema = v.safeParse(SettingsSchema, { theme: x });
      expect(themeOrDefault(x)).toBe(schema.success ? schema.output.theme : OTHER_DEFAULTS.theme);
    }
  });
});
