// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { PrepareView } from '@/components/prepare-view';
import { PREPARE_STRINGS } from '@/components/prepare-view-strings';
import type { Conversation } from '@/utils/domain/model';

const conversation: Conversation = {
  id: 'c1',
  contactId: 'priya',
  status: 'scheduled',
  channel: 'linkedin-note',
  goal: 3,
  requestedAt: '2026-11-02T09:00:00.000Z',
  scheduledFor: '2026-11-24T09:30:00.000Z',
  durationMinutes: 20,
  metAt: null,
  outcomes: { connected: false, referral: false, memorable: false, opening: false },
  referrals: [],
  contactPerson: null,
  notes: '',
  prepNotes: 'Ask about Dublin.',
  createdAt: '2026-11-02T09:00:00.000Z',
  updatedAt: '2026-11-02T09:00:00.000Z',
};
const brief = {
  name: 'Priya Raman',
  role: 'Senior Product Manager',
  company: 'Stripe',
  headline: '',
  found: { kind: 'referral' as const, by: 'Marcus Oyelaran' },
};
const guide = [
  { level: 1 as const, text: 'What does a normal week look like?' },
  { level: 2 as const, text: 'Who else would you suggest I talk to?' },
  { level: 3 as const, text: 'Leave one thing they will remember.' },
];

afterEach(cleanup);

function setup(extra: Partial<Parameters<typeof PrepareView>[0]> = {}) {
  const props = {
    onSaveNotes: vi.fn(async () => undefined),
    onBack: vi.fn(),
    onAddToCalendar: vi.fn(),
    onOpenProfile: vi.fn(),
  };
  render(
    <PrepareView
      conversation={conversation}
      brief={brief}
      guide={guide}
      strings={PREPARE_STRINGS}
      {...props}
      {...extra}
    />,
  );
  return props;
}

describe('PrepareView', () => {
  it('shows who they are, the goal with its points, the guide and the time box', () => {
    setup();
    expect(screen.getByRole('heading', { name: 'Prepare: coffee with Priya Raman' })).toBeTruthy();
    expect(screen.getByText('Senior Product Manager at Stripe')).toBeTruthy();
    expect(screen.getByTestId('prepare-found').textContent).toBe('Suggested by Marcus Oyelaran');
    expect(screen.getByTestId('prepare-goal').textContent).toContain('A memorable impression');
    expect(screen.getByTestId('prepare-goal').textContent).toContain('3 pts');
    expect([...screen.getByTestId('prepare-guide').querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      '1What does a normal week look like?',
      '2Who else would you suggest I talk to?',
      '3Leave one thing they will remember.',
    ]);
    expect(screen.getByRole('heading', { name: 'The 20 minutes' })).toBeTruthy();
    expect(screen.getByTestId('prepare-time-box').textContent).toMatch(/^Keep to the time: 20 minutes means 20\./);
    expect(screen.getByTestId('prepare-when').textContent).toMatch(/20 minutes$/);
  });

  it('saves the notes kept with the conversation, and says so', async () => {
    const { onSaveNotes } = setup();
    const notes = screen.getByLabelText('Your notes for this chat') as HTMLTextAreaElement;
    expect(notes.value).toBe('Ask about Dublin.');
    fireEvent.input(notes, { target: { value: ' Ask about Dublin. Promise the article. ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save notes' }));
    await waitFor(() => expect(onSaveNotes).toHaveBeenCalledWith('Ask about Dublin. Promise the article.'));
    expect((await screen.findByRole('status')).textContent).toBe('Notes saved.');
  });

  it('shows a failed save, and offers the calendar, the profile and the way back', async () => {
    const { onAddToCalendar, onOpenProfile, onBack } = setup({
      onSaveNotes: async () => Promise.reject(new Error('Storage is full')),
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save notes' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Could not save: Storage is full');
    fireEvent.click(screen.getByRole('button', { name: 'Add to calendar' }));
    fireEvent.click(screen.getByRole('button', { name: "Open Priya Raman's LinkedIn profile" }));
    fireEvent.click(screen.getByRole('button', { name: 'Back to your points' }));
    expect([onAddToCalendar, onOpenProfile, onBack].map((f) => f.mock.calls.length)).toEqual([1, 1, 1]);
  });

  it('for a request not yet scheduled: when it was asked, 15 minutes, and no calendar', () => {
    setup({
      conversation: { ...conversation, status: 'requested', scheduledFor: null, durationMinutes: undefined },
      onAddToCalendar: undefined,
    });
    expect(screen.getByTestId('prepare-when').textContent).toMatch(/^Asked .* no time set yet$/);
    expect(screen.getByTestId('prepare-time-box').textContent).toMatch(/15 minutes means 15/);
    expect(screen.queryByRole('button', { name: 'Add to calendar' })).toBeNull();
  });
});
