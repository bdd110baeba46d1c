// The words of the draft that comes with a reminder (after-draft-view.tsx). Owned by the component
// that shows them; the popup passes them in.
import type { AfterKind } from '@/utils/domain/model';
import { dayMonth, task } from './format-strings';

export interface AfterDraftStrings {
  back: string;
  backLabel: string;
  title: (kind: AfterKind, name: string) => string;
  due: (at: Date) => string;
  draft: string;
  hint: string;
  copy: string;
  copied: string;
  copyFailed: string;
  profile: (name: string) => string;
  noProfile: string;
  done: string;
  doneLabel: (kind: AfterKind, name: string) => string;
}

export const AFTER_DRAFT_STRINGS: AfterDraftStrings = {
  back: '← Back',
  backLabel: 'Back to your points',
  title: (kind: AfterKind, name: string) =>
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
  doneLabel: (kind: AfterKind, name: string) => `Sent: mark done (the ${task(kind)} to ${name})`,
};
