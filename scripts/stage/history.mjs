// A realistic history to seed the extension with, for `npm run demo`, `npm run screenshots` and
// the accessibility test: people, conversations at every level, and a referral chain.
// Test-side only: nothing here ships in the extension.

const DAY = 24 * 60 * 60 * 1000;
const iso = (t) => new Date(t).toISOString();

/** At `hour`:00 local time, `days` days from now (negative: in the past). */
function dayAt(now, days, hour, minute = 0) {
  const d = new Date(now);
  d.setDate(d.getDate() + days);
  d.setHours(hour, minute, 0, 0);
  return d.getTime();
}

const PEOPLE = [
  ['priya-raman', 'Priya Raman', 'Senior Product Manager', 'Stripe', 'San Francisco Bay Area'],
  ['marcus-oyelaran', 'Marcus Oyelaran', 'Product Lead', 'Plaid', 'New York, NY'],
  ['dana-whitfield', 'Dana Whitfield', 'Director of Product', 'Adyen', 'Amsterdam'],
  ['lena-fischer-7a2b', 'Lena Fischer', 'Group PM', 'Adyen', 'Berlin, Germany'],
  ['jonas-weber', 'Jonas Weber', 'Staff Engineer', 'Figma', 'Berlin, Germany'],
  ['camille-dubois-b3', 'Camille Dubois', 'Avocate, droit du numérique', 'Cabinet Lefèvre', 'Paris'],
  ['aiko-tanaka', 'Aiko Tanaka', 'Product Designer', 'Notion', 'Tokyo'],
  ['rafael-mendes', 'Rafael Mendes', 'Engineering Manager', 'Nubank', 'São Paulo'],
  ['grace-okonkwo', 'Grace Okonkwo', 'Head of Payments', 'Flutterwave', 'Lagos'],
  ['tom-becker', 'Tom Becker', 'Product Manager', 'N26', 'Berlin, Germany'],
  ['sofia-rossi', 'Sofia Rossi', 'UX Researcher', 'Spotify', 'Stockholm'],
  ['omar-haddad', 'Omar Haddad', 'Product Manager', 'Careem', 'Dubai'],
  ['hannah-lee', 'Hannah Lee', 'Chief of Staff', 'Ramp', 'New York, NY'],
  ['lucas-martin', 'Lucas Martin', 'Product Owner', 'Qonto', 'Paris'],
  ['mei-chen', 'Mei Chen', 'Senior PM, Risk', 'Wise', 'London'],
  ['ben-carter', 'Ben Carter', 'VP Product', 'Monzo', 'London'],
  ['ines-garcia', 'Inés García', 'Product Analyst', 'Revolut', 'Madrid'],
  ['kwame-asante', 'Kwame Asante', 'Partner Manager', 'Stripe', 'Dublin'],
  ['nina-petrov', 'Nina Petrov', 'Staff PM', 'Klarna', 'Stockholm'],
  ['david-kim', 'David Kim', 'Product Lead, Checkout', 'Shopify', 'Toronto'],
  ['julia-novak', 'Julia Novak', 'Recruiter, Product', 'Adyen', 'Amsterdam'],
];

/**
 * Builds the records of a history: `talk(contactId, {...})` adds one conversation (and its
 * contact, the first time) and returns its id.
 */
function historyBuilder(now) {
  const contacts = new Map();
  const addContact = (id, createdAt, referredBy = null) => {
    const [, name, role, company, location] = PEOPLE.find((p) => p[0] === id);
    contacts.set(id, {
      id,
      name,
      firstName: name.split(' ')[0],
      profileUrl: `https://www.linkedin.com/in/${id}/`,
      headline: `${role} at ${company}`,
      company,
      role,
      location,
      referredBy,
      source: 'linkedin-profile',
      notes: '',
      createdAt: iso(createdAt),
      updatedAt: iso(createdAt),
    });
  };
  const conversations = [];
  let n = 0;
  /**
   * One conversation. `met`: days ago it took place (negative); `level`: best level reached.
   * Reminders of meetings more than a few days old are marked done, except where `due` says.
   */
  const talk = (
    id,
    {
      status = 'met',
      asked,
      met,
      level = 0,
      goal,
      channel = 'linkedin-note',
      referrals = [],
      contactPerson = null,
      due = null,
      referredBy = null,
      notes = '',
      prepNotes = null,
    },
  ) => {
    const requestedAt = dayAt(now, asked, 9, 30);
    if (!contacts.has(id)) addContact(id, requestedAt, referredBy);
    const metAt = status === 'met' ? dayAt(now, met, 16) : null;
    const scheduledFor = status === 'scheduled' ? dayAt(now, met, 15, 30) : metAt;
    const done = (days) => (metAt && metAt + days * DAY < now ? iso(metAt + days * DAY) : null);
    const convo = {
      id: `sample-${++n}`,
      contactId: id,
      status,
      channel,
      goal: goal ?? Math.max(1, Math.min(4, level || 1)),
      requestedAt: iso(requestedAt),
      scheduledFor: scheduledFor && iso(scheduledFor),
      metAt: metAt && iso(metAt),
      outcomes: { connected: level >= 1, referral: level >= 2, memorable: level >= 3, opening: level >= 4 },
      referrals,
      contactPerson,
      notes,
      ...(prepNotes ? { prepNotes } : {}),
      thankYouDoneAt: due === 'thank-you' ? null : done(1),
      followUpDoneAt: due === 'follow-up' || due === 'thank-you' ? null : done(21),
      createdAt: iso(requestedAt),
      updatedAt: iso(metAt ?? requestedAt),
    };
    conversations.push(convo);
    return convo.id;
  };

  return { talk, contacts, conversations };
}

/** The referral chain: Priya suggested Marcus, Marcus suggested Dana, Dana named Julia as the
 * person to talk to about an opening. */
function referralChain(talk) {
  const p = talk('priya-raman', { asked: -80, met: -74, level: 3, goal: 2, referrals: ['marcus-oyelaran'] });
  const m = talk('marcus-oyelaran', {
    asked: -70,
    met: -63,
    level: 2,
    channel: 'linkedin-message',
    referrals: ['dana-whitfield'],
    referredBy: p,
  });
  const d = talk('dana-whitfield', {
    asked: -55,
    met: -48,
    level: 4,
    goal: 3,
    channel: 'email',
    contactPerson: 'julia-novak',
    referredBy: m,
  });
  talk('julia-novak', { asked: -44, met: -40, level: 3, goal: 4, channel: 'email', referredBy: d });
}

/** Everyone else: one-off chats at every level, a decline, a no-response, and open requests. */
function otherChats(talk) {
  talk('lena-fischer-7a2b', { asked: -78, met: -71, level: 1 });
  talk('aiko-tanaka', { asked: -76, status: 'declined' });
  talk('rafael-mendes', { asked: -69, met: -60, level: 2, referrals: ['omar-haddad'] });
  talk('omar-haddad', { asked: -58, met: -52, level: 1, channel: 'linkedin-message' });
  talk('grace-okonkwo', { asked: -66, status: 'no-response' });
  talk('tom-becker', { asked: -62, met: -56, level: 3, goal: 3 });
  talk('sofia-rossi', { asked: -50, met: -45, level: 1 });
  talk('hannah-lee', { asked: -47, met: -41, level: 2, goal: 2, channel: 'email' });
  talk('lucas-martin', { asked: -39, met: -35, level: 0 });
  talk('mei-chen', { asked: -36, met: -30, level: 3, goal: 3 });
  talk('ben-carter', {
    asked: -33,
    met: -25,
    level: 4,
    goal: 4,
    channel: 'linkedin-message',
    contactPerson: 'hannah-lee',
    due: 'follow-up',
  });
  talk('ines-garcia', { asked: -29, met: -22, level: 1, channel: 'email' });
  talk('kwame-asante', { asked: -26, met: -19, level: 2, goal: 2, channel: 'linkedin-message' });
  talk('nina-petrov', { asked: -21, met: -15, level: 3, goal: 3 });
  talk('david-kim', { asked: -17, met: -11, level: 1, channel: 'linkedin-message' });
  talk('jonas-weber', { asked: -14, met: -8, level: 3, goal: 3, channel: 'linkedin-message' });
  talk('camille-dubois-b3', {
    asked: -10,
    met: -2,
    level: 2,
    goal: 2,
    due: 'thank-you',
    referrals: ['kwame-asante'],
    notes: 'Their risk team reviews every launch with product from day one.',
  });
  talk('mei-chen', { asked: -9, met: -4, level: 4, goal: 4, channel: 'email' });
  talk('grace-okonkwo', {
    asked: -6,
    status: 'scheduled',
    met: 2,
    goal: 3,
    channel: 'linkedin-message',
    prepNotes:
      'She hires from operations into payments: mention my reconciliation project, and offer to send the write-up.',
  });
  talk('aiko-tanaka', { asked: -3, status: 'requested', goal: 1 });
  talk('sofia-rossi', { asked: -1, status: 'requested', goal: 3, channel: 'linkedin-message' });
}

/**
 * A backup (docs/backup-format.md, version 1) with ~25 conversations over the last 12 weeks: every level,
 * some requests still open, a decline and a no-response, a chat scheduled for later this week,
 * a thank-you note due, a follow-up due, and a referral chain Priya → Marcus → Dana → Julia.
 */
export function sampleBackup(now = Date.now()) {
  const { talk, contacts, conversations } = historyBuilder(now);
  referralChain(talk);
  otherChats(talk);
  return {
    format: 'fifteen-backup',
    version: 1,
    exportedAt: iso(now),
    contacts: [...contacts.values()],
    conversations,
    settings: {
      myName: 'Sam Okafor',
      exploring: 'product management in fintech',
      pitch: "I'm moving from payments ops into product.",
      weeklyPointsGoal: 5,
    },
  };
}
