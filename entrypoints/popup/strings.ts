// Every string the popup shows, in one place, ready for translation. Each component's words are its
// own (components/*-strings.ts) and composed here; what only the popup's own files show is written
// here. What the first script paints (entrypoints/popup-points) is in FIRST_PAINT_STRINGS
// (utils/first-paint-contract.ts) and the points summary's own (components/points-summary-strings.ts),
// so that its bundle takes only those.
import { AFTER_DRAFT_STRINGS } from '@/components/after-draft-view-strings';
import { pts } from '@/components/format-strings';
import { GETTING_STARTED_STRINGS } from '@/components/getting-started-strings';
import { NEXT_UP_STRINGS } from '@/components/next-up-strings';
import { OUTCOME_FORM_STRINGS } from '@/components/outcome-form-strings';
import { POINTS_SUMMARY_STRINGS } from '@/components/points-summary-strings';
import { PREPARE_STRINGS } from '@/components/prepare-view-strings';
import { RECENT_STRINGS } from '@/components/recent-conversations-strings';
import { REFERRAL_CHAINS_STRINGS } from '@/components/referral-chains-strings';
import { WEEKLY_CHART_STRINGS } from '@/components/weekly-chart-strings';
import type { Goal } from '@/utils/domain/model';
import { FIRST_PAINT_STRINGS } from '@/utils/first-paint-contract';

const GOAL_TEXT = [
  'a new connection in the field you want',
  'they suggest someone else to talk to',
  'a memorable impression, so you are on their mind when something opens up',
  'learn of an opening, and whom to contact about it',
] as const;

export const strings = {
  ...FIRST_PAINT_STRINGS,
  loading: 'Loading your points…',
  points: POINTS_SUMMARY_STRINGS,
  chart: WEEKLY_CHART_STRINGS,
  next: NEXT_UP_STRINGS,
  recent: RECENT_STRINGS,
  prepare: PREPARE_STRINGS,
  afterDraft: AFTER_DRAFT_STRINGS,
  chains: REFERRAL_CHAINS_STRINGS,
  /** The calendar file's event: what a calendar app shows. */
  calendar: {
    summary: (name: string, minutes: number) => `Coffee with ${name} (${minutes} min)`,
    goal: (goal: Goal) => `Your goal: ${GOAL_TEXT[goal - 1]} (level ${goal}, ${pts(goal)}).`,
    profile: (url: string) => `LinkedIn: ${url}`,
    saved: (file: string) => `Saved ${file}: open it to add the chat to your calendar.`,
  },
  start: GETTING_STARTED_STRINGS,
  outcomeForm: OUTCOME_FORM_STRINGS,
  problems: (n: number) =>
    `${n} stored ${n === 1 ? 'item' : 'items'} could not be read. Fifteen works with the rest and keeps ${n === 1 ? 'it' : 'them'} as ${n === 1 ? 'it is' : 'they are'}.`,
  problemsAction: 'See what, and export a copy',
  readOnly: 'Your data was saved by a newer version of Fifteen; it is shown read-only.',
  actionFailed: (message: string) => `That did not work: ${message}`,
  error: (message: string) => `Fifteen could not read its data: ${message}`,
};
