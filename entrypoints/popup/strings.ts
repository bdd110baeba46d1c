// Every string the popup shows, in one place, ready for translation. What the first script
// paints (entrypoints/popup-points) is in FIRST_PAINT_STRINGS (utils/first-paint-contract.ts) and
// the points summary's own (components/points-summary-strings.ts), so that its bundle takes only those.
import { OUTCOME_FORM_STRINGS } from '@/components/outcome-form-strings';
import { POINTS_SUMMARY_STRINGS } from '@/components/points-summary-strings';
import { PREPARE_STRINGS } from '@/components/prepare-view-strings';
import type { Goal } from '@/utils/domain/model';
import type { ReminderKind } from '@/utils/domain/reminders';
import { FIRST_PAINT_STRINGS } from '@/utils/first-paint-contract';

const dayMonth = /* @__PURE__ */ new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });
const dayTime = /* @__PURE__ */ new Intl.DateTimeFormat(undefined, {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  hour: 'numeric',
  minute: '2-digit',
});
const pts = (n: number) => `${n} ${n === 1 ? 'pt' : 'pts'}`;
const GOAL_TEXT = [
  'a new connection in the field you want',
  'they suggest someone else to talk to',
  'a memorable impression, so you are on their mind when something opens up',
  'learn of an opening, and whom to contact about it',
] as const;
const task = (kind: ReminderKind) => (kind === 'thank-you' ? 'thank-you note' : 'follow-up');

export const strings = {
  ...FIRST_PAINT_STRINGS,
  loading: 'Loading your points…',
  points: POINTS_SUMMARY_STRINGS,
  chart: {
    caption: 'Points per week, last 12 weeks',
    week: 'Week of',
    points: 'Points',
    weekLabel: (d: Date) => dayMonth.format(d),
  },
  next: {
    title: 'Next',
    upcoming: 'Coming up',
    thankYou: 'Thank-you notes due',
    followUp: 'Follow-ups due',
    nothing: 'Nothing due. Time to ask someone new for 15 minutes?',
    when: (d: Date) => dayTime.format(d),
    dueSince: (d: Date) => `Due ${dayMonth.format(d)}`,
    done: 'Done',
    doneLabel: (kind: ReminderKind, name: string) => `Mark the ${task(kind)} to ${name} as done`,
    openDraftLabel: (kind: ReminderKind, name: string) => `Show the ${task(kind)} draft for ${name}`,
    snooze: (days: number) => (days === 1 ? '+1 day' : `+${days} days`),
    snoozeLabel: (kind: ReminderKind, name: string, days: number) =>
      `Remind me about the ${task(kind)} to ${name} in ${days === 1 ? '1 day' : `${days} days`}`,
    profile: 'Profile',
    // Each button's accessible name starts with the words it shows (WCAG 2.5.3, label in name):
    // a person using voice control says what they see.
    profileLabel: (name: string) => `Profile: open ${name}'s LinkedIn profile`,
    record: 'How did it go?',
    recordLabel: (name: string) => `How did it go? Record your chat with ${name}`,
    calendar: 'Add to calendar',
    calendarLabel: (name: string) => `Add to calendar: your chat with ${name} (saves an .ics file)`,
    prepare: 'Prepare',
    prepareLabel: (name: string) => `Prepare the chat with ${name}`,
    showAll: (n: number) => `Show all ${n}`,
    showAllLabel: (n: number, title: string) => `Show all ${n}: ${title}`,
  },
  recent: {
    title: 'Recent conversations',
    status: {
      requested: 'Asked',
      scheduled: 'Scheduled',
      met: 'Met',
      declined: 'Declined',
      'no-response': 'No response',
    },
    when: (d: Date) => dayMonth.format(d),
    points: pts,
    record: 'Record',
    recordLabel: (name: string) => `Record how it went with ${name}`,
    prepare: 'Prepare',
    prepareLabel: (name: string) => `Prepare the chat with ${name}`,
  },
  prepare: PREPARE_STRINGS,
  afterDraft: {
    back: '← Back',
    backLabel: 'Back to your points',
    title: (kind: ReminderKind, name: string) =>
      kind === 'thank-you' ? `Thank-you note to ${name}` : `Follow-up with ${name}`,
    due: (d: Date) => `Due ${dayMonth.format(d)}. Make it yours, copy it, and send it on LinkedIn yourself.`,
    draft: 'Your draft',
    hint: 'Fifteen never sends anything: paste it into a LinkedIn message to them.',
    copy: 'Copy',
    copied: 'Copied. Paste it into a message on their profile.',
    copyFailed: 'Could not copy: select the text and copy it yourself.',
    profile: (name: string) => `Open ${name}'s LinkedIn profile`,
    noProfile: 'No LinkedIn profile saved for them.',
    done: 'Sent: mark done',
    doneLabel: (kind: ReminderKind, name: string) => `Sent: mark done (the ${task(kind)} to ${name})`,
  },
  chains: 'Who led to whom',
  /** The calendar file's event: what a calendar app shows. */
  calendar: {
    summary: (name: string, minutes: number) => `Coffee with ${name} (${minutes} min)`,
    goal: (goal: Goal) => `Your goal: ${GOAL_TEXT[goal - 1]} (level ${goal}, ${pts(goal)}).`,
    profile: (url: string) => `LinkedIn: ${url}`,
    saved: (file: string) => `Saved ${file}: open it to add the chat to your calendar.`,
  },
  start: {
    title: 'Start with one 15-minute coffee',
    lines: [
      'Ask someone in the field you want for 15 minutes to hear what they do. People love to talk about their work.',
      'Go in with one goal; the highest one you reach scores:',
      'Never call it an "informational interview": a coffee to talk about what they do is what gets a yes.',
    ] as [string, string, string],
    levels: [
      { level: 1 as const, text: 'a new connection · 1 pt' },
      { level: 2 as const, text: 'they suggest someone to talk to · 2 pts' },
      { level: 3 as const, text: 'a memorable impression · 3 pts' },
      { level: 4 as const, text: 'an opening and whom to contact · 4 pts' },
    ],
    openLinkedIn: 'Find someone on LinkedIn',
  },
  outcomeForm: OUTCOME_FORM_STRINGS,
  problems: (n: number) =>
    `${n} stored ${n === 1 ? 'item' : 'items'} could not be read. Fifteen works with the rest and keeps ${n === 1 ? 'it' : 'them'} as ${n === 1 ? 'it is' : 'they are'}.`,
  problemsAction: 'See what, and export a copy',
  readOnly: 'Your data was saved by a newer version of Fifteen; it is shown read-only.',
  actionFailed: (message: string) => `That did not work: ${message}`,
  error: (message: string) => `Fifteen could not read its data: ${message}`,
};
