// Wires the helper view to the page (what it shows, LinkedIn's note box and composer) and to the
// store (through the background). One instance per mounted helper.
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { Helper } from '@/components/helper/helper';
import { HELPER_STRINGS } from '@/components/helper/helper-strings';
import { OutcomeForm, OUTCOME_FORM_STRINGS } from '@/components/outcome-form';
import { PrepareView, PREPARE_STRINGS } from '@/components/prepare-view';
import { acceptedInvitation } from '@/utils/domain/accepted';
import { effectiveQuestions, guideFor, personBrief } from '@/utils/domain/prepare';
import { templateVars } from '@/utils/domain/templates';
import { personOf, withEdits, type Person } from '@/utils/domain/person';
import type { ContactInput } from '@/utils/domain/records';
import type { Template } from '@/utils/domain/model';
import type { ProfileReading } from '@/utils/linkedin/profile';
import {
  findComposer,
  findNoteBox,
  hasText,
  insertIntoComposer,
  insertIntoNoteBox,
  readNoteLimit,
} from '@/utils/linkedin/compose';
import { watchStore } from '@/utils/store/watch';
import { callRemote, type RemoteResult } from '@/utils/messaging/client';

type State = RemoteResult<'profileState'>;
const NO_TEMPLATES: Template[] = [];
const NO_RECORDS = { contacts: new Map(), conversations: new Map() };

export function HelperApp(props: {
  reading: ProfileReading;
  floating: boolean;
  onError: (e: unknown) => void;
  initiallyOpen?: boolean;
  /**
   * The first read, if the caller has it already (null: it failed). The first render is then the
   * panel as it will stay, draft included: no effect and no second render to wait for.
   */
  initialState?: State | null;
}) {
  const { reading, floating, onError, initialState } = props;
  const [state, setState] = useState<State | null>(initialState ?? null);
  // Until the first read has answered (or failed), an open panel would show an empty draft.
  const [answered, setAnswered] = useState(initialState !== undefined);
  const [person, setPerson] = useState<Person>(() => withEdits(personOf(reading), initialState?.contact));
  const [open, setOpen] = useState(props.initiallyOpen ?? false);

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

  const contactInput = useCallback(
    (p: Person): ContactInput => ({
      id: reading.slug,
      name: p.name,
      firstName: p.firstName || null,
      headline: p.headline,
      company: p.company,
      role: p.role,
      location: p.location,
      profileUrl: `https://www.linkedin.com/in/${encodeURIComponent(reading.slug)}/`,
      source: 'linkedin-profile',
    }),
    [reading.slug],
  );

  // They accepted the connection note: the profile now shows them as 1st degree. Said in the
  // panel, and the day it was first seen recorded on the request (once).
  const accepted = useMemo(
    () => (state ? acceptedInvitation(state.conversations, reading.degree) : null),
    [state, reading.degree],
  );
  useEffect(() => {
    if (accepted && !accepted.acceptedAt) callRemote('markAccepted', accepted.id, reading.slug).catch(onError);
  }, [accepted?.id, accepted?.acceptedAt]);

  const settings = state?.settings;
  // The limit LinkedIn's open note box shows wins over the setting (a Premium account left on 200).
  const noteLimit = (open && readNoteLimit(document)) || settings?.noteLimit || 200;
  const me = useMemo(
    () => ({ myName: settings?.myName ?? '', exploring: settings?.exploring ?? '', pitch: settings?.pitch ?? '' }),
    [settings],
  );

  return (
    <Helper
      strings={HELPER_STRINGS}
      person={person}
      missing={reading.missing}
      onPersonChange={(field, value) => {
        const next = { ...person, [field]: value, ...(field === 'name' ? { firstName: '' } : {}) };
        setPerson(next);
        callRemote('saveContact', contactInput(next), [field]).catch(onError);
      }}
      me={me}
      noteLimit={noteLimit}
      templates={state?.templates ?? NO_TEMPLATES}
      history={state?.conversations ?? []}
      counts={
        settings && state
          ? {
              invitationsThisWeek: state.invitationsThisWeek,
              notesThisMonth: state.notesThisMonth,
              weeklyInvitationLimit: settings.weeklyInvitationLimit,
              monthlyNoteAllowance: settings.monthlyNoteAllowance,
            }
          : null
      }
      onCopy={copyText}
      onInsert={(text, kind) => {
        // Never over text the user typed themselves: they keep it, and can copy the draft instead.
        if (kind === 'note') {
          const box = findNoteBox(document);
          if (!box) return 'no-box';
          return hasText(box) ? 'not-empty' : insertIntoNoteBox(box, text) ? 'inserted' : 'no-box';
        }
        const composer = findComposer(document, reading.slug);
        if (!composer) return 'no-box';
        if (hasText(composer)) return 'not-empty';
        insertIntoComposer(composer, text);
        return 'inserted';
      }}
      onLogRequest={async ({ channel, goal, requestedAt }) => {
        const logged = await callRemote('logRequest', { contact: contactInput(person), channel, goal, requestedAt });
        return () => callRemote('undoRequest', logged.id, reading.slug);
      }}
      renderOutcome={(conversation, close) => (
        <OutcomeForm
          conversation={conversation}
          personName={person.name}
          strings={OUTCOME_FORM_STRINGS}
          initialReferralNames={conversation.referrals.map((id) => state?.names[id] ?? id)}
          initialContactPersonName={
            conversation.contactPerson ? (state?.names[conversation.contactPerson] ?? conversation.contactPerson) : null
          }
          onSubmit={async (input) => {
            await callRemote('recordOutcome', conversation.id, input);
            close();
          }}
          onCancel={close}
        />
      )}
      renderPrepare={(conversation, close) => (
        <PrepareView
          conversation={conversation}
          brief={{
            ...personBrief(state?.contact ?? undefined, person.name, NO_RECORDS),
            ...person,
            found: state?.referrer ? { kind: 'referral', by: state.referrer } : { kind: 'profile' },
          }}
          guide={guideFor(
            conversation.goal,
            effectiveQuestions(state?.settings.prepQuestions),
            templateVars(person, me),
          )}
          strings={PREPARE_STRINGS}
          onSaveNotes={async (notes) => {
            if (!(await callRemote('savePrepNotes', conversation.id, reading.slug, notes)))
              throw new Error(PREPARE_STRINGS.gone);
          }}
          onBack={close}
        />
      )}
      accepted={!!accepted}
      open={open && answered}
      onOpenChange={setOpen}
      floating={floating}
    />
  );
}

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Some pages or browsers refuse the async clipboard; a selected textarea still copies.
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  }
}
