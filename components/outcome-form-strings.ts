// The outcome form's words, shared by the popup and the profile helper (one form, two places).
// Each entrypoint may pass its own (translated) copy; these are the English defaults.
import { pts } from './format-strings';

export interface OutcomeFormStrings {
  title: (name: string) => string;
  statusLegend: string;
  statuses: { met: string; scheduled: string; declined: string; 'no-response': string };
  metDate: string;
  scheduledFor: string;
  duration: string;
  /** The heading over the plan written in the Prepare view, shown again here. */
  plan: string;
  outcomesLegend: string;
  outcomesHint: string;
  outcomes: {
    connected: string;
    referral: string;
    memorable: string;
    opening: string;
  };
  /** "1 pt", "2 pts" */
  points: (n: number) => string;
  referralNames: string;
  referralNamesHint: string;
  contactPerson: string;
  notes: string;
  score: (n: number) => string;
  save: string;
  saving: string;
  cancel: string;
  errors: {
    metDate: string;
    metDateFuture: string;
    scheduledFor: string;
    duration: string;
    referralNames: string;
    contactPerson: string;
    summary: string;
    failed: (message: string) => string;
  };
}

export const OUTCOME_FORM_STRINGS: OutcomeFormStrings = {
  title: (name) => `How did it go with ${name}?`,
  statusLegend: 'What happened',
  statuses: { met: 'We met', scheduled: 'Scheduled', declined: 'They declined', 'no-response': 'No response' },
  metDate: 'Date of the chat',
  scheduledFor: 'Date and time',
  duration: 'Length (minutes)',
  plan: 'Your plan for the chat',
  outcomesLegend: 'What came of it',
  outcomesHint: 'Tick all that happened: the highest level counts.',
  outcomes: {
    connected: 'Made a new connection',
    referral: 'They suggested someone to talk to',
    memorable: 'Made a memorable impression',
    opening: 'Learnt of an opening, with a contact person',
  },
  points: pts,
  referralNames: 'Who did they suggest?',
  referralNamesHint: 'Names, separated by commas.',
  contactPerson: 'Whom to reach out to about the opening',
  notes: 'Notes (what you learnt, what to follow up on)',
  score: (n) => (n === 1 ? 'This scores 1 point' : `This scores ${n} points`),
  save: 'Save',
  saving: 'Saving…',
  cancel: 'Cancel',
  errors: {
    metDate: 'Enter the date you met.',
    metDateFuture: 'That date is in the future: choose "Scheduled" instead.',
    scheduledFor: 'Enter when the chat is planned.',
    duration: 'Enter a length from 1 to 240 minutes (15 is the promise).',
    referralNames: 'Name at least one person they suggested, or untick this line.',
    contactPerson: 'Name the contact person for the opening, or untick this line.',
    summary: 'Please check the highlighted fields.',
    failed: (message) => `Could not save: ${message}`,
  },
};
