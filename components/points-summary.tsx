// The networking points at a glance: total, this week, this month and how many conversations
// reached each level, and progress toward the weekly goal. Carries the popup's test contract
// (SPEC §4).
import type { PointsSummary } from '@/utils/domain/points';

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
}

export function PointsSummaryView({ summary, strings }: { summary: PointsSummary; strings: PointsSummaryStrings }) {
  return (
    <section class="points" aria-label={strings.total}>
      <div class="points-main">
        <Stat label={strings.total} value={summary.total} testid="points-total" big />
        <Stat label={strings.week} value={summary.week} testid="points-week" />
        <Stat label={strings.month} value={summary.month} testid="points-month" />
        <Stat label={strings.logged} value={summary.conversations} testid="conversations-logged" />
      </div>
      {summary.weeklyGoal > 0 && (
        <div class="goal">
          <div class="goal-text">
            <span id="goal-label">{strings.goalLabel}</span>
            <span>{strings.goal(summary.week, summary.weeklyGoal)}</span>
          </div>
          <div
            class="goal-bar"
            role="progressbar"
            aria-labelledby="goal-label"
            aria-valuemin={0}
            aria-valuemax={summary.weeklyGoal}
            aria-valuenow={Math.min(summary.week, summary.weeklyGoal)}
            aria-valuetext={strings.goal(summary.week, summary.weeklyGoal)}
            data-testid="goal-progress"
          >
            <div class={summary.goalProgress >= 1 ? 'goal-fill goal-met' : 'goal-fill'} style={{ width: `${Math.round(summary.goalProgress * 100)}%` }} />
          </div>
        </div>
      )}
      <table class="levels">
        <caption>{strings.levelsCaption}</caption>
        <tbody>
          {strings.levels.map((label, i) => (
            <tr key={label}>
              <th scope="row">
                <span class={`level-badge level-${i + 1}`} aria-hidden="true">{i + 1}</span> {label}
              </th>
              <td data-testid={`points-level-${i + 1}`}>{summary.byLevel[(i + 1) as 1 | 2 | 3 | 4]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function Stat({ label, value, testid, big }: { label: string; value: number; testid: string; big?: boolean }) {
  return (
    <div class={big ? 'stat stat-big' : 'stat'}>
      <span class="stat-value" data-testid={testid}>{value}</span>
      <span class="stat-label">{label}</span>
    </div>
  );
}
