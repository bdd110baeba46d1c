import { describe, expect, it } from 'vitest';
import { pts, task } from '@/components/format-strings';
import { NEXT_UP_STRINGS } from '@/components/next-up-strings';
import { AFTER_DRAFT_STRINGS } from '@/components/after-draft-view-strings';

describe('the words the components share', () => {
  it('counts points in the singular and the plural', () => {
    expect(pts(1)).toBe('1 pt');
    expect(pts(0)).toBe('0 pts');
    expect(pts(4)).toBe('4 pts');
  });

  it('names what a reminder asks for, in every component that says it', () => {
    expect(task('thank-you')).toBe('thank-you note');
    expect(task('follow-up')).toBe('follow-up');
    expect(NEXT_UP_STRINGS.doneLabel('thank-you', 'Priya')).toBe('Mark the thank-you note to Priya as done');
    expect(AFTER_DRAFT_STRINGS.doneLabel('follow-up', 'Priya')).toBe('Sent: mark done (the follow-up to Priya)');
  });
});
