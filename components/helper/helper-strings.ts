// The profile helper's words, in one place, ready for translation. The content script passes
// them to the views; tests use the same ones.
import type { Goal, MessageKind, Status } from '@/utils/domain/model';
import { TOGGLE_STRINGS } from './toggle-strings';
import { pts } from '../format-strings';

export const HELPER_STRINGS = {
  ...TOGGLE_STRINGS,
  panelLabel: 'Fifteen: ask for a 15-minute coffee',
  close: 'Close',
  person: 'Person',
  edit: 'Edit details',
  doneEditing: 'Done',
  fields: { name: 'Name', company: 'Company', role: 'Role', headline: 'Headline', location: 'Location' },
  unknown: 'not found on the page',
  accepted: (name: string) =>
    `${name || 'They'} accepted your invitation. Next step: a LinkedIn message to set up the 15 minutes. The draft below is one.`,
  pageNotRead:
    "Fifteen couldn't read who this is: LinkedIn may have changed its page. Type their name and company below, and the draft will use them.",
  notRead: (fields: string) =>
    `Couldn't read ${fields} from this page: add ${fields.includes(',') ? 'them' : 'it'} if you know.`,
  goal: 'What you go in for',
  goals: {
    1: { title: 'A new connection', meaning: 'in the field you want', points: '1 pt' },
    2: { title: 'A suggestion', meaning: 'someone else to talk to', points: '2 pts' },
    3: { title: 'A memorable impression', meaning: 'on their mind when something opens up', points: '3 pts' },
    4: { title: 'An opening + contact', meaning: 'whom to reach out to about it', points: '4 pts' },
  } satisfies Record<Goal, { title: string; meaning: string; points: string }>,
  kind: 'Kind of message',
  kinds: { note: 'Connection note', message: 'LinkedIn message', email: 'Email' } satisfies Record<MessageKind, string>,
  template: 'Template',
  draft: 'Your draft',
  counter: (n: number, limit: number | null) => (limit ? `${n} / ${limit}` : `${n} characters`),
  copy: 'Copy',
  copied: 'Copied. Paste it into LinkedIn and send it yourself.',
  copyFailed: 'Could not copy. Select the draft and copy it by hand.',
  insert: 'Insert',
  inserted: 'Inserted. Read it over, then press Send yourself.',
  noBox: "Open LinkedIn's note box (Connect → Add a note) or a message to this person first, then Insert.",
  notEmpty:
    'That box already has text in it, which Fifteen leaves alone. Copy the draft instead, or clear the box and Insert again.',
  logRequest: 'Log request',
  logged: 'Logged. Record how it went after you talk.',
  undo: 'Undo',
  undone: 'Taken back: that request is no longer logged.',
  undoTooLate: 'Already changed since, so it stays. You can record how it went instead.',
  requestDate: 'Asked on',
  limits: (invitations: number, limit: number, notes: number, allowance: number) =>
    `${invitations} of ${limit} invitations this week · ${notes} of ${allowance} personalised notes this month`,
  nearRequestLimit:
    'You are close to the weekly invitation limit you set. LinkedIn may restrict accounts that send too many.',
  overNoteAllowance: 'You have used this month’s personalised notes. A LinkedIn message or an email still works.',
  history: 'With this person',
  noHistory: 'Nothing logged with this person yet.',
  statuses: {
    requested: 'Asked',
    scheduled: 'Scheduled',
    met: 'Met',
    declined: 'Declined',
    'no-response': 'No response',
  } satisfies Record<Status, string>,
  points: pts,
  recordOutcome: 'Record how it went',
  prepare: 'Prepare',
  failed: (message: string) => `Something went wrong: ${message}`,
};

export type HelperStrings = typeof HELPER_STRINGS;
