// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach } from 'vitest';
import { OutcomeForm } from '@/components/outcome-form';
import { OUTCOME_FORM_STRINGS } from '@/components/outcome-form-strings';
import { splitNames } from '@/components/outcome-draft';
import type { Conversation } from '@/utils/domain/model';

const conversation: Conversation = {
  id: 'c1',
  contactId: 'priya',
  status: 'requested',
  channel: 'linkedin-note',
  goal: 3,
  requestedAt: '2026-11-02T09:00:00.000Z',
  scheduledFor: null,
  metAt: null,
  outcomes: { connected: false, referral: false, memorable: false, opening: false },
  referrals: [],
  contactPerson: null,
  notes: '',
  createdAt: '2026-11-02T09:00:00.000Z',
  updatedAt: '2026-11-02T09:00:00.000Z',
};
const now = new Date(2026, 10, 20, 15, 0); // local time

function setup(extra: Partial<Parameters<typeof OutcomeForm>[0]> = {}) {
  const onSubmit = vi.fn(async () => undefined);
  const onCancel = vi.fn();
  render(
    <OutcomeForm
      conversation={conversation}
      personName="Priya"
      strings={OUTCOME_FORM_STRINGS}
      onSubmit={onSubmit}
      onCancel={onCancel}
      now={now}
      {...extra}
    />,
  );
  return { onSubmit, onCancel };
}
const box = (name: RegExp) => screen.getByRole('checkbox', { name });

afterEach(cleanup);

describe('OutcomeForm', () => {
  it('shows each goal with its points and scores the highest ticked, live', () => {
    setup();
    expect(screen.getByText('Made a new connection · 1 pt')).toBeTruthy();
    expect(screen.getByText('Learnt of an opening, with a contact person · 4 pts')).toBeTruthy();
    const score = screen.getByTestId('outcome-score');
    expect(score.textContent).toBe('This scores 0 points');
    fireEvent.click(box(/new connection/));
    expect(score.textContent).toBe('This scores 1 point');
    fireEvent.click(box(/memorable/));
    expect(score.textContent).toBe('This scores 3 points');
    fireEvent.click(box(/memorable/));
    expect(score.textContent).toBe('This scores 1 point');
  });

  it('submits the status, date, outcomes and named people', async () => {
    const { onSubmit } = setup();
    fireEvent.click(box(/new connection/));
    fireEvent.click(box(/suggested someone/));
    fireEvent.input(screen.getByLabelText('Who did they suggest?'), {
      target: { value: 'Marcus Oyelaran,  Dana Lee ,' },
    });
    fireEvent.click(box(/opening/));
    fireEvent.input(screen.getByLabelText(/reach out to about the opening/), { target: { value: ' Sam Ortiz ' } });
    fireEvent.input(screen.getByLabelText('Date of the chat'), { target: { value: '2026-11-18' } });
    fireEvent.input(screen.getByLabelText(/Notes/), { target: { value: 'Great chat' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit).toHaveBeenCalledWith({
      status: 'met',
      metAt: new Date(2026, 10, 18, 12, 0).toISOString(),
      outcomes: { connected: true, referral: true, memorable: false, opening: true },
      referralNames: ['Marcus Oyelaran', 'Dana Lee'],
      contactPersonName: 'Sam Ortiz',
      notes: 'Great chat',
    });
  });

  it('refuses a referral without a name and an opening without a contact, and says so', async () => {
    const { onSubmit } = setup();
    fireEvent.click(box(/suggested someone/));
    fireEvent.click(box(/opening/));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText(OUTCOME_FORM_STRINGS.errors.referralNames)).toBeTruthy();
    expect(screen.getByText(OUTCOME_FORM_STRINGS.errors.contactPerson)).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toBe(OUTCOME_FORM_STRINGS.errors.summary);
    const names = screen.getByLabelText('Who did they suggest?');
    expect(names.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(names);
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('refuses a meeting date in the future', async () => {
    const { onSubmit } = setup();
    fireEvent.input(screen.getByLabelText('Date of the chat'), { target: { value: '2026-11-21' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText(OUTCOME_FORM_STRINGS.errors.metDateFuture)).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('schedules a chat with a date and time', async () => {
    const { onSubmit } = setup();
    fireEvent.click(screen.getByRole('radio', { name: 'Scheduled' }));
    expect(screen.queryByTestId('outcome-score')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText(OUTCOME_FORM_STRINGS.errors.scheduledFor)).toBeTruthy();
    fireEvent.input(screen.getByLabelText('Date and time'), { target: { value: '2026-11-25T16:30' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(onSubmit).toHaveBeenCalledWith({
        status: 'scheduled',
        scheduledFor: new Date(2026, 10, 25, 16, 30).toISOString(),
        durationMinutes: 15,
        notes: '',
      }),
    );
  });

  it('asks for the length of a scheduled chat: 15 minutes unless changed, and a sensible number', async () => {
    const { onSubmit } = setup({
      conversation: {
        ...conversation,
        status: 'scheduled',
        scheduledFor: new Date(2026, 10, 25, 16, 30).toISOString(),
      },
    });
    const length = screen.getByLabelText('Length (minutes)') as HTMLInputElement;
    expect(length.value).toBe('15');
    fireEvent.input(length, { target: { value: '0' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText(OUTCOME_FORM_STRINGS.errors.duration)).toBeTruthy();
    expect(document.activeElement).toBe(length);
    fireEvent.input(length, { target: { value: '20' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(onSubmit).toHaveBeenCalledWith(expect.objectContaining({ status: 'scheduled', durationMinutes: 20 })),
    );
  });

  it('reads the date and time in the user’s zone, daylight saving included', async () => {
    const tz = process.env.TZ;
    process.env.TZ = 'Europe/Berlin';
    try {
      const { onSubmit } = setup();
      fireEvent.click(screen.getByRole('radio', { name: 'Scheduled' }));
      // The day after summer time ends in Europe: 09:00 in Berlin is 08:00 UTC (the day before, 07:00).
      fireEvent.input(screen.getByLabelText('Date and time'), { target: { value: '2026-10-26T09:00' } });
      fireEvent.click(screen.getByRole('button', { name: 'Save' }));
      await waitFor(() =>
        expect(onSubmit).toHaveBeenCalledWith(expect.objectContaining({ scheduledFor: '2026-10-26T08:00:00.000Z' })),
      );
    } finally {
      process.env.TZ = tz;
    }
  });

  it('shows the plan written in the Prepare view again', () => {
    setup({
      conversation: {
        ...conversation,
        status: 'scheduled',
        prepNotes: 'Ask about the Dublin team.\nPromise the article.',
      },
    });
    const plan = screen.getByTestId('outcome-plan');
    expect(plan.textContent).toContain(OUTCOME_FORM_STRINGS.plan);
    expect(plan.textContent).toContain('Ask about the Dublin team.');
  });

  it('records a decline with no outcomes, and cancels', async () => {
    const { onSubmit, onCancel } = setup();
    fireEvent.click(screen.getByRole('radio', { name: 'They declined' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledWith({ status: 'declined', notes: '' }));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalled();
  });

  it('shows a failed save as an error', async () => {
    setup({ onSubmit: async () => Promise.reject(new Error('Storage is full')) });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Could not save: Storage is full');
  });

  it('keeps the people already recorded when saved again', async () => {
    const { onSubmit } = setup({
      conversation: {
        ...conversation,
        status: 'met',
        metAt: '2026-11-10T16:00:00.000Z',
        outcomes: { connected: true, referral: true, memorable: false, opening: false },
        referrals: ['marcus'],
      },
      initialReferralNames: ['Marcus Oyelaran'],
    });
    expect((screen.getByLabelText('Who did they suggest?') as HTMLInputElement).value).toBe('Marcus Oyelaran');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(onSubmit).toHaveBeenCalledWith(
        expect.objectContaining({ metAt: '2026-11-10T16:00:00.000Z', referralNames: ['Marcus Oyelaran'] }),
      ),
    );
  });
});

describe('splitNames', () => {
  it('splits on commas, semicolons and new lines', () => {
    expect(splitNames('Ana, Ben;Chloé\n  Dev  Patel ,,')).toEqual(['Ana', 'Ben', 'Chloé', 'Dev Patel']);
  });
});
