import { describe, expect, it } from 'vitest';
import { draftProblems, firstDraft, outcomeInput } from '@/components/outcome-draft';
import type { Conversation } from '@/utils/domain/model';

const conversation = {
  id: 'c1',
  contactId: 'priya',
  status: 'scheduled',
  channel: 'linkedin-note',
  goal: 3,
  requestedAt: '2026-11-02T09:00:00.000Z',
  scheduledFor: '2026-11-10T09:00:00.000Z',
  metAt: null,
  outcomes: { connected: false, referral: false, memorable: false, opening: false },
  referrals: [],
  contactPerson: null,
  notes: '',
  createdAt: '2026-11-02T09:00:00.000Z',
  updatedAt: '2026-11-02T09:00:00.000Z',
} as Conversation;
const now = new Date(2026, 10, 20, 15, 0); // local time

describe('the outcome draft', () => {
  it('opens a requested chat as met, on the day it was planned when that has passed', () => {
    const d = firstDraft({ ...conversation, status: 'requested' }, { referralNames: ['Ana', 'Ben'] }, now);
    expect(d.status).toBe('met');
    expect(d.metDate).toBe('2026-11-10');
    expect(d.duration).toBe('15');
    expect(d.referralText).toBe('Ana, Ben');
    expect(d.contactPerson).toBe('');
  });

  it('says which fields cannot be saved, by the key of their message', () => {
    const d = firstDraft({ ...conversation, status: 'requested' }, {}, now);
    expect(draftProblems(d, now)).toEqual({});
    const met = { ...d, metDate: '2026-11-21', outcomes: { ...d.outcomes, referral: true, opening: true } };
    expect(draftProblems(met, now)).toEqual({
      metDate: 'metDateFuture',
      referralNames: 'referralNames',
      contactPerson: 'contactPerson',
    });
    const scheduled = { ...d, status: 'scheduled' as const, scheduledFor: '', duration: '241' };
    expect(draftProblems(scheduled, now)).toEqual({ scheduledFor: 'scheduledFor', duration: 'duration' });
  });

  it('gives out only what the status keeps', () => {
    const d = firstDraft(conversation, {}, now);
    expect(outcomeInput({ ...d, status: 'declined', notes: ' no ' }, conversation, now)).toEqual({
      status: 'declined',
      notes: 'no',
    });
    expect(outcomeInput({ ...d, duration: '30' }, conversation, now)).toMatchObject({
      status: 'scheduled',
      durationMinutes: 30,
    });
  });
});
