import { describe, expect, it } from 'vitest';
import { EDITABLE_FIELDS, PERSON_FIELDS, personOf, withEdits } from '@/utils/domain/person';
import { profileContactInput } from '@/utils/domain/records';
import { PRIYA } from '../support/priya';

const priya = PRIYA;

describe('person fields', () => {
  it('lists every field once, the editable ones among them', () => {
    expect(new Set(PERSON_FIELDS).size).toBe(PERSON_FIELDS.length);
    for (const f of EDITABLE_FIELDS) expect(PERSON_FIELDS).toContain(f);
    expect(EDITABLE_FIELDS).not.toContain('firstName');
  });
});

describe('personOf', () => {
  it('keeps the person and nothing else of a reading', () => {
    const reading = { ...priya, slug: 'priya-raman', degree: 2, missing: [] };
    expect(personOf(reading)).toEqual(priya);
    expect(Object.keys(personOf(reading))).toEqual([...PERSON_FIELDS]);
  });
});

describe('withEdits', () => {
  it('leaves the person as the page shows them without corrections', () => {
    expect(withEdits(priya, null)).toBe(priya);
    expect(withEdits(priya, { company: 'Acme', edited: [] })).toBe(priya);
  });

  it('lets the user’s corrections win', () => {
    const edited = withEdits(priya, { company: 'Acme', role: 'Counsel', edited: ['company'] });
    expect(edited).toEqual({ ...priya, company: 'Acme' });
  });

  it('drops the page’s first name when the name was corrected', () => {
    expect(withEdits(priya, { name: 'Priya R. Raman', edited: ['name'] })).toEqual({
      ...priya,
      name: 'Priya R. Raman',
      firstName: '',
    });
  });

  it('ignores corrections without a value, and fields that are not the person’s', () => {
    const contact = { company: null, notes: 'x', edited: ['company', 'notes'] };
    expect(withEdits(priya, contact)).toEqual(priya);
  });
});

describe('profileContactInput', () => {
  it('is what the helper saves of the person on a profile page', () => {
    expect(profileContactInput('josé-garcía', { ...priya, firstName: '' })).toEqual({
      id: 'josé-garcía',
      name: 'Priya Raman',
      firstName: null,
      headline: 'Senior Product Manager at Stripe',
      company: 'Stripe',
      role: 'Senior Product Manager',
      location: 'San Francisco Bay Area',
      profileUrl: 'https://www.linkedin.com/in/jos%C3%A9-garc%C3%ADa/',
      source: 'linkedin-profile',
    });
  });
});
