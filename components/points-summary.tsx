// The networking points at a glance: total, this week, this month and how many conversations
// reached each level, and progress toward the weekly goals: points earned and requests logged.
// Carries the popup's test contract (docs/test-contract.md).
import type { PointsSummary } from '@/utils/domain/points';
import type { PointsSummaryStrings } from './points-summary-strings';

export interface PointsSummaryProps {
  summary: PointsSummary;
  /** The weekly requests goal from the settings; 0 hides it. */
  requestGoal?: number;
  strings: PointsSummaryStrings;
}

export function PointsSummaryView({ summary, requestGoal = 0, strings }: PointsSummaryProps) {
  return (
    <section class="points" aria-label={strings.total}>
      <div class="points-main">
        <Stat label={strings.total} value={summary.total} testid="points-total" big />
        <Stat label={strings.week} value={summary.week} testid="points-week" />
        <Stat label={strings.month} value={summary.month} testid="points-month" />
        <Stat label={strings.logged} value={summary.conversations} testid="conversations-logged" />
      </div>
      {summary.weeklyGoal > 0 && (
        <GoalBar
          id="goal"
          label={strings.goalLabel}
          value={summary.week}
          goal={summary.weeklyGoal}
          text={strings.goal(summary.week, summary.weeklyGoal)}
          testid="goal-progress"
        />
      )}
      {requestGoal > 0 && (
        <GoalBar
          id="request-goal"
          label={strings.requestGoalLabel}
          value={summary.requestsThisWeek}
          goal={requestGoal}
          text={strings.requestGoal(summary.requestsThisWeek, requestGoal)}
          testid="request-goal-progress"
        />
      )}
      <table class="levels">
        <caption>{strings.levelsCaption}</caption>
        <tbody>
          {strings.levels.map((label, i) => (
            <tr key={label}>
              <th scope="row">
                <span class={`level-badge level-${i + 1}`} aria-hidden="true">
                  {i + 1}
                </span>{' '}
                {label}
              </th>
              <td data-testid={`points-level-${i + 1}`}>{summary.byLevel[(i + 1) as 1 | 2 | 3 | 4]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function GoalBar({
  id,
  label,
  value,
  goal,
  text,
  testid,
}: {
  id: string;
  label: string;
  value: number;
  goal: number;
  text: string;
  testid: string;
}) {
  const progress = Math.min(1, value / goal);
  return (
    <div class="goal">
      <div class="goal-text">
        <span id={`${id}-label`}>{label}</span>
        <span>{text}</span>
      </div>
      <div
        class="goal-bar"
        role="progressbar"
        aria-labelledby={`${id}-label`}
        aria-valuemin={0}
        aria-valuemax={goal}
        aria-valuenow={Math.min(value, goal)}
        aria-valuetext={text}
        data-testid={testid}
      >
        <div
          class={progress >= 1 ? 'goal-fill goal-met' : 'goal-fill'}
          style={{ width: `${Math.round(progress * 100)}%` }}
        />
      </div>
    </div>
  );
}

function Stat({ label, value, testid, big }: { label: string; value: number; testid: string; big?: boolean }) {
  return (
    <div class={big ? 'stat stat-big' : 'stat'}>
      <span class="stat-value" data-testid={testid}>
        {value}
      </span>
      <span class="stat-label">{label}</span>
    </div>
  );
}
