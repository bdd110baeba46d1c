// The popup's screens for one conversation, shown in place of the dashboard: the plan for a
// chat (Prepare), and the draft that comes with a thank-you or follow-up reminder. Wiring only:
// snapshot → domain → view; view callbacks → store operations.
import { AfterDraftView } from '@/components/after-draft-view';
import { PrepareView } from '@/components/prepare-view';
import { afterDraft } from '@/utils/domain/after-drafts';
import type { AgendaItem, DueItem } from '@/utils/domain/agenda';
import { isLinkedInProfileUrl } from '@/utils/domain/model';
import { effectiveQuestions, guideFor, personBrief } from '@/utils/domain/prepare';
import { effectiveTemplates, templateVars } from '@/utils/domain/templates';
import { updateConversation } from '@/utils/store/operations';
import type { Snapshot } from '@/utils/store/repository';
import { strings } from './strings';

export type Screen = { kind: 'prepare'; id: string } | { kind: 'draft'; id: string; reminder: DueItem['reminder'] };

export interface JourneyProps {
  screen: Screen;
  snapshot: Snapshot;
  onBack(): void;
  onOpenUrl(url: string): void;
  onAddToCalendar(item: AgendaItem): void;
  onCopy(text: string): Promise<void>;
  onDone(item: DueItem): void;
}

export function JourneyScreen({ screen, snapshot, onBack, onOpenUrl, onAddToCalendar, onCopy, onDone }: JourneyProps) {
  const conversation = snapshot.conversations.get(screen.id);
  if (!conversation) return null;
  const contact = snapshot.contacts.get(conversation.contactId);
  const item: AgendaItem = { conversation, contact, name: contact?.name || conversation.contactId };
  const profile = contact?.profileUrl && isLinkedInProfileUrl(contact.profileUrl) ? contact.profileUrl : null;
  if (screen.kind === 'draft') {
    const { reminder } = screen;
    return (
      <AfterDraftView
        key={`${conversation.id}:${reminder.kind}`}
        kind={reminder.kind}
        name={item.name}
        dueAt={reminder.dueAt}
        draft={afterDraft(
          reminder.kind,
          conversation,
          snapshot,
          snapshot.settings,
          effectiveTemplates(snapshot.settings.templates),
        )}
        strings={strings.afterDraft}
        profileUrl={profile}
        onCopy={onCopy}
        onOpenProfile={onOpenUrl}
        onDone={() => onDone({ ...item, reminder })}
        onBack={onBack}
      />
    );
  }
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
      onAddToCalendar={
        conversation.status === 'scheduled' && conversation.scheduledFor ? () => onAddToCalendar(item) : undefined
      }
      onOpenProfile={profile ? () => onOpenUrl(profile) : undefined}
    />
  );
}
