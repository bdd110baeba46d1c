// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { Helper, type HelperProps } from '@/components/helper/helper';
import { HELPER_STRINGS } from '@/components/helper/helper-strings';
import { DEFAULT_TEMPLATES } from '@/utils/domain/ask-templates';
import type { Conversation } from '@/utils/domain/model';
import { PRIYA } from '../support/priya';

const person = PRIYA;
const met: Conversation = {
  id: 'c1',
  contactId: 'priya-raman',
  status: 'met',
  channel: 'linkedin-note',
  goal: 3,
  requestedAt: '2026-11-02T09:00:00.000Z',
  scheduledFor: null,
  metAt: '2026-11-10T16:00:00.000Z',
  outcomes: { connected: true, referral: true, memorable: true, opening: false },
  referrals: [],
  contactPerson: null,
  notes: '',
  createdAt: '2026-11-02T09:00:00.000Z',
  updatedAt: '2026-11-10T17:00:00.000Z',
};

function setup(extra: Partial<HelperProps> = {}) {
  const calls = {
    onPersonChange: vi.fn(),
    onCopy: vi.fn(async () => true),
    onInsert: vi.fn((): 'inserted' | 'no-box' | 'not-empty' => 'no-box'),
    onLogRequest: vi.fn(async (_request: Parameters<HelperProps['onLogRequest']>[0]) => undefined),
  };
  function Harness() {
    const [open, setOpen] = useState(false);
    return (
      <Helper
        strings={HELPER_STRINGS}
        person={person}
        missing={[]}
        me={{ myName: 'Jordan Lee', exploring: 'product management', pitch: "I'm a lawyer moving into product" }}
        noteLimit={200}
        templates={DEFAULT_TEMPLATES}
        history={[]}
        counts={{ invitationsThisWeek: 2, notesThisMonth: 1, weeklyInvitationLimit: 100, monthlyNoteAllowance: 5 }}
        open={open}
        onOpenChange={setOpen}
        {...calls}
        {...extra}
      />
    );
  }
  render(<Harness />);
  return calls;
}
const draft = () => screen.getByTestId('draft') as HTMLTextAreaElement;
const open = () => fireEvent.click(screen.getByTestId('helper-toggle'));

afterEach(cleanup);

describe('the profile helper', () => {
  it('starts as a labelled pill and opens a panel with the person', () => {
    setup();
    const toggle = screen.getByTestId('helper-toggle');
    expect(toggle.getAttribute('aria-label')).toBe('15-min coffee: ask Priya Raman for 15 minutes');
    expect(toggle.getAttribute('aria-label')).toContain(toggle.textContent!.replace('☕', '').trim());
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByTestId('draft')).toBeNull();
    open();
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByTestId('helper-name').textContent).toBe('Priya Raman');
    expect(screen.getByTestId('helper-company').textContent).toBe('Stripe');
  });

  it('drafts a short connection note in the user voice, with a live counter', () => {
    setup();
    open();
    expect(draft().value).toMatch(/^Hi Priya, /);
    expect(draft().value).toMatch(/15 minutes/);
    expect(draft().value).toMatch(/Jordan$/);
    expect(screen.getByText(`${[...draft().value].length} / 200`)).toBeTruthy();
    const text = 'Hi Priya, could I pick your brain about an informational interview? 🙂';
    fireEvent.input(draft(), { target: { value: text } });
    // Counted as LinkedIn counts: the emoji is one character, not two UTF-16 units.
    expect(screen.getByText(`${text.length - 1} / 200`)).toBeTruthy();
    expect(screen.getByText(/'pick your brain' can sound like taking/i)).toBeTruthy();
    expect(screen.getByText(/put on the spot by 'informational interview'/)).toBeTruthy();
  });

  it('flags a draft over the note limit', () => {
    setup();
    open();
    fireEvent.input(draft(), { target: { value: `Hi Priya, would you have 15 minutes? ${'x'.repeat(200)}` } });
    expect(document.querySelector('.counter.over')).not.toBeNull();
    expect(screen.getByText(/longer than LinkedIn allows/)).toBeTruthy();
  });

  it('switches to an email draft and logs the request with its channel and goal', async () => {
    const calls = setup();
    open();
    fireEvent.click(screen.getByLabelText(HELPER_STRINGS.kinds.email));
    expect(draft().value).not.toMatch(/^Hi Priya, I'm a lawyer moving into product\. I'd value/);
    fireEvent.click(screen.getByLabelText(/A memorable impression/));
    fireEvent.click(screen.getByTestId('log-request'));
    await waitFor(() => expect(calls.onLogRequest).toHaveBeenCalledTimes(1));
    expect(calls.onLogRequest.mock.calls[0]![0]).toMatchObject({ channel: 'email', goal: 3 });
    await waitFor(() => expect(screen.getByText(HELPER_STRINGS.logged)).toBeTruthy());
  });

  it('copies the draft, and says what to do when no LinkedIn box is open for Insert', async () => {
    const calls = setup();
    open();
    fireEvent.click(screen.getByTestId('copy-draft'));
    await waitFor(() => expect(screen.getByText(HELPER_STRINGS.copied)).toBeTruthy());
    expect(calls.onCopy).toHaveBeenCalledWith(draft().value);
    fireEvent.click(screen.getByText(HELPER_STRINGS.insert));
    await waitFor(() => expect(screen.getByText(HELPER_STRINGS.noBox)).toBeTruthy());
    expect(calls.onInsert).toHaveBeenCalledWith(draft().value, 'note');
  });

  it('where the page could not be read: says so plainly, opens on the fields, and drafts without a name', () => {
    const empty = { name: '', firstName: '', headline: '', company: '', role: '', location: '' };
    const calls = setup({ person: empty, missing: ['name', 'headline', 'company', 'role', 'location'] });
    open();
    expect(screen.getByTestId('page-not-read').textContent).toBe(HELPER_STRINGS.pageNotRead);
    expect(screen.getByTestId('helper-name').textContent).toBe('');
    expect(screen.getByTestId('helper-company').textContent).toBe('');
    expect(draft().value).toMatch(/^Hi, /);
    expect(draft().value).not.toMatch(/\bat\s*[?.]|undefined|\{/);
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'Priya Raman' } });
    expect(calls.onPersonChange).toHaveBeenCalledWith('name', 'Priya Raman');
  });

  it('once they accepted the connection note: says so, and starts on a LinkedIn message', () => {
    setup({ accepted: true });
    open();
    expect(screen.getByTestId('accepted').textContent).toBe(HELPER_STRINGS.accepted('Priya'));
    expect(screen.getByTestId('accepted').textContent).toMatch(/^Priya accepted your invitation/);
    expect((screen.getByLabelText(HELPER_STRINGS.kinds.message) as HTMLInputElement).checked).toBe(true);
    expect(draft().value).not.toBe('');
  });

  it('lets the user correct what the page showed', () => {
    const calls = setup({ missing: ['location'], person: { ...person, location: '' } });
    open();
    expect(screen.getByText(/Couldn't read location/)).toBeTruthy();
    fireEvent.click(screen.getByText(HELPER_STRINGS.edit));
    fireEvent.change(screen.getByLabelText('Company'), { target: { value: ' Stripe, Inc. ' } });
    expect(calls.onPersonChange).toHaveBeenCalledWith('company', 'Stripe, Inc.');
  });

  it('shows the history with its points and opens the outcome form for one conversation', () => {
    const renderOutcome = vi.fn(() => <p>outcome form</p>);
    setup({ history: [met], renderOutcome });
    open();
    expect(screen.getByText('Met')).toBeTruthy();
    expect(document.querySelector('.history .pts')?.textContent).toBe('3 pts');
    fireEvent.click(screen.getByText(HELPER_STRINGS.recordOutcome));
    expect(screen.getByText('outcome form')).toBeTruthy();
  });

  it('offers the plan for a chat asked for or scheduled, not for one that took place', () => {
    const renderPrepare = vi.fn((_c: unknown, close: () => void) => (
      <button type="button" onClick={close}>
        the plan
      </button>
    ));
    const asked = { ...met, id: 'asked-1', status: 'requested' as const, metAt: null };
    setup({ history: [met, asked], renderPrepare });
    open();
    const buttons = screen.getAllByRole('button', { name: HELPER_STRINGS.prepare });
    expect(buttons).toHaveLength(1);
    fireEvent.click(buttons[0]!);
    expect(renderPrepare).toHaveBeenLastCalledWith(expect.objectContaining({ id: 'asked-1' }), expect.any(Function));
    fireEvent.click(screen.getByText('the plan'));
    expect(screen.queryByText('the plan')).toBeNull();
  });

  it('warns near the weekly invitation limit and when the monthly notes are used', () => {
    setup({
      counts: { invitationsThisWeek: 85, notesThisMonth: 5, weeklyInvitationLimit: 100, monthlyNoteAllowance: 5 },
    });
    open();
    expect(screen.getByText(HELPER_STRINGS.nearRequestLimit)).toBeTruthy();
    expect(screen.getByText(HELPER_STRINGS.overNoteAllowance)).toBeTruthy();
  });

  it('takes back a request logged by mistake', async () => {
    const undo = vi.fn(async () => true);
    const calls = setup();
    calls.onLogRequest.mockResolvedValue(undo as never);
    open();
    fireEvent.click(screen.getByTestId('log-request'));
    await waitFor(() => expect(screen.getByText(HELPER_STRINGS.undo)).toBeTruthy());
    fireEvent.click(screen.getByText(HELPER_STRINGS.undo));
    await waitFor(() => expect(screen.getByText(HELPER_STRINGS.undone)).toBeTruthy());
    expect(undo).toHaveBeenCalledTimes(1);
    expect(screen.queryByText(HELPER_STRINGS.undo)).toBeNull();
  });

  it('leaves text the user typed in LinkedIn box alone', async () => {
    const calls = setup();
    calls.onInsert.mockReturnValue('not-empty');
    open();
    fireEvent.click(screen.getByText(HELPER_STRINGS.insert));
    await waitFor(() => expect(screen.getByText(HELPER_STRINGS.notEmpty)).toBeTruthy());
  });

  it('takes focus into the panel when it opens', () => {
    setup();
    open();
    expect(document.activeElement?.id).toBe('fifteen-panel');
  });

  it('closes with Escape and gives focus back to the pill', () => {
    setup();
    open();
    fireEvent.keyDown(draft(), { key: 'Escape' });
    expect(screen.queryByTestId('draft')).toBeNull();
    expect(document.activeElement).toBe(screen.getByTestId('helper-toggle'));
  });
});
