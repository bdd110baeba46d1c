// Noticing the yes: a connection note was sent, and the person's profile now shows them as a
// 1st-degree connection, so they accepted. Fifteen never clicks anything on LinkedIn; it notices
// what the page shows, says so, and offers the next step (a message to set up the 15 minutes).
import type { Conversation } from './model';

/** The latest request sent as a connection note that is still waiting (status `requested`). */
export function pendingInvitation(conversations: Iterable<Conversation>): Conversation | null {
  let latest: Conversation | null = null;
  for (const c of conversations) {
    if (c.status !== 'requested' || c.channel !== 'linkedin-note') continue;
    if (!latest || (c.requestedAt ?? c.createdAt) > (latest.requestedAt ?? latest.createdAt)) latest = c;
  }
  return latest;
}

/**
 * The invitation this profile shows accepted: a pending note request, on a profile whose top card
 * says 1st degree (and only where the card says so plainly: `degree` is null when it does not).
 */
export function acceptedInvitation(
  conversations: Iterable<Conversation>,
  degree: 1 | 2 | 3 | null,
): Conversation | null {
  return degree === 1 ? pendingInvitation(conversations) : null;
}
