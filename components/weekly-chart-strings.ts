// The words of the weekly chart (weekly-chart.tsx). Owned by the component that shows them; the
// popup passes them in.
import { dayMonth } from './format-strings';

export interface WeeklyChartStrings {
  caption: string;
  week: string;
  points: string;
  /** Short label of a week, e.g. "24 Nov". */
  weekLabel: (weekStart: Date) => string;
}

export const WEEKLY_CHART_STRINGS: WeeklyChartStrings = {
  caption: 'Points per week, last 12 weeks',
  week: 'Week of',
  points: 'Points',
  weekLabel: (d: Date) => dayMonth.format(d),
};
