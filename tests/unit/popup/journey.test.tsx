// @vitest-environment happy-dom
// From the ask to the coffee to the thank-you, in the popup: schedule a logged request, save
// it to the calendar, prepare the chat, record it, and the drafts for after.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing';
import ICAL from 'ical.js';
import { App } from '@/entrypoints/popup/app';
import { importBackup } from '@/utils/store/operations';
import { loadSnapshot } from '@/utils/store/repository';
import { readBackup } from '@/utils/domain/backup';

const now = new Date('2026-11-20T12:00:00.000Z'); // a Friday
const priya = {
  id: 'priya',
  name: 'Priya Raman',
  firstName: 'Priya',
  company: 'Stripe',
  role: 'Senior Product Manager',
  source: 'linkedin-profile',
  profileUrl: 'https://www.linkedin.com/in/priya/',
  createdAt: '2026-10-01T09:00:00.000Z',
  updatedAt: '2026-10-01T09:00:00.000Z',
};
const asked = {
  id: 'p1',
  contactId: 'priya',
  status: 'requested',
  channel: 'linkedin-note',
  goal: 3,
  requestedAt: '2026-11-18T09:00:00.000Z',
  createdAt: '2026-11-18T09:00:00.000Z',
  updatedAt: '2026-11-18T09:00:00.000Z',
};

async function seed(contacts: object[], conversations: object[], settings: object = {}) {
  const parsed = readBackup(
    JSON.stringify({
      format: 'fifteen-backup',
      version: 1,
      exportedAt: now.toISOString(),
      contacts,
      conversations,
      settings,
    }),
  );
  if (!parsed.ok) throw new Error(parsed.error);
  await importBackup(parsed.backup);
}

function open() {
  const saveFile = vi.fn();
  const openUrl = vi.fn();
  const copyText = vi.fn(async () => undefined);
  render(<App openOptions={vi.fn()} openUrl={openUrl} now={() => now} saveFile={saveFile} copyText={copyText} />);
  return { saveFile, openUrl, copyText };
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
    fireEvent.click(within(upcoming).getByRole('button', { name: /Add to calendar: your chat with Priya Raman/ }));
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

describe('preparing a chat', () => {
  const scheduled = { ...asked, status: 'scheduled', scheduledFor: '2026-11-24T08:30:00.000Z', durationMinutes: 20 };

  it('opens the plan from Coming up: the goal’s questions, the time box, notes shown again when recording', async () => {
    await seed(
      [priya, { ...priya, id: 'marcus', name: 'Marcus Oyelaran', source: 'referral', referredBy: 'x1' }],
      [scheduled, { ...asked, id: 'x1', contactId: 'marcus' }],
      { exploring: 'product management' },
    );
    const { saveFile, openUrl } = open();
    const upcoming = await screen.findByTestId('next-upcoming');
    fireEvent.click(within(upcoming).getByRole('button', { name: 'Prepare the chat with Priya Raman' }));
    const view = await screen.findByTestId('prepare-view');
    expect(screen.queryByTestId('points-total')).toBeNull();
    expect(within(view).getByText('Senior Product Manager at Stripe')).toBeTruthy();
    const guide = [...within(view).getByTestId('prepare-guide').querySelectorAll('li')].map((li) => li.textContent);
    expect(guide.length).toBe(5);
    expect(guide).toContain('2Who else would you suggest I talk to about product management?');
    expect(guide.some((line) => line?.startsWith('3Leave one thing they will remember'))).toBe(true);
    expect(within(view).getByTestId('prepare-time-box').textContent).toMatch(/20 minutes means 20/);
    fireEvent.click(within(view).getByRole('button', { name: 'Add to calendar' }));
    expect(saveFile).toHaveBeenCalledWith(
      'coffee-priya-2026-11-24.ics',
      expect.stringContaining('SUMMARY:Coffee with Priya Raman (20 min)'),
      'text/calendar',
    );
    fireEvent.click(within(view).getByRole('button', { name: "Open Priya Raman's LinkedIn profile" }));
    expect(openUrl).toHaveBeenCalledWith('https://www.linkedin.com/in/priya/');
    fireEvent.input(within(view).getByLabelText('Your notes for this chat'), {
      target: { value: 'Promise the Dublin article.' },
    });
    fireEvent.click(within(view).getByRole('button', { name: 'Save notes' }));
    await waitFor(async () =>
      expect((await loadSnapshot()).conversations.get('p1')!.prepNotes).toBe('Promise the Dublin article.'),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Back to your points' }));
    fireEvent.click(
      within(await screen.findByTestId('next-upcoming')).getByRole('button', {
        name: 'How did it go? Record your chat with Priya Raman',
      }),
    );
    expect((await screen.findByTestId('outcome-plan')).textContent).toContain('Promise the Dublin article.');
  });

  it('offers the plan for a request not yet scheduled, from the recent conversations', async () => {
    await seed([priya], [asked]);
    open();
    fireEvent.click(await screen.findByRole('button', { name: 'Prepare the chat with Priya Raman' }));
    const view = await screen.findByTestId('prepare-view');
    expect(within(view).getByTestId('prepare-when').textContent).toMatch(/no time set yet/);
    expect(within(view).queryByRole('button', { name: 'Add to calendar' })).toBeNull();
  });
});

describe('drafts for after the chat', () => {
  const marcus = {
    id: 'marcus-oyelaran',
    name: 'Marcus Oyelaran',
    source: 'referral',
    referredBy: 'p1',
    createdAt: '2026-11-19T17:00:00.000Z',
    updatedAt: '2026-11-19T17:00:00.000Z',
  };
  const metYesterday = {
    ...asked,
    status: 'met',
    metAt: '2026-11-19T10:00:00.000Z',
    outcomes: { connected: true, referral: true, memorable: true, opening: false },
    referrals: ['marcus-oyelaran'],
    notes: 'Their team hires from litigation.',
    updatedAt: '2026-11-19T17:00:00.000Z',
  };
  const metWeeksAgo = {
    ...metYesterday,
    id: 'p0',
    metAt: '2026-10-28T10:00:00.000Z',
    notes: '',
    referrals: [],
    outcomes: { connected: true, referral: false, memorable: false, opening: false },
  };

  it('shows the thank-you draft naming the referral, with Copy, the profile link and Done', async () => {
    await seed([priya, marcus], [metYesterday]);
    const { copyText, openUrl } = open();
    const due = await screen.findByTestId('next-thank-you');
    fireEvent.click(within(due).getByRole('button', { name: 'Show the thank-you note draft for Priya Raman' }));
    const view = await screen.findByTestId('after-draft');
    expect(within(view).getByRole('heading', { name: 'Thank-you note to Priya Raman' })).toBeTruthy();
    const text = within(view).getByLabelText('Your draft') as HTMLTextAreaElement;
    expect(text.value).toMatch(/^Hi Priya,/);
    expect(text.value).toContain('their team hires from litigation.');
    expect(text.value).toContain('suggested I speak with Marcus Oyelaran');
    fireEvent.input(text, { target: { value: `${text.value}\nPS: the article is attached.` } });
    fireEvent.click(within(view).getByRole('button', { name: 'Copy' }));
    await waitFor(() => expect(copyText).toHaveBeenCalledWith(expect.stringContaining('PS: the article is attached.')));
    expect((await within(view).findByRole('status')).textContent).toMatch(/^Copied/);
    const link = within(view).getByRole('link', { name: "Open Priya Raman's LinkedIn profile" });
    expect(link.getAttribute('href')).toBe('https://www.linkedin.com/in/priya/');
    fireEvent.click(link);
    expect(openUrl).toHaveBeenCalledWith('https://www.linkedin.com/in/priya/');
    fireEvent.click(within(view).getByRole('button', { name: 'Sent: mark done (the thank-you note to Priya Raman)' }));
    await waitFor(async () => expect((await loadSnapshot()).conversations.get('p1')!.thankYouDoneAt).toBeTruthy());
    expect(await screen.findByTestId('points-total')).toBeTruthy();
  });

  it('shows the follow-up draft, and says when copying fails', async () => {
    await seed([priya], [metWeeksAgo]);
    const saveFile = vi.fn();
    render(
      <App
        openOptions={vi.fn()}
        openUrl={vi.fn()}
        now={() => now}
        saveFile={saveFile}
        copyText={() => Promise.reject(new Error('denied'))}
      />,
    );
    fireEvent.click(
      within(await screen.findByTestId('next-follow-up')).getByRole('button', {
        name: 'Show the follow-up draft for Priya Raman',
      }),
    );
    const view = await screen.findByTestId('after-draft');
    expect((within(view).getByLabelText('Your draft') as HTMLTextAreaElement).value).toMatch(
      /I wanted to follow up on our coffee chat/,
    );
    fireEvent.click(within(view).getByRole('button', { name: 'Copy' }));
    expect((await within(view).findByRole('alert')).textContent).toMatch(/Could not copy/);
    fireEvent.click(within(view).getByRole('button', { name: 'Back to your points' }));
    expect(await screen.findByTestId('next-follow-up')).toBeTruthy();
  });
});
