// The words of "Next" (next-up.tsx): chats coming up, thank-you notes and follow-ups due. Owned by
// the component that shows them; the popup passes them in.
import type { AfterKind } from '@/utils/domain/model';
import { dayMonth, dayTime, task } from './format-strings';

export interface NextUpStrings {
  title: string;
  upcoming: string;
  thankYou: string;
  followUp: string;
  nothing: string;
  when: (at: Date) => string;
  dueSince: (at: Date) => string;
  done: string;
  doneLabel: (kind: AfterKind, name: string) => string;
  openDraftLabel: (kind: AfterKind, name: string) => string;
  snooze: (days: number) => string;
  snoozeLabel: (kind: AfterKind, name: string, days: number) => string;
  profile: string;
  profileLabel: (name: string) => string;
  record: string;
  recordLabel: (name: string) => string;
  calendar: string;
  calendarLabel: (name: string) => string;
  prepare: string;
  prepareLabel: (name: string) => string;
  /** "Show all 12" */
  showAll: (count: number) => string;
  /** "Show all 12 follow-ups due" */
  showAllLabel: (count: number, title: string) => string;
}

export const NEXT_UP_STRINGS: NextUpStrings = {
  title: 'Next',
  upcoming: 'Coming up',
  thankYou: 'Thank-you notes due',
  followUp: 'Follow-ups due',
  nothing: 'Nothing due. Time to ask someone new for 15 minutes?',
  when: (d: Date) => dayTime.format(d),
  dueSince: (d: Date) => `Due ${dayMonth.format(d)}`,
  done: 'Done',
  doneLabel: (kind: AfterKind, name: string) => `Mark the ${task(kind)} to ${name} as done`,
  openDraftLabel: (kind: AfterKind, name: string) => `Show the ${task(kind)} draft for ${name}`,
  snooze: (days: number) => (days === 1 ? '+1 day' : `+${days} days`),
  snoozeLabel: (kind: AfterKind, name: string, days: number) =>
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
};
