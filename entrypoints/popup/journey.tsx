// The popup's screens for one conversation, shown in place of the dashboard: the plan for a
// chat (Prepare). Wiring only: snapshot → domain → view; view callbacks → store operations.
import { PrepareView } from '@/components/prepare-view';
import type { AgendaItem } from '@/utils/domain/agenda';
import { isLinkedInProfileUrl } from '@/utils/domain/model';
import { effectiveQuestions, guideFor, personBrief } from '@/utils/domain/prepare';
import { templateVars } from '@/utils/domain/templates';
import { updateConversation } from '@/utils/store/operations';
import type { Snapshot } from '@/utils/store/repository';
import { strings } from './strings';

export type Screen = { kind: 'prepare'; id: string };

export interface JourneyProps {
  screen: Screen;
  snapshot: Snapshot;
  onBack(): void;
  onOpenUrl(url: string): void;
  onAddToCalendar(item: AgendaItem): void;
}

export function JourneyScreen({ screen, snapshot, onBack, onOpenUrl, onAddToCalendar }: JourneyProps) {
  const conversation = snapshot.conversations.get(screen.id);
  if (!conversation) return null;
  const contact = snapshot.contacts.get(conversation.contactId);
  const item: AgendaItem = { conversation, contact, name: contact?.name || conversation.contactId };
  const profile = contact?.profileUrl && isLinkedInProfileUrl(contact.profileUrl) ? contact.profileUrl : null;
  const vars = templateVars(contact ?? { name: item.name }, snapshot.settings);
  return (
    <PrepareView
      key={conversation.id}
      conversation={conversation}
      brief={personBrief(contact, item.name, snapshot)}
      guide={guideFor(conversation.goal, effectiveQuestions(snapshot.settings.prepQuestions), vars)}
      strings={strings.prepare}
      onSaveNotes={async (prepNotes) => void (await updateConversation(conversation.id, { prepNotes }))}
      onBack={onBack}
      onAddToCalendar={conversation.status === 'scheduled' && conversation.scheduledFor ? () => onAddToCalendar(item) : undefined}
      onOpenProfile={profile ? () => onOpenUrl(profile) : undefined}
    />
  );
}
