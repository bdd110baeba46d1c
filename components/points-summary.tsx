// The networking points at a glance: total, this week, this month and how many conversations
// reached each level. Carries the popup's test contract (SPEC §4).
import type { PointsSummary } from '@/utils/domain/points';

export interface PointsSummaryStrings {
  total: string;
  week: string;
  month: string;
  logged: string;
  levels: [string, string, string, string];
  levelsCaption: string;
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
