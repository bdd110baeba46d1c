// A planned chat as an iCalendar file (RFC 5545): one VEVENT the user's calendar app imports.
// Times are written in UTC, so no time-zone table is needed and a chat set in any zone lands
// where it should. The UID is stable per conversation and SEQUENCE grows with each reschedule,
// so importing the file again moves the event instead of adding a second one.
// Pure TypeScript: no wxt, no preact, no DOM.
import { DEFAULT_DURATION_MINUTES, type Contact, type Conversation, type Goal } from './model';

export interface CalendarEvent {
  uid: string;
  sequence: number;
  /** When the file was made (DTSTAMP). */
  stamp: Date;
  start: Date;
  minutes: number;
  summary: string;
  description: string;
  /** The person's LinkedIn profile, if known. */
  url?: string | null;
}

const CRLF = '\r\n';
const MAX_OCTETS = 75;
const PRODID = '-//Fifteen//15-minute coffee//EN';
const UID_DOMAIN = 'fifteen-coffee.app';

/** 20261026T080000Z: a UTC date-time in the basic form RFC 5545 §3.3.5 asks for. */
export function utcStamp(d: Date): string {
  return d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** TEXT values (§3.3.11): backslash, semicolon, comma and line breaks escaped. */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/**
 * Folds a content line at 75 octets (§3.1): continuation lines start with one space, which
 * counts toward their 75. A character is never split across lines: a UTF-8 sequence stays whole.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    if (octets + size > MAX_OCTETS) {
      parts.push(current);
      current = ' ';
      octets = 1;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join(CRLF);
}

/** The whole .ics text: one calendar with one event, CRLF line ends, lines folded. */
export function writeCalendar(event: CalendarEvent): string {
  const end = new Date(event.start.getTime() + event.minutes * 60_000);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `SEQUENCE:${event.sequence}`,
    `DTSTAMP:${utcStamp(event.stamp)}`,
    `DTSTART:${utcStamp(event.start)}`,
    `DTEND:${utcStamp(end)}`,
    `SUMMARY:${escapeText(event.summary)}`,
    `DESCRIPTION:${escapeText(event.description)}`,
    ...(event.url ? [`URL:${event.url}`] : []),
    'STATUS:CONFIRMED',
    'TRANSP:OPAQUE',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/** The words of a coffee's event, from the caller's strings module (ready for translation). */
export interface CalendarWords {
  summary: (name: string, minutes: number) => string;
  goal: (goal: Goal) => string;
  profile: (url: string) => string;
}

/** The event for a scheduled conversation, or null when it has no date yet. */
export function coffeeEvent(
  conversation: Conversation,
  contact: Pick<Contact, 'name' | 'profileUrl'> | undefined,
  words: CalendarWords,
  now: Date,
): CalendarEvent | null {
  if (!conversation.scheduledFor) return null;
  const minutes = conversation.durationMinutes ?? DEFAULT_DURATION_MINUTES;
  const name = contact?.name || conversation.contactId;
  const url = contact?.profileUrl ?? null;
  return {
    uid: `${conversation.id}@${UID_DOMAIN}`,
    sequence: conversation.calendarSequence ?? 0,
    stamp: now,
    start: new Date(conversation.scheduledFor),
    minutes,
    summary: words.summary(name, minutes),
    description: [words.goal(conversation.goal), ...(url ? [words.profile(url)] : [])].join('\n'),
    url,
  };
}

/** A file name for the event with its local day, e.g. coffee-priya-raman-2026-11-10.ics. */
export function calendarFileName(conversation: Conversation): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const at = conversation.scheduledFor ? new Date(conversation.scheduledFor) : null;
  const day = at ? `-${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}` : '';
  const who = conversation.contactId.replace(/[^a-z0-9-]+/gi, '-').slice(0, 60);
  return `coffee-${who}${day}.ics`;
}
