// The calendar file, read back by ical.js (a standard iCalendar parser): every field, line
// folding and escaping, UTC times across daylight-saving changes, and reschedules.
import { afterEach, describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import {
  calendarFileName,
  coffeeEvent,
  escapeText,
  foldLine,
  writeCalendar,
  type CalendarWords,
} from '@/utils/domain/calendar';
import type { Contact, Conversation } from '@/utils/domain/model';
import { applyOutcome, newRequest } from '@/utils/domain/records';

const words: CalendarWords = {
  summary: (name, minutes) => `Coffee with ${name} (${minutes} min)`,
  goal: (goal) => `Goal: level ${goal}, a memorable impression`,
  profile: (url) => `LinkedIn: ${url}`,
};
const priya: Contact = {
  id: 'priya-raman',
  name: 'Priya Raman',
  profileUrl: 'https://www.linkedin.com/in/priya-raman/',
  notes: '',
  createdAt: '2026-11-01T09:00:00.000Z',
  updatedAt: '2026-11-01T09:00:00.000Z',
};
const request = newRequest(
  '0f8e9a0c-1',
  { contactId: 'priya-raman', channel: 'linkedin-note', goal: 3 },
  new Date('2026-11-02T09:00:00Z'),
);
const stamp = new Date('2026-11-03T10:11:12.345Z');

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const vevent = calendar.getFirstSubcomponent('vevent');
  if (!vevent) throw new Error('no VEVENT');
  return { calendar, vevent, event: new ICAL.Event(vevent) };
}

function scheduleAt(local: string, timeZone: string, minutes?: number, from: Conversation = request): Conversation {
  const tz = process.env.TZ;
  process.env.TZ = timeZone;
  try {
    // What the form does with a datetime-local value: the browser reads it in the user's zone.
    return applyOutcome(
      from,
      { status: 'scheduled', scheduledFor: new Date(local).toISOString(), durationMinutes: minutes },
      stamp,
    ).conversation;
  } finally {
    process.env.TZ = tz;
  }
}

afterEach(() => {
  delete process.env.TZ;
});

describe('the calendar file', () => {
  it('is one VEVENT with every field, parsed back by ical.js', () => {
    const c = scheduleAt('2026-11-10T16:00', 'UTC');
    const text = writeCalendar(coffeeEvent(c, priya, words, stamp)!);
    const { calendar, vevent, event } = parse(text);
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toMatch(/Fifteen/);
    expect(event.uid).toBe('0f8e9a0c-1@fifteen-coffee.app');
    expect(event.sequence).toBe(0);
    expect(event.summary).toBe('Coffee with Priya Raman (15 min)');
    expect(event.description).toBe(
      'Goal: level 3, a memorable impression\nLinkedIn: https://www.linkedin.com/in/priya-raman/',
    );
    expect(event.startDate.toString()).toBe('2026-11-10T16:00:00Z');
    expect(event.endDate.toString()).toBe('2026-11-10T16:15:00Z');
    expect(event.startDate.zone.tzid).toBe('UTC');
    expect(event.duration.toSeconds()).toBe(15 * 60);
    expect((vevent.getFirstPropertyValue('dtstamp') as ICAL.Time).toString()).toBe('2026-11-03T10:11:12Z');
    expect(vevent.getFirstPropertyValue('url')).toBe('https://www.linkedin.com/in/priya-raman/');
  });

  it('writes CRLF line ends, folds long lines at 75 octets without splitting a character, and escapes text', () => {
    const c = scheduleAt('2026-11-10T16:00', 'UTC', 20);
    const longName = 'Zoë Ångström-Øyelaran; of counsel, litigation \\ employment — 日本語の名前もある'.repeat(2);
    const text = writeCalendar(coffeeEvent(c, { ...priya, name: longName }, words, stamp)!);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(text).toContain('\r\n ');
    expect(text).toContain('\\;');
    expect(text).toContain('\\,');
    expect(text).toContain('\\\\');
    expect(text).toContain('\\n');
    expect(text).not.toContain('\uFFFD');
    expect(parse(text).event.summary).toBe(`Coffee with ${longName} (20 min)`);
  });

  it('folds and escapes as RFC 5545 says', () => {
    expect(escapeText('a,b;c\\d\ne\r\nf')).toBe('a\\,b\\;c\\\\d\\ne\\nf');
    const folded = foldLine(`DESCRIPTION:${'é'.repeat(80)}`);
    const [first, ...rest] = folded.split('\r\n');
    expect(new TextEncoder().encode(first).length).toBeLessThanOrEqual(75);
    for (const line of rest) expect(line.startsWith(' ')).toBe(true);
    expect(folded.replace(/\r\n /g, '')).toBe(`DESCRIPTION:${'é'.repeat(80)}`);
  });

  it('gives the right UTC across daylight-saving changes', () => {
    const cases: [string, string, string][] = [
      // The day after summer time ends in Europe (25 October 2026): CET, UTC+1.
      ['2026-10-26T09:00', 'Europe/Berlin', '2026-10-26T08:00:00Z'],
      // The day before it ends: still CEST, UTC+2.
      ['2026-10-24T09:00', 'Europe/Berlin', '2026-10-24T07:00:00Z'],
      // The day after summer time starts (29 March 2026).
      ['2026-03-30T09:00', 'Europe/Berlin', '2026-03-30T07:00:00Z'],
      // The US changes a week later (1 November 2026): EST, UTC−5.
      ['2026-11-02T09:00', 'America/New_York', '2026-11-02T14:00:00Z'],
      ['2026-10-26T09:00', 'America/New_York', '2026-10-26T13:00:00Z'],
      // No daylight saving, and a zone on the half hour.
      ['2026-10-26T09:00', 'Asia/Kolkata', '2026-10-26T03:30:00Z'],
    ];
    for (const [local, zone, utc] of cases) {
      const { event } = parse(writeCalendar(coffeeEvent(scheduleAt(local, zone), priya, words, stamp)!));
      expect(event.startDate.toString(), `${local} ${zone}`).toBe(utc);
      // …and it reads back as the same local time in that zone.
      const shown = new Intl.DateTimeFormat('en-GB', {
        timeZone: zone,
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      }).format(event.startDate.toJSDate());
      expect(shown, `${local} ${zone}`).toBe(local.slice(11));
    }
  });

  it('writes the same UID with a higher SEQUENCE when the chat is rescheduled or its length changes', () => {
    const first = scheduleAt('2026-11-10T16:00', 'UTC');
    const same = scheduleAt('2026-11-10T16:00', 'UTC', 15, first);
    const moved = scheduleAt('2026-11-12T10:00', 'UTC', 15, same);
    const longer = scheduleAt('2026-11-12T10:00', 'UTC', 30, moved);
    const read = (c: Conversation) => parse(writeCalendar(coffeeEvent(c, priya, words, stamp)!)).event;
    expect([first, same, moved, longer].map((c) => read(c).uid)).toEqual(
      Array(4).fill('0f8e9a0c-1@fifteen-coffee.app'),
    );
    expect([first, same, moved, longer].map((c) => read(c).sequence)).toEqual([0, 0, 1, 2]);
    expect(read(longer).summary).toBe('Coffee with Priya Raman (30 min)');
    expect(read(longer).endDate.toString()).toBe('2026-11-12T10:30:00Z');
    // The day they said yes is the first scheduling's, not a reschedule's.
    expect(longer.acceptedAt).toBe(first.acceptedAt);
  });

  it('leaves out the profile where there is none, and has no event without a date', () => {
    const c = scheduleAt('2026-11-10T16:00', 'UTC');
    const { vevent, event } = parse(writeCalendar(coffeeEvent(c, { ...priya, profileUrl: null }, words, stamp)!));
    expect(event.description).toBe('Goal: level 3, a memorable impression');
    expect(vevent.getFirstProperty('url')).toBeNull();
    expect(coffeeEvent(request, priya, words, stamp)).toBeNull();
  });

  it('names the file after the person and the day', () => {
    expect(calendarFileName(scheduleAt('2026-11-10T16:00', 'UTC'))).toMatch(/^coffee-priya-raman-2026-11-1[01]\.ics$/);
  });
});
