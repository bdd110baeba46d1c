// One person as Fifteen knows them: what a profile page shows (utils/linkedin/profile.ts reads it),
// what the helper shows and lets the user correct, what a draft is written for, and what a contact
// stores (./model.ts). One shape and one field list for all of them. Pure TypeScript.

export interface Person {
  /** '' when unknown. */
  name: string;
  firstName: string;
  headline: string;
  company: string;
  /** The role of a headline "Role at Company" whose company is the one the card shows. */
  role: string;
  location: string;
}

/** Every field of a person, in the order a contact stores them. */
export const PERSON_FIELDS = [
  'name',
  'firstName',
  'headline',
  'company',
  'role',
  'location',
] as const satisfies readonly (keyof Person)[];
export type PersonField = (typeof PERSON_FIELDS)[number];

/**
 * The fields a page may not give and the user may type in, in the order the helper shows them.
 * The first name is not one: it follows from the name.
 */
export const EDITABLE_FIELDS = [
  'name',
  'company',
  'role',
  'headline',
  'location',
] as const satisfies readonly PersonField[];
export type EditableField = (typeof EDITABLE_FIELDS)[number];

/**
 * Some of a person's fields, as a stored contact or a form has them: a field it does not know is
 * absent or null. What a draft is written for.
 */
export type PartialPerson = { [K in PersonField]?: Person[K] | null };

/** Just the person's fields of something that holds more (a profile reading). */
export function personOf(source: Person): Person {
  return {
    name: source.name,
    firstName: source.firstName,
    headline: source.headline,
    company: source.company,
    role: source.role,
    location: source.location,
  };
}

/** What a stored contact says about the person, and which fields of it the user corrected. */
export type Corrected = PartialPerson & { edited?: readonly string[] | null };

/**
 * The user's corrections for this person win over what the page shows. A corrected name takes
 * the page's first name with it (a draft then uses the name's first word).
 */
export function withEdits(person: Person, contact: Corrected | null | undefined): Person {
  if (!contact?.edited?.length) return person;
  const next = { ...person };
  for (const field of contact.edited) {
    if (!(PERSON_FIELDS as readonly string[]).includes(field)) continue;
    const value = contact[field as PersonField];
    if (typeof value === 'string') next[field as PersonField] = value;
  }
  if (contact.edited.includes('name')) next.firstName = '';
  return next;
}
