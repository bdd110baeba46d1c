// The settings form's words: about you, goals and limits, reminders, appearance. Owned by the
// component that shows them; the options page passes them in.
import type { NumberProblem } from '@/utils/domain/settings-form';

export const SETTINGS_STRINGS = {
  you: {
    heading: 'About you',
    intro: 'Drafts use these in your voice: {myName}, {exploring} and {myPitch}.',
    myName: 'Your name',
    myNameHint: 'As you sign your messages, e.g. Alex Morgan.',
    exploring: 'What you are exploring',
    exploringHint: 'e.g. product management, or employment law.',
    pitch: 'Your one-line pitch',
    pitchHint: "e.g. I'm a litigator moving into privacy law. Keep it to one sentence.",
  },
  readOnly:
    'Editing is off: your data was saved by a newer version of Fifteen. Update Fifteen to change your settings.',
  goals: {
    heading: 'Goals & LinkedIn limits',
    account: 'LinkedIn account',
    free: 'Free — connection notes up to 200 characters',
    premium: 'Premium — connection notes up to 300 characters',
    weeklyPointsGoal: 'Weekly points goal',
    weeklyRequestGoal: 'Weekly requests goal',
    weeklyInvitationLimit: 'Invitations a week, at most',
    weeklyInvitationLimitHint: 'Fifteen warns you before you reach it. LinkedIn allows about 100.',
    monthlyNoteAllowance: 'Personal notes a month',
    monthlyNoteAllowanceHint: 'Free accounts get about 5 a month.',
  },
  reminders: {
    heading: 'Reminders',
    intro: 'Counted from the day of the meeting: a thank-you note soon after, and a follow-up a few weeks later.',
    thankYouDelayDays: 'Thank-you note after (days)',
    thankYouHour: '…at this hour (0–23)',
    followUpDelayDays: 'Follow-up after (days)',
    notifications: 'Show reminders as browser notifications',
    notificationsHint: 'The toolbar badge counts what is due either way.',
  },
  appearance: {
    heading: 'Appearance',
    theme: 'Theme',
    system: 'Same as the system',
    light: 'Light',
    dark: 'Dark',
  },
  problem: (p: NumberProblem): string => {
    switch (p.code) {
      case 'empty':
        return 'Enter a number.';
      case 'not-a-number':
        return 'Use digits only, e.g. 5.';
      case 'not-whole':
        return 'Use a whole number.';
      case 'out-of-range':
        return `Use a number from ${p.min} to ${p.max}.`;
    }
  },
};
