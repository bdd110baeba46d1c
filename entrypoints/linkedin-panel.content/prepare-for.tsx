// The plan for a chat with the person on the page (the Prepare view), from what the page and the
// store know of them.
import { PrepareView } from '@/components/prepare-view';
import { PREPARE_STRINGS } from '@/components/prepare-view-strings';
import type { Conversation } from '@/utils/domain/model';
import type { Person } from '@/utils/domain/person';
import { effectiveQuestions, guideFor, personBrief } from '@/utils/domain/prepare';
import { templateVars, type DraftAuthor } from '@/utils/domain/templates';
import { callRemote } from '@/utils/messaging/client';
import type { ProfileState } from './use-profile-state';

const NO_RECORDS = { contacts: new Map(), conversations: new Map() };

export function PrepareFor(props: {
  conversation: Conversation;
  slug: string;
  person: Person;
  me: DraftAuthor;
  state: ProfileState | null;
  close: () => void;
}) {
  const { conversation, person, state } = props;
  return (
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
        templateVars(person, props.me),
      )}
      strings={PREPARE_STRINGS}
      onSaveNotes={async (notes) => {
        if (!(await callRemote('savePrepNotes', conversation.id, props.slug, notes)))
          throw new Error(PREPARE_STRINGS.gone);
      }}
      onBack={props.close}
    />
  );
}
