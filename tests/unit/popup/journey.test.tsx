// @vitest-environment happy-dom
// From the ask to the coffee to the thank-you, in the popup: schedule a logged request, save
// it to the calendar, prepare the chat, record it, and the drafts for after.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing';
import ICAL from 'ical.js';
import { App } from '@/entrypoints/popup/app';
import { importBackup } from '@/utils/store/operations';
import { loadSnapshot } from '@/utils/store/repository';
import { readBackup } from '@/utils/domain/backup';

const now = new Date('2026-11-20T12:00:00.000Z'); // a Friday
const priya = { id: 'priya', name: 'Priya Raman', firstName: 'Priya', company: 'Stripe', role: 'Senior Product Manager', source: 'linkedin-profile', profileUrl: 'https://www.linkedin.com/in/priya/', createdAt: '2026-10-01T09:00:00.000Z', updatedAt: '2026-10-01T09:00:00.000Z' };
const asked = { id: 'p1', contactId: 'priya', status: 'requested', channel: 'linkedin-note', goal: 3, requestedAt: '2026-11-18T09:00:00.000Z', createdAt: '2026-11-18T09:00:00.000Z', updatedAt: '2026-11-18T09:00:00.000Z' };

async function seed(contacts: object[], conversations: object[], settings: object = {}) {
  const parsed = readBackup(JSON.stringify({ format: 'fifteen-backup', version: 1, exportedAt: now.toISOString(), contacts, conversations, settings }));
  if (!parsed.ok) throw new Error(parsed.error);
  await importBackup(parsed.backup);
}

function open() {
  const saveFile = vi.fn();
  const openUrl = vi.fn();
  render(<App openOptions={vi.fn()} openUrl={openUrl} now={() => now} saveFile={saveFile} />);
  return { saveFile, openUrl };
}

const TZ = process.env.TZ;
beforeEach(() => {
  fakeBrowser.reset();
  process.env.TZ = 'Europe/Berlin';
});
afterEach(() => {
  cleanup();
  process.env.TZ = TZ;
});

describe('scheduling a chat and the calendar', () => {
  it('schedules a logged request with a time and length, then saves the calendar file', async () => {
    await seed([priya], [asked]);
    const { saveFile } = open();
    fireEvent.click(await screen.findByRole('button', { name: 'Record how it went with Priya Raman' }));
    fireEvent.click(screen.getByRole('radio', { name: 'Scheduled' }));
    fireEvent.input(screen.getByLabelText('Date and time'), { target: { value: '2026-11-24T09:30' } });
    fireEvent.input(screen.getByLabelText('Length (minutes)'), { target: { value: '20' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    const upcoming = await screen.findByTestId('next-upcoming');
    fireEvent.click(within(upcoming).getByRole('button', { name: /Add the chat with Priya Raman to your calendar/ }));
    expect(saveFile).toHaveBeenCalledTimes(1);
    const [name, text, type] = saveFile.mock.calls[0]!;
    expect(name).toBe('coffee-priya-2026-11-24.ics');
    expect(type).toBe('text/calendar');
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!);
    expect(event.uid).toBe('p1@fifteen-coffee.app');
    expect(event.summary).toBe('Coffee with Priya Raman (20 min)');
    // 09:30 in Berlin in November is 08:30 UTC.
    expect(event.startDate.toString()).toBe('2026-11-24T08:30:00Z');
    expect(event.endDate.toString()).toBe('2026-11-24T08:50:00Z');
    expect(event.description).toContain('a memorable impression');
    expect(event.description).toContain('https://www.linkedin.com/in/priya/');
    expect(screen.getByTestId('popup-notice').textContent).toMatch(/Saved coffee-priya-2026-11-24\.ics/);
    const stored = (await loadSnapshot()).conversations.get('p1')!;
    expect(stored).toMatchObject({ status: 'scheduled', durationMinutes: 20, acceptedAt: expect.any(String) });
  });
});
