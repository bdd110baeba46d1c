// What the popup's buttons do beyond showing: a reminder marked done or snoozed (store
// operations), a scheduled chat saved as a calendar file, a profile opened; and what they report.
import { useState } from 'preact/hooks';
import type { AgendaItem, DueItem } from '@/utils/domain/agenda';
import { calendarFileName, coffeeEvent, writeCalendar } from '@/utils/domain/calendar';
import { errorMessage } from '@/utils/domain/errors';
import { isLinkedInProfileUrl } from '@/utils/domain/model';
import { updateConversation } from '@/utils/store/operations';
import { saveFile as saveToDisk } from '@/utils/save-file';
import { strings } from './strings';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Saves a file the page made (utils/save-file.ts); tests hand in their own. */
export type SaveFile = (name: string, text: string, type: string) => void;

/** Marks a thank-you note or a follow-up as done, now. */
function markReminderDone(item: DueItem, now: Date): Promise<unknown> {
  return updateConversation(
    item.conversation.id,
    item.reminder.kind === 'thank-you' ? { thankYouDoneAt: now.toISOString() } : { followUpDoneAt: now.toISOString() },
  );
}

/** Puts a thank-you note or a follow-up off for `days`. */
function snoozeReminder(item: DueItem, days: number, now: Date): Promise<unknown> {
  const until = new Date(now.getTime() + days * DAY_MS).toISOString();
  return updateConversation(
    item.conversation.id,
    item.reminder.kind === 'thank-you' ? { thankYouSnoozedUntil: until } : { followUpSnoozedUntil: until },
  );
}

/** Saves a scheduled chat as an .ics file, made here in the page; returns what to tell the user. */
function saveCalendarFile(item: AgendaItem, now: Date, save: SaveFile = saveToDisk): string {
  const event = coffeeEvent(item.conversation, item.contact, strings.calendar, now);
  if (!event) return '';
  const name = calendarFileName(item.conversation);
  save(name, writeCalendar(event), 'text/calendar');
  return strings.calendar.saved(name);
}

/** The popup's actions, bound to its clock and browser, and what they report to show. */
export function usePopupActions(now: () => Date, openUrl: (url: string) => void, saveFile: SaveFile) {
  const [actionError, setActionError] = useState('');
  const [notice, setNotice] = useState('');
  const failed = (e: unknown) => setActionError(strings.actionFailed(errorMessage(e)));
  const act = (work: Promise<unknown>) => work.then(() => setActionError(''), failed);
  return {
    actionError,
    notice,
    failed,
    markDone: (item: DueItem) => act(markReminderDone(item, now())),
    snooze: (item: DueItem, days: number) => act(snoozeReminder(item, days, now())),
    // Stored data may be older than the backup check, or written by hand: open only a LinkedIn
    // profile, never whatever address a record holds.
    openProfile: (url: string) => isLinkedInProfileUrl(url) && openUrl(url),
    addToCalendar: (item: AgendaItem) => setNotice(saveCalendarFile(item, now(), saveFile)),
  };
}
