// The words of "Recent conversations" (recent-conversations.tsx). Owned by the component that
// shows them; the popup passes them in.
import type { Status } from '@/utils/domain/model';
import { dayMonth, pts } from './format-strings';

export interface RecentStrings {
  title: string;
  status: Record<Status, string>;
  when: (at: Date) => string;
  points: (n: number) => string;
  record: string;
  recordLabel: (name: string) => string;
  prepare: string;
  prepareLabel: (name: string) => string;
}

export const RECENT_STRINGS: RecentStrings = {
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
};
