// Each setting's default and, for the numbers, the range they may take: the one table that
// SettingsSchema (model.ts) is built from, that the settings form checks what is typed against
// (settings-form.ts), and that the popup's first script paints with
// (entrypoints/popup-points/first-paint.ts).
// Light on purpose, no valibot: the popup's first script imports it and must stay small.
// Pure TypeScript.

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];
export const DEFAULT_THEME: Theme = 'system';

/** LinkedIn account type: connection notes may be 200 (free) or 300 (Premium) characters. */
export const NOTE_LIMITS = [200, 300] as const;
export type NoteLimit = (typeof NOTE_LIMITS)[number];

/** Every number setting: a whole number from `min` to `max`, and its `default`. */
export const NUMBER_FIELDS = {
  weeklyPointsGoal: { min: 0, max: 1000, default: 5 },
  weeklyRequestGoal: { min: 0, max: 1000, default: 5 },
  weeklyInvitationLimit: { min: 0, max: 1000, default: 100 },
  monthlyNoteAllowance: { min: 0, max: 1000, default: 5 },
  /** Thank-you reminder: this many days after the meeting, at this local hour. */
  thankYouDelayDays: { min: 0, max: 14, default: 1 },
  thankYouHour: { min: 0, max: 23, default: 9 },
  /** Follow-up reminder: this many days after the meeting. */
  followUpDelayDays: { min: 0, max: 365, default: 21 },
} as const satisfies Record<string, { min: number; max: number; default: number }>;

export type NumberField = keyof typeof NUMBER_FIELDS;
// Pure: the popup's first script, which does not use the names, is built without the call.
export const NUMBER_FIELD_NAMES = /* @__PURE__ */ Object.keys(NUMBER_FIELDS) as NumberField[];

/** The other settings' defaults (templates and prep questions aside: null, the shipped ones). */
export const OTHER_DEFAULTS: {
  myName: string;
  exploring: string;
  pitch: string;
  noteLimit: NoteLimit;
  notifications: boolean;
  theme: Theme;
} = {
  myName: '',
  exploring: '',
  pitch: '',
  noteLimit: 200,
  notifications: true,
  theme: DEFAULT_THEME,
};

/** A stored number setting as the schema takes it (a whole number in range), else its default. */
export function numberOrDefault(field: NumberField, x: unknown): number {
  const { min, max } = NUMBER_FIELDS[field];
  return typeof x === 'number' && Number.isInteger(x) && x >= min && x <= max ? x : NUMBER_FIELDS[field].default;
}

/** A stored theme as the schema takes it, else the default. */
export function themeOrDefault(x: unknown): Theme {
  return (THEMES as readonly unknown[]).includes(x) ? (x as Theme) : DEFAULT_THEME;
}
