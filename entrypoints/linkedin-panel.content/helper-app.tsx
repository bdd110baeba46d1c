// Wires the helper view to the page (what it shows, LinkedIn's note box and composer) and to the
// store (through the background). One instance per mounted helper.
import { useMemo, useState } from 'preact/hooks';
import { Helper } from '@/components/helper/helper';
import { HELPER_STRINGS } from '@/components/helper/helper-strings';
import { OutcomeForm } from '@/components/outcome-form';
import { OUTCOME_FORM_STRINGS } from '@/components/outcome-form-strings';
import { profileContactInput } from '@/utils/domain/records';
import type { Template } from '@/utils/domain/model';
import type { ProfileReading } from '@/utils/linkedin/profile';
import { readNoteLimit } from '@/utils/linkedin/compose';
import { callRemote } from '@/utils/messaging/client';
import { copyText, insertIntoPage } from './page-actions';
import { PrepareFor } from './prepare-for';
import { useProfileState, type ProfileState } from './use-profile-state';

const NO_TEMPLATES: Template[] = [];

export function HelperApp(props: {
  reading: ProfileReading;
  floating: boolean;
  onError: (e: unknown) => void;
  initiallyOpen?: boolean;
  /**
   * The first read, if the caller has it already (null: it failed). The first render is then the
   * panel as it will stay, draft included: no effect and no second render to wait for.
   */
  initialState?: ProfileState | null;
}) {
  const { reading, floating, onError } = props;
  const { slug } = reading;
  const { state, answered, person, setPerson, accepted } = useProfileState(reading, onError, props.initialState);
  const [open, setOpen] = useState(props.initiallyOpen ?? false);

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
        callRemote('saveContact', profileContactInput(slug, next), [field]).catch(onError);
      }}
      me={me}
      noteLimit={noteLimit}
      templates={state?.templates ?? NO_TEMPLATES}
      history={state?.conversations ?? []}
      counts={countsOf(state)}
      onCopy={copyText}
      onInsert={(text, kind) => insertIntoPage(text, kind, slug)}
      onLogRequest={async ({ channel, goal, requestedAt }) => {
        const contact = profileContactInput(slug, person);
        const logged = await callRemote('logRequest', { contact, channel, goal, requestedAt });
        return () => callRemote('undoRequest', logged.id, slug);
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
        <PrepareFor conversation={conversation} slug={slug} person={person} me={me} state={state} close={close} />
      )}
      accepted={accepted}
      open={open && answered}
      onOpenChange={setOpen}
      floating={floating}
    />
  );
}

/** The invitations and notes sent, against the user's limits, once the store has answered. */
function countsOf(state: ProfileState | null) {
  const settings = state?.settings;
  return settings && state
    ? {
        invitationsThisWeek: state.invitationsThisWeek,
        notesThisMonth: state.notesThisMonth,
        weeklyInvitationLimit: settings.weeklyInvitationLimit,
        monthlyNoteAllowance: settings.monthlyNoteAllowance,
      }
    : null;
}
