// "Next": chats coming up, thank-you notes due and follow-ups due, each one click from done,
// snoozed or the person's profile. Props in, callbacks out. A long list of what is due (hundreds
// with years of history) shows its first few and a button for the rest: rendering them all
// took longer than reading the records.
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { AgendaItem, DueItem } from '@/utils/domain/agenda';
import { isLinkedInProfileUrl } from '@/utils/domain/model';
import type { NextUpStrings } from './next-up-strings';

export interface NextUpProps {
  upcoming: AgendaItem[];
  thankYou: DueItem[];
  followUp: DueItem[];
  strings: NextUpStrings;
  snoozeDays?: number[];
  /** How many of each list of what is due show before "Show all" (5). */
  shown?: number;
  onDone(item: DueItem): void;
  /** Shows the draft that comes with a reminder. */
  onOpenDraft?(item: DueItem): void;
  onSnooze(item: DueItem, days: number): void;
  onOpenProfile(url: string): void;
  onRecord(conversationId: string): void;
  /** Saves a scheduled chat as a calendar file. */
  onAddToCalendar?(item: AgendaItem): void;
  /** Opens the plan for a chat. */
  onPrepare?(conversationId: string): void;
  /** The outcome form, shown under the conversation it is for. */
  editingId?: string | null;
  form?: ComponentChildren;
}

/** The person's profile, when it is a LinkedIn profile address. */
function ProfileButton({ item, next }: { item: AgendaItem; next: NextUpProps }) {
  const s = next.strings;
  return item.contact?.profileUrl && isLinkedInProfileUrl(item.contact.profileUrl) ? (
    <button
      type="button"
      class="small"
      aria-label={s.profileLabel(item.name)}
      onClick={() => next.onOpenProfile(item.contact!.profileUrl!)}
    >
      {s.profile}
    </button>
  ) : null;
}

/** A chat coming up: record it, prepare it, add it to a calendar; its outcome form under it. */
function UpcomingItem({ item, next }: { item: AgendaItem; next: NextUpProps }) {
  const s = next.strings;
  return (
    <li class="next-item">
      <div class="next-who">
        <span class="name">{item.name}</span>
        <span class="meta">{s.when(new Date(item.conversation.scheduledFor!))}</span>
      </div>
      <div class="actions">
        {/* Before the chat, its profile is the likely next step; after it, how it went. */}
        <button
          type="button"
          class={Date.parse(item.conversation.scheduledFor!) <= Date.now() ? 'small primary' : 'small'}
          aria-label={s.recordLabel(item.name)}
          onClick={() => next.onRecord(item.conversation.id)}
        >
          {s.record}
        </button>
        {next.onPrepare && (
          <button
            type="button"
            class="small"
            aria-label={s.prepareLabel(item.name)}
            data-testid="prepare"
            onClick={() => next.onPrepare!(item.conversation.id)}
          >
            {s.prepare}
          </button>
        )}
        {next.onAddToCalendar && (
          <button
            type="button"
            class="small"
            aria-label={s.calendarLabel(item.name)}
            data-testid="add-to-calendar"
            onClick={() => next.onAddToCalendar!(item)}
          >
            {s.calendar}
          </button>
        )}
        <ProfileButton item={item} next={next} />
      </div>
      {next.editingId === item.conversation.id && next.form}
    </li>
  );
}

/** A thank-you note or follow-up due: open its draft, mark it done, snooze it. */
function DueItemRow({ item, next }: { item: DueItem; next: NextUpProps }) {
  const s = next.strings;
  const snoozeDays = next.snoozeDays ?? [1, 3];
  return (
    <li class="next-item">
      <div class="next-who">
        {next.onOpenDraft ? (
          <button
            type="button"
            class="name reminder-open"
            data-testid="open-draft"
            aria-label={s.openDraftLabel(item.reminder.kind, item.name)}
            onClick={() => next.onOpenDraft!(item)}
          >
            {item.name}
          </button>
        ) : (
          <span class="name">{item.name}</span>
        )}
        <span class="meta">{s.dueSince(new Date(item.reminder.dueAt))}</span>
      </div>
      <div class="actions">
        <button
          type="button"
          class="small primary"
          aria-label={s.doneLabel(item.reminder.kind, item.name)}
          onClick={() => next.onDone(item)}
        >
          {s.done}
        </button>
        {snoozeDays.map((days) => (
          <button
            key={days}
            type="button"
            class="small"
            aria-label={s.snoozeLabel(item.reminder.kind, item.name, days)}
            onClick={() => next.onSnooze(item, days)}
          >
            {s.snooze(days)}
          </button>
        ))}
        <ProfileButton item={item} next={next} />
      </div>
    </li>
  );
}

/** One list of what is due: its first few, and a button for the rest. */
function DueList({
  title,
  items,
  testid,
  next,
}: {
  title: string;
  items: DueItem[];
  testid: string;
  next: NextUpProps;
}) {
  const s = next.strings;
  const shown = next.shown ?? 5;
  const [expanded, setExpanded] = useState(false);
  if (items.length === 0) return null;
  return (
    <div class="next-group" data-testid={testid}>
      <h3>
        {title} <span class="count">{items.length}</span>
      </h3>
      <ul class="plain">
        {(expanded ? items : items.slice(0, shown)).map((item) => (
          <DueItemRow key={`${item.conversation.id}:${item.reminder.kind}`} item={item} next={next} />
        ))}
      </ul>
      {!expanded && items.length > shown && (
        <button
          type="button"
          class="link"
          aria-label={s.showAllLabel(items.length, title)}
          onClick={() => setExpanded(true)}
        >
          {s.showAll(items.length)}
        </button>
      )}
    </div>
  );
}

export function NextUp(props: NextUpProps) {
  const { strings: s, upcoming, thankYou, followUp } = props;
  const empty = !upcoming.length && !thankYou.length && !followUp.length;
  return (
    <section class="card next" aria-labelledby="next-title">
      <h2 id="next-title">{s.title}</h2>
      {empty && <p class="muted">{s.nothing}</p>}
      {upcoming.length > 0 && (
        <div class="next-group" data-testid="next-upcoming">
          <h3>
            {s.upcoming} <span class="count">{upcoming.length}</span>
          </h3>
          <ul class="plain">
            {upcoming.map((item) => (
              <UpcomingItem key={item.conversation.id} item={item} next={props} />
            ))}
          </ul>
        </div>
      )}
      <DueList title={s.thankYou} items={thankYou} testid="next-thank-you" next={props} />
      <DueList title={s.followUp} items={followUp} testid="next-follow-up" next={props} />
    </section>
  );
}
