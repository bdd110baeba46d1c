import { describe, expect, it } from 'vitest';
import { acceptedInvitation, pendingInvitation } from '../../../utils/domain/accepted';
import type { Conversation } from '../../../utils/domain/model';

const conv = (id: string, over: Partial<Conversation>): Conversation =>
  ({
    id,
    contactId: 'priya-raman',
    status: 'requested',
    channel: 'linkedin-note',
    goal: 1,
    requestedAt: '2026-11-01T09:00:00.000Z',
    outcomes: { connected: false, referral: false, memorable: false, opening: false },
    referrals: [],
    contactPerson: null,
    notes: '',
    createdAt: '2026-11-01T09:00:00.000Z',
    updatedAt: '2026-11-01T09:00:00.000Z',
    ...over,
  }) as Conversation;

describe('noticing the yes', () => {
  it('the latest pending connection-note request', () => {
    const older = conv('a', { requestedAt: '2026-10-01T09:00:00.000Z' });
    const newer = conv('b', { requestedAt: '2026-11-20T09:00:00.000Z' });
    expect(pendingInvitation([older, newer])?.id).toBe('b');
    expect(
      pendingInvitation([
        conv('m', { channel: 'linkedin-message' }),
        conv('s', { status: 'scheduled' }),
        conv('d', { status: 'declined' }),
      ]),
    ).toBeNull();
  });

  it('only on a 1st-degree profile, and only where the card said so', () => {
    const pending = [conv('a', {})];
    expect(acceptedInvitation(pending, 1)?.id).toBe('a');
    expect(acceptedInvitation(pending, 2)).toBeNull();
    expect(acceptedInvitation(pending, null)).toBeNull();
    expect(acceptedInvitation([], 1)).toBeNull();
  });
});
