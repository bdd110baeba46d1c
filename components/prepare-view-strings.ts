// The Prepare view's words (one screen to read before a chat). English defaults; an entrypoint
// may pass its own (translated) copy.
import type { Goal } from '@/utils/domain/model';
import type { FoundVia } from '@/utils/domain/prepare';
import { dayMonth, dayTime, pts } from './format-strings';

export const PREPARE_STRINGS = {
  back: '← Back',
  backLabel: 'Back to your points',
  title: (name: string) => `Prepare: coffee with ${name}`,
  when: (at: Date, minutes: number) => `${dayTime.format(at)} · ${minutes} minutes`,
  asked: (at: Date) => `Asked ${dayMonth.format(at)} · no time set yet`,
  who: 'Who they are',
  roleAt: (role: string, company: string) => (role && company ? `${role} at ${company}` : role || company),
  found: (f: FoundVia) =>
    f.kind === 'referral'
      ? `Suggested by ${f.by}`
      : f.kind === 'connections'
        ? 'From your LinkedIn connections'
        : f.kind === 'profile'
          ? 'Found on their LinkedIn profile'
          : 'Added by you',
  goal: 'Your goal',
  goals: [
    'A new connection in the field you want',
    'They suggest someone else to talk to',
    'A memorable impression: you are on their mind when something opens up',
    'You learn of an opening, and whom to contact about it',
  ] as [string, string, string, string],
  points: (goal: Goal) => pts(goal),
  ladder: 'Each level includes the ones below: reach for yours, and any rung counts.',
  guide: (minutes: number) => `The ${minutes} minutes`,
  guideHint: 'Prompts, not a script: open with what they do, and let them talk.',
  timeBox: (minutes: number) =>
    `Keep to the time: ${minutes} minutes means ${minutes}. Offer to stop when the time is up.`,
  notes: 'Your notes for this chat',
  notesHint: 'Kept with the conversation; shown again when you record how it went.',
  save: 'Save notes',
  saving: 'Saving…',
  saved: 'Notes saved.',
  failed: (message: string) => `Could not save: ${message}`,
  gone: 'that conversation is no longer there.',
  calendar: 'Add to calendar',
  profile: 'Profile',
  profileLabel: (name: string) => `Open ${name}'s LinkedIn profile`,
};

export type PrepareStrings = typeof PREPARE_STRINGS;
