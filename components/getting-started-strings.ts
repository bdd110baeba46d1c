// The words of the popup before any conversation is logged (getting-started.tsx): the method in
// three lines. Owned by the component that shows them; the popup passes them in.
export interface GettingStartedStrings {
  title: string;
  lines: [string, string, string];
  levels: { level: 1 | 2 | 3 | 4; text: string }[];
  openLinkedIn: string;
}

export const GETTING_STARTED_STRINGS: GettingStartedStrings = {
  title: 'Start with one 15-minute coffee',
  lines: [
    'Ask someone in the field you want for 15 minutes to hear what they do. People love to talk about their work.',
    'Go in with one goal; the highest one you reach scores:',
    'Never call it an "informational interview": a coffee to talk about what they do is what gets a yes.',
  ],
  levels: [
    { level: 1, text: 'a new connection · 1 pt' },
    { level: 2, text: 'they suggest someone to talk to · 2 pts' },
    { level: 3, text: 'a memorable impression · 3 pts' },
    { level: 4, text: 'an opening and whom to contact · 4 pts' },
  ],
  openLinkedIn: 'Find someone on LinkedIn',
};
