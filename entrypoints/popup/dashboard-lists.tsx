// The dashboard's lists under the points: what comes next (chats, thank-you notes, follow-ups),
// the recent conversations and the referral chains, with the outcome form under the one being
// recorded.
import { NextUp } from '@/components/next-up';
import { OutcomeForm } from '@/components/outcome-form';
import { RecentConversations } from '@/components/recent-conversations';
import { ReferralChains } from '@/components/referral-chains';
import type { Agenda, AgendaItem, ContactCard, DueItem } from '@/utils/domain/agenda';
import type { Conversation } from '@/utils/domain/model';
import type { OutcomeInput } from '@/utils/domain/records';
import { recordOutcome } from '@/utils/store/operations';
import { strings } from './strings';

export interface DashboardListsProps {
  agenda: Agenda;
  /** The records (or the lists' slices) the agenda was made from: whom the form is about. */
  records: { contacts: ReadonlyMap<string, ContactCard>; conversations: ReadonlyMap<string, Conversation> };
  now: Date;
  /** The conversation whose outcome is being recorded, if any. */
  editingId: string | null;
  onEdit(conversationId: string | null): void;
  onDone(item: DueItem): void;
  onOpenDraft(item: DueItem): void;
  onSnooze(item: DueItem, days: number): void;
  onOpenProfile(url: string): void;
  onAddToCalendar(item: AgendaItem): void;
  onPrepare(conversationId: string): void;
}

export function DashboardLists({ agenda, records, now, editingId, onEdit, ...on }: DashboardListsProps) {
  const editing = editingId ? records.conversations.get(editingId) : undefined;
  const nameOf = (id: string) => records.contacts.get(id)?.name || id;
  const form = editing && (
    <OutcomeForm
      key={editing.id}
      conversation={editing}
      personName={nameOf(editing.contactId)}
      strings={strings.outcomeForm}
      initialReferralNames={editing.referrals.map(nameOf)}
      initialContactPersonName={editing.contactPerson ? nameOf(editing.contactPerson) : null}
      now={now}
      onSubmit={async (input: OutcomeInput) => {
        await recordOutcome(editing.id, input);
        onEdit(null);
      }}
      onCancel={() => onEdit(null)}
    />
  );
  // The form appears once: under the upcoming chat when it is one, else under the recent item.
  const inUpcoming = agenda.upcoming.some((i) => i.conversation.id === editingId);
  return (
    <>
      <NextUp
        upcoming={agenda.upcoming}
        thankYou={agenda.thankYou}
        followUp={agenda.followUp}
        strings={strings.next}
        onDone={on.onDone}
        onOpenDraft={on.onOpenDraft}
        onSnooze={on.onSnooze}
        onOpenProfile={on.onOpenProfile}
        onRecord={onEdit}
        onAddToCalendar={on.onAddToCalendar}
        onPrepare={on.onPrepare}
        editingId={inUpcoming ? editingId : null}
        form={inUpcoming ? form : null}
      />
      <RecentConversations
        items={agenda.recent}
        strings={strings.recent}
        onRecord={onEdit}
        onPrepare={on.onPrepare}
        editingId={inUpcoming ? null : editingId}
        form={inUpcoming ? null : form}
      />
      <ReferralChains chains={agenda.chains} strings={strings.chains} />
    </>
  );
}
