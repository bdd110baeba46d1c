// The shipped drafts for after a chat: a thank-you note within a day, a follow-up a few weeks
// later. In the user's voice: thanks for their time, one thing learned, and the person they
// suggested or the contact for an opening, by name, where the outcome has one. Optional
// [segments] drop out when what is inside is unknown, as in the message templates.
import { AFTER_KINDS, type AfterKind, type Template } from './model';

export const DEFAULT_AFTER_TEMPLATES: Template[] = [
  {
    id: 'thank-you-warm',
    name: 'Thank you',
    kind: 'thank-you',
    goal: null,
    body: [
      'Hi {firstName},',
      '',
      'Thank you for taking the time to talk with me. I really enjoyed hearing about your work[ at {company}].[ One thing I keep thinking about: {learned}.]',
      '',
      '[I am also grateful you suggested I speak with {referral}. I will reach out and let you know how it goes.]',
      '[Thank you as well for pointing me to {contactPerson} about the opening. I will get in touch this week.]',
      '',
      'All the best,',
      '{myFirstName}',
    ].join('\n'),
  },
  {
    id: 'follow-up-warm',
    name: 'Follow-up',
    kind: 'follow-up',
    goal: null,
    body: [
      'Hi {firstName},',
      '',
      'I hope all is well. I wanted to follow up on our coffee chat: I have been thinking about what you said[ about {learned}].',
      '',
      '[I talked with {referral}, as you suggested, and it was a great conversation. Thank you again for the introduction.]',
      '[I also reached out to {contactPerson} about the opening you mentioned.]',
      '',
      'If there is ever anything I can do in return, I would be glad to help.',
      '',
      'Best,',
      '{myFirstName}',
    ].join('\n'),
  },
];

export const isAfterKind = (kind: string): kind is AfterKind => (AFTER_KINDS as readonly string[]).includes(kind);
