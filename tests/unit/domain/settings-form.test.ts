import { describe, expect, it } from 'vitest';
import { readNumberField, readNumberFields } from '@/utils/domain/settings-form';
import { lastProfileContact } from '@/utils/domain/records';
import type { Contact } from '@/utils/domain/model';

describe('reading number fields', () => {
  it('accepts whole numbers in range, with spaces around', () => {
    expect(readNumberField('weeklyPointsGoal', ' 12 ')).toEqual({ ok: true, value: 12 });
    expect(readNumberField('thankYouHour', '0')).toEqual({ ok: true, value: 0 });
    expect(readNumberField('thankYouHour', '23')).toEqual({ ok: true, value: 23 });
  });

  it('says why a value cannot be saved', () => {
    expect(readNumberField('weeklyPointsGoal', '')).toEqual({ ok: false, problem: { code: 'empty' } });
    expect(readNumberField('weeklyPointsGoal', 'ten')).toEqual({ ok: false, problem: { code: 'not-a-number' } });
    expect(readNumberField('weeklyPointsGoal', '1e3')).toEqual({ ok: false, problem: { code: 'not-a-number' } });
    expect(readNumberField('weeklyPointsGoal', '2.5')).toEqual({ ok: false, problem: { code: 'not-whole' } });
    expect(readNumberField('thankYouHour', '24')).toEqual({
      ok: false,
      problem: { code: 'out-of-range', min: 0, max: 23 },
    });
    expect(readNumberField('weeklyRequestGoal', '-1')).toEqual({
      ok: false,
      problem: { code: 'out-of-range', min: 0, max: 1000 },
    });
  });

  it('puts only the valid fields into the patch', () => {
    const r = readNumberFields({ weeklyPointsGoal: '8', followUpDelayDays: '400', thankYouDelayDays: '2' });
    expect(r.patch).toEqual({ weeklyPointsGoal: 8, thankYouDelayDays: 2 });
    expect(r.problems).toEqual({ followUpDelayDays: { code: 'out-of-range', min: 0, max: 365 } });
  });
});

describe('the last profile the user opened', () => {
  const c = (id: string, updatedAt: string, source: string | null = null): Contact => ({
    id,
    name: id,
    firstName: null,
    profileUrl: null,
    headline: null,
    company: null,
    role: null,
    location: null,
    referredBy: null,
    source,
    connectedOn: null,
    edited: [],
    notes: '',
    createdAt: updatedAt,
    updatedAt,
  });

  it('is the most recently updated contact from a profile page', () => {
    const contacts = [
      c('old', '2026-01-01T00:00:00.000Z', 'linkedin-profile'),
      c('newer', '2026-03-01T00:00:00.000Z'),
      c('from-csv', '2026-05-01T00:00:00.000Z', 'linkedin-connections'),
      c('referred', '2026-06-01T00:00:00.000Z', 'referral'),
    ];
    expect(lastProfileContact(contacts)?.id).toBe('newer');
    expect(lastProfileContact([contacts[2]!])).toBeNull();
  });
});
