// The points rule (docs/product.md, "Points"): a conversation scores the highest level it achieved, only once it
// took place. Aggregates — total, this week, this month, per level, weekly series, goal progress
// — are computed in one pass, in the user's local time zone with weeks starting on Monday.
import type { Conversation, Level } from './model';

type Scored = Pick<Conversation, 'status' | 'outcomes'>;

/** The highest level a conversation achieved: 4 opening, 3 memorable, 2 referral, 1 connected. */
export function levelOf(c: Scored): Level {
  if (c.status !== 'met') return 0;
  const o = c.outcomes;
  if (o.opening) return 4;
  if (o.memorable) return 3;
  if (o.referral) return 2;
  if (o.connected) return 1;
  return 0;
}

/** Points equal the level reached: the levels form a ladder, they do not add up. */
export const pointsOf = (c: Scored): number => levelOf(c);

/** Local midnight of the Monday that starts the week containing `d`. */
export function startOfWeek(d: Date): Date {
  const out = new Date(d.getFullYear(), d.getMonth(), d.getDate());
  const sinceMonday = (out.getDay() + 6) % 7;
  out.setDate(out.getDate() - sinceMonday);
  return out;
}

export function startOfMonth(d: Date): Date {
  return new Date(d.getFullYear(), d.getMonth(), 1);
}

/** When a conversation's points were earned: the meeting, else its last update. */
export function earnedAt(c: Pick<Conversation, 'metAt' | 'scheduledFor' | 'requestedAt' | 'createdAt'>): number {
  // Not updatedAt: marking a thank-you done later must not move a meeting's points to this week.
  return Date.parse(c.metAt ?? c.scheduledFor ?? c.requestedAt ?? c.createdAt);
}

export interface PointsSummary {
  total: number;
  week: number;
  month: number;
  /** byLevel[n]: conversations whose best level is n (n = 0…4). */
  byLevel: [number, number, number, number, number];
  conversations: number;
  met: number;
  /** Requests logged this week (any status), for the weekly request goal and invitation limit. */
  requestsThisWeek: number;
  /** Connection notes logged this calendar month, against the monthly allowance. */
  notesThisMonth: number;
  /** Points per week, oldest first; the last entry is the current week. */
  weekly: { weekStart: Date; points: number }[];
  weeklyGoal: number;
  /** Share of the weekly goal reached, 0…1 (1 when the goal is 0). */
  goalProgress: number;
}

export interface SummaryOptions {
  now?: Date;
  weeks?: number;
  weeklyGoal?: number;
}

type Summarisable = Pick<
  Conversation,
  'status' | 'outcomes' | 'metAt' | 'scheduledFor' | 'updatedAt' | 'requestedAt' | 'createdAt' | 'channel'
>;

/**
 * All that the points summary needs of one conversation. The store keeps these in a compact
 * index beside the records, so the popup can show points without reading every record.
 */
export interface PointsEntry {
  level: Level;
  met: boolean;
  /** A connection note (counted against the monthly allowance). */
  note: boolean;
  /** earnedAt() in ms; NaN when unknown. */
  earnedAt: number;
  /** When it was asked for (requestedAt, else createdAt), in ms. */
  requestedAt: number;
}

export function entryOf(c: Summarisable): PointsEntry {
  return {
    level: levelOf(c),
    met: c.status === 'met',
    note: c.channel === 'linkedin-note',
    earnedAt: earnedAt(c),
    requestedAt: Date.parse(c.requestedAt ?? c.createdAt),
  };
}

function* entriesOf(conversations: Iterable<Summarisable>): Iterable<PointsEntry> {
  for (const c of conversations) yield entryOf(c);
}

/** Everything the popup shows about points, in one pass over the conversations. */
export function summarise(conversations: Iterable<Summarisable>, options: SummaryOptions = {}): PointsSummary {
  return summariseEntries(entriesOf(conversations), options);
}

/**
 * Counts of conversations summed up without their dates: those too old to count in any week or
 * month the summary shows (the points index keeps only these counts of old conversations).
 */
export interface PointsTally {
  /** byLevel[n]: conversations whose best level is n (n = 0…4). */
  byLevel: [number, number, number, number, number];
  met: number;
}

export const emptyTally = (): PointsTally => ({ byLevel: [0, 0, 0, 0, 0], met: 0 });

/** Adds one entry to a tally (its dates are dropped). */
export function tallyEntry(tally: PointsTally, e: PointsEntry): void {
  tally.byLevel[e.level]++;
  if (e.met) tally.met++;
}

/**
 * The earliest moment any dated figure of summariseEntries() looks at, for `now`: the start of
 * the oldest week of the series (or of the month, should it be earlier). Entries dated before it
 * count only in the totals.
 */
export function windowStart(now: Date, weeks = 12): number {
  const first = startOfWeek(now);
  first.setDate(first.getDate() - 7 * (Math.max(1, weeks) - 1));
  return Math.min(first.getTime(), startOfMonth(now).getTime());
}

/**
 * summarise(), from the conversations' points entries; `tally` adds conversations known only by
 * their counts (all dated before windowStart(now)).
 */
export function summariseEntries(
  entries: Iterable<PointsEntry>,
  options: SummaryOptions = {},
  tally?: PointsTally,
): PointsSummary {
  const now = options.now ?? new Date();
  const weeks = Math.max(1, options.weeks ?? 12);
  const weeklyGoal = options.weeklyGoal ?? 0;
  const weekStart = startOfWeek(now);
  const weekStartMs = weekStart.getTime();
  const monthStartMs = startOfMonth(now).getTime();
  const nextMonthStartMs = new Date(now.getFullYear(), now.getMonth() + 1, 1).getTime();
  // Week boundaries as local midnights, so daylight-saving weeks of 167 or 169 hours count right.
  const bounds: number[] = [];
  for (let i = weeks - 1; i >= 0; i--) {
    const d = new Date(weekStart);
    d.setDate(d.getDate() - 7 * i);
    bounds.push(d.getTime());
  }
  const nextWeekStart = new Date(weekStart);
  nextWeekStart.setDate(nextWeekStart.getDate() + 7);
  const endMs = nextWeekStart.getTime();
  const series = new Array<number>(weeks).fill(0);
  const byLevel: PointsSummary['byLevel'] = tally ? [...tally.byLevel] : [0, 0, 0, 0, 0];
  let total = byLevel[1] + 2 * byLevel[2] + 3 * byLevel[3] + 4 * byLevel[4];
  let week = 0;
  let month = 0;
  let count = byLevel[0] + byLevel[1] + byLevel[2] + byLevel[3] + byLevel[4];
  let met = tally?.met ?? 0;
  let requestsThisWeek = 0;
  let notesThisMonth = 0;

  for (const c of entries) {
    count++;
    const requested = c.requestedAt;
    if (requested >= weekStartMs && requested < endMs) requestsThisWeek++;
    if (c.note && requested >= monthStartMs) notesThisMonth++;
    const level = c.level;
    byLevel[level]++;
    if (c.met) met++;
    if (level === 0) continue;
    total += level;
    const at = c.earnedAt;
    if (at >= weekStartMs && at < endMs) week += level;
    if (at >= monthStartMs && at < nextMonthStartMs) month += level;
    if (at >= bounds[0]! && at < endMs) {
      let i = weeks - 1;
      while (i > 0 && at < bounds[i]!) i--;
      series[i]! += level;
    }
  }

  return {
    total,
    week,
    month,
    byLevel,
    conversations: count,
    met,
    requestsThisWeek,
    notesThisMonth,
    weekly: bounds.map((b, i) => ({ weekStart: new Date(b), points: series[i]! })),
    weeklyGoal,
    goalProgress: weeklyGoal > 0 ? Math.min(1, week / weeklyGoal) : 1,
  };
}
