// Points per week over recent weeks as hand-drawn SVG bars, with a visually hidden table that
// says the same to a screen reader. No chart library: twelve rectangles need none.
import type { WeeklyChartStrings } from './weekly-chart-strings';

const WIDTH = 328;
const HEIGHT = 64;
const GAP = 4;

export function WeeklyChart({
  weekly,
  goal,
  strings,
}: {
  weekly: { weekStart: Date; points: number }[];
  goal: number;
  strings: WeeklyChartStrings;
}) {
  const max = Math.max(1, goal, ...weekly.map((w) => w.points));
  const bar = (WIDTH - GAP * (weekly.length - 1)) / Math.max(1, weekly.length);
  const goalY = HEIGHT - (goal / max) * HEIGHT;
  return (
    <figure class="weekly-chart">
      <figcaption>{strings.caption}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT + 14}`} width="100%" aria-hidden="true" focusable="false">
        {weekly.map((w, i) => {
          const h = w.points ? Math.max(2, (w.points / max) * HEIGHT) : 0;
          const x = i * (bar + GAP);
          const current = i === weekly.length - 1;
          return (
            <g key={w.weekStart.getTime()}>
              <rect class="chart-track" x={x} y={0} width={bar} height={HEIGHT} rx={2} />
              {h > 0 && (
                <rect
                  class={current ? 'chart-bar chart-bar-current' : 'chart-bar'}
                  x={x}
                  y={HEIGHT - h}
                  width={bar}
                  height={h}
                  rx={2}
                />
              )}
              {(i === 0 || current || i === Math.floor(weekly.length / 2)) && (
                <text
                  class="chart-label"
                  x={i === 0 ? x : current ? x + bar : x + bar / 2}
                  y={HEIGHT + 12}
                  text-anchor={i === 0 ? 'start' : current ? 'end' : 'middle'}
                >
                  {strings.weekLabel(w.weekStart)}
                </text>
              )}
            </g>
          );
        })}
        {goal > 0 && <line class="chart-goal" x1={0} x2={WIDTH} y1={goalY} y2={goalY} />}
      </svg>
      <table class="visually-hidden">
        <caption>{strings.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{strings.week}</th>
            <th scope="col">{strings.points}</th>
          </tr>
        </thead>
        <tbody>
          {weekly.map((w) => (
            <tr key={w.weekStart.getTime()}>
              <th scope="row">{strings.weekLabel(w.weekStart)}</th>
              <td>{w.points}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
