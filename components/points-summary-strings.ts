// The points summary's words (points-summary.tsx). Owned by the component that shows them; the
// popup passes them in, and its first script paints the same (entrypoints/popup-points): this file
// imports nothing but a type, so that script's bundle takes only these words.
import type { PointsSummaryStrings } from './points-summary';

export const POINTS_SUMMARY_STRINGS: PointsSummaryStrings = {
  total: 'Networking points',
  week: 'This week',
  month: 'This month',
  logged: 'Conversations logged',
  levelsCaption: 'Conversations by best level reached',
  levels: ['New connection', 'Suggested someone', 'Memorable impression', 'Opening + contact'],
  goalLabel: 'Weekly points goal',
  goal: (points: number, goal: number) => `${points} of ${goal} ${goal === 1 ? 'point' : 'points'}`,
  requestGoalLabel: 'Weekly requests goal',
  requestGoal: (requests: number, goal: number) => `${requests} of ${goal} ${goal === 1 ? 'request' : 'requests'} sent`,
};
