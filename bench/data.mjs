// Realistic Fifteen data for the benchmarks: contacts and conversations in the shapes of
// utils/domain/model.ts, about five conversations per contact, spread over the last three years
// (so this week and this month hold some), and the sharded storage.local layout of
// utils/store/layout.ts. Self-contained functions: they are also sent into extension pages.

/**
 * `n` conversations and about n/5 contacts, deterministic for a given `nowMs`.
 * Returns { contacts, conversations, expectedTotal } (the points total the popup must show).
 */
export function generateData(n, nowMs) {
  let seed = 15;
  const rand = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296;
  const pick = (xs) => xs[Math.floor(rand() * xs.length)];
  const iso = (ms) => new Date(ms).toISOString();
  const DAY = 86_400_000;
  const SPAN = 3 * 365 * DAY;
  const firsts = [
    'Priya',
    'Marcus',
    'Camille',
    'Jonas',
    'Ada',
    'Sam',
    'Li',
    'Fatima',
    'Diego',
    'Noor',
    'Grace',
    'Tomás',
  ];
  const lasts = [
    'Raman',
    'Oyelaran',
    'Dubois',
    'Weber',
    'Lovelace',
    'Okafor',
    'Chen',
    'Haddad',
    'Alvarez',
    'Iqbal',
    'Hopper',
    'Silva',
  ];
  const companies = [
    'Stripe',
    'Shopify',
    'Linklaters',
    'Allen & Overy',
    'Deloitte',
    'NHS Digital',
    'Monzo',
    'Spotify',
    'Siemens',
    'Doctolib',
  ];
  const roles = [
    'Senior Product Manager',
    'Associate',
    'Engineering Manager',
    'Counsel',
    'Data Scientist',
    'Head of Design',
    'Partner',
  ];
  const places = ['London', 'San Francisco Bay Area', 'Paris', 'Berlin', 'Toronto', 'Remote'];
  const statuses = ['met', 'met', 'met', 'requested', 'scheduled', 'declined', 'no-response'];
  const channels = ['linkedin-note', 'linkedin-message', 'email', 'other'];
  const notes = [
    '',
    '',
    'Talked about how the team is organised and what they look for.',
    'Suggested I read their engineering blog first.',
  ];

  const contactCount = Math.max(1, Math.round(n / 5));
  const contacts = [];
  for (let i = 0; i < contactCount; i++) {
    const first = pick(firsts);
    const last = pick(lasts);
    const company = pick(companies);
    const role = pick(roles);
    const id = `${first}-${last}-${i.toString(36)}`.toLowerCase();
    const created = nowMs - Math.floor(rand() * SPAN);
    contacts.push({
      id,
      name: `${first} ${last}`,
      firstName: first,
      profileUrl: `https://www.linkedin.com/in/${id}/`,
      headline: `${role} at ${company}`,
      company,
      role,
      location: pick(places),
      referredBy: null,
      source: 'helper',
      notes: pick(notes),
      createdAt: iso(created),
      updatedAt: iso(created),
    });
  }
  const conversations = [];
  let expectedTotal = 0;
  for (let i = 0; i < n; i++) {
    const contact = contacts[i % contactCount];
    const requested = nowMs - Math.floor(rand() * SPAN);
    const status = pick(statuses);
    const met = status === 'met' ? requested + Math.floor(rand() * 14 * DAY) : null;
    const outcomes =
      status === 'met'
        ? { connected: true, referral: rand() < 0.5, memorable: rand() < 0.3, opening: rand() < 0.1 }
        : { connected: false, referral: false, memorable: false, opening: false };
    if (status === 'met') expectedTotal += outcomes.opening ? 4 : outcomes.memorable ? 3 : outcomes.referral ? 2 : 1;
    const updated = Math.min(nowMs, (met ?? requested) + DAY);
    conversations.push({
      id: `c${i.toString(36)}-${Math.floor(rand() * 1e9).toString(36)}`,
      contactId: contact.id,
      status,
      channel: pick(channels),
      goal: 1 + Math.floor(rand() * 4),
      requestedAt: iso(requested),
      scheduledFor: status === 'scheduled' || met ? iso(met ?? requested + 7 * DAY) : null,
      metAt: met ? iso(met) : null,
      outcomes,
      referrals: outcomes.referral ? [contacts[(i * 7 + 3) % contactCount].id] : [],
      contactPerson: outcomes.opening ? contacts[(i * 11 + 5) % contactCount].id : null,
      notes: pick(notes),
      thankYouDoneAt: met && rand() < 0.8 ? iso(met + DAY) : null,
      followUpDoneAt: null,
      thankYouSnoozedUntil: null,
      followUpSnoozedUntil: null,
      createdAt: iso(requested),
      updatedAt: iso(updated),
    });
  }
  return { contacts, conversations, expectedTotal };
}

/** The seeding, as an expression for page.evaluate (extension pages forbid eval, CDP doesn't). */
export const seedExpression = (n, nowMs) => `(${seedInExtensionPage})((${generateData}), ${n}, ${nowMs})`;

/**
 * Runs in an extension page: empties storage.local and writes `n` generated conversations in
 * the sharded layout (16 shards per table by FNV-1a of the id, plus fifteen:meta). Returns the
 * expected points total and the bytes in use (Chromium).
 */
export async function seedInExtensionPage(generate, n, nowMs) {
  const { contacts, conversations, expectedTotal } = generate(n, nowMs);
  const shardOf = (id) => {
    let h = 0x811c9dc5;
    for (let i = 0; i < id.length; i++) {
      h ^= id.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    return (h >>> 0) % 16;
  };
  // The layout of utils/store (version 2): each shard of records as JSON text.
  const items = { 'fifteen:meta': { schemaVersion: 2 } };
  for (const [table, records] of [
    ['contacts', contacts],
    ['conversations', conversations],
  ]) {
    for (const r of records) {
      const key = `fifteen:${table}:${shardOf(r.id).toString(16)}`;
      (items[key] ??= {})[r.id] = r;
    }
  }
  // As utils/store/codec.ts writes them: gzip-compressed JSON, base64, behind "gz:".
  const gz = async (text) => {
    const bytes = new Uint8Array(
      await new Response(new Blob([text]).stream().pipeThrough(new CompressionStream('gzip'))).arrayBuffer(),
    );
    let s = '';
    for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return `gz:${btoa(s)}`;
  };
  for (const key of Object.keys(items)) if (key !== 'fifteen:meta') items[key] = await gz(JSON.stringify(items[key]));
  const area = (globalThis.browser ?? globalThis.chrome).storage.local;
  await area.clear();
  await area.set(items);
  const bytes = area.getBytesInUse ? await area.getBytesInUse(null) : null;
  return { expectedTotal, bytes, contacts: contacts.length };
}
