// The points summary's words (points-summary.tsx). Owned by the component that shows them; the
// popup passes them in, and its first script paints the same (entrypoints/popup-points): this file
// imports nothing, so that script's bundle takes only these words.
export interface PointsSummaryStrings {
  total: string;
  week: string;
  month: string;
  logged: string;
  levels: [string, string, string, string];
  levelsCaption: string;
  /** "3 of 5 points this week" */
  goal: (points: number, goal: number) => string;
  goalLabel: string;
  /** "2 of 5 requests" */
  requestGoal: (requests: number, goal: number) => string;
  requestGoalLabel: string;
}

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
