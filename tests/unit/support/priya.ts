// Priya Raman, the person most unit tests meet: as a whole Person, and as the helper reads her
// from a classic profile's top card (name and company stated; no headline, role or location).
import type { Person } from '@/utils/domain/person';
import type { ProfileReading } from '@/utils/linkedin/profile';

export const PRIYA: Person = {
  name: 'Priya Raman',
  firstName: 'Priya',
  headline: 'Senior Product Manager at Stripe',
  company: 'Stripe',
  role: 'Senior Product Manager',
  location: 'San Francisco Bay Area',
};

export const PRIYA_READING: ProfileReading = {
  slug: 'priya-raman',
  frontEnd: 'classic',
  name: 'Priya Raman',
  firstName: 'Priya',
  headline: '',
  company: 'Stripe',
  role: '',
  location: '',
  degree: 2,
  missing: [],
  nameMatchesTitle: true,
};
