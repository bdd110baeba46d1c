// The words of the editor of the questions for a chat. Owned by the component that shows them; the
// options page passes them in.

export const PREP_QUESTIONS_STRINGS = {
  heading: 'Questions for the chat',
  intro:
    'The Prepare view picks three to five of these for each chat, climbing to its goal. One question per line; placeholders and [optional parts] work as in the templates below.',
  usingDefaults: 'You are using the questions that come with Fifteen. Editing any of them makes them your own.',
  usingOwn: 'You are using your own questions.',
  levels: [
    'Every chat: open with what they do',
    'Goal 2: ask whom else to talk to',
    'Goal 3: leave one thing they will remember',
    'Goal 4: gently ask about openings, and whom to contact',
  ] as [string, string, string, string],
  reset: 'Reset to the shipped questions',
};
