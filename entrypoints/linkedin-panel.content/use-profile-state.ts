// What the store knows about the person on the page, through the background: their history, the
// user's settings and templates, and their corrections, which win over what the page shows. Read
// again whenever the data changes.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { acceptedInvitation } from '@/utils/domain/accepted';
import { personOf, withEdits, type Person } from '@/utils/domain/person';
import type { ProfileReading } from '@/utils/linkedin/profile';
import { callRemote, type RemoteResult } from '@/utils/messaging/client';
import { watchStore } from '@/utils/store/watch';

export type ProfileState = RemoteResult<'profileState'>;

/**
 * `initialState`: the first read, if the caller has it already (null: it failed), so the first
 * render is the panel as it will stay.
 */
export function useProfileState(
  reading: ProfileReading,
  onError: (e: unknown) => void,
  initialState: ProfileState | null | undefined,
) {
  const [state, setState] = useState<ProfileState | null>(initialState ?? null);
  // Until the first read has answered (or failed), an open panel would show an empty draft.
  const [answered, setAnswered] = useState(initialState !== undefined);
  const [person, setPerson] = useState<Person>(() => withEdits(personOf(reading), initialState?.contact));

  // Reads this person's history and the user's settings (unless given); again whenever the data
  // changes.
  useEffect(() => {
    let alive = true;
    const load = () =>
      callRemote('profileState', reading.slug)
        .then((s) => alive && setState(s), onError)
        .finally(() => alive && setAnswered(true));
    if (initialState === undefined) load();
    // Only changes to the records and settings: not the reminders' bookkeeping or derived keys.
    const stop = watchStore(load);
    return () => {
      alive = false;
      stop();
    };
  }, [reading.slug, onError]);

  // A later read's corrections (made in another tab, say) are applied too.
  const contact = state?.contact;
  useEffect(() => {
    if (contact !== initialState?.contact) setPerson((p) => withEdits(p, contact));
  }, [contact]);

  // They accepted the connection note: the profile now shows them as 1st degree. Said in the
  // panel, and the day it was first seen recorded on the request (once).
  const accepted = useMemo(
    () => (state ? acceptedInvitation(state.conversations, reading.degree) : null),
    [state, reading.degree],
  );
  useEffect(() => {
    if (accepted && !accepted.acceptedAt) callRemote('markAccepted', accepted.id, reading.slug).catch(onError);
  }, [accepted?.id, accepted?.acceptedAt]);

  return { state, answered, person, setPerson, accepted: !!accepted };
}
