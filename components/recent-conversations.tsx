// The last few conversations with the level and points each reached, and a quick way to
// record how one went (the outcome form opens under it).
import type { ComponentChildren } from 'preact';
import type { RecentItem } from '@/utils/domain/agenda';
import type { Status } from '@/utils/domain/model';
import type { RecentStrings } from './recent-conversations-strings';

export interface RecentProps {
  items: RecentItem[];
  strings: RecentStrings;
  onRecord(conversationId: string): void;
  /** Opens the plan for a chat that is asked for or scheduled. */
  onPrepare?(conversationId: string): void;
  editingId?: string | null;
  form?: ComponentChildren;
}

const PREPARABLE = new Set<Status>(['requested', 'scheduled']);

export function RecentConversations({ items, strings: s, onRecord, onPrepare, editingId, form }: RecentProps) {
  if (!items.length) return null;
  return (
    <section class="card recent" aria-labelledby="recent-title">
      <h2 id="recent-title">{s.title}</h2>
      <ul class="plain">
        {items.map((item) => (
          <li key={item.conversation.id} class="recent-item" data-testid="recent-item">
            <div class="recent-row">
              <span class={`level-badge level-${item.level}`} aria-hidden="true">
                {item.level || ''}
              </span>
              <div class="next-who">
                <span class="name">{item.name}</span>
                <span class="meta">
                  {s.status[item.conversation.status]} · {s.when(new Date(item.at))}
                  {item.conversation.status === 'met' && ` · ${s.points(item.level)}`}
                </span>
              </div>
              {onPrepare && PREPARABLE.has(item.conversation.status) && (
                <button
                  type="button"
                  class="small"
                  aria-label={s.prepareLabel(item.name)}
                  onClick={() => onPrepare(item.conversation.id)}
                >
                  {s.prepare}
                </button>
              )}
              {editingId !== item.conversation.id && (
                <button
                  type="button"
                  class="small"
                  aria-label={s.recordLabel(item.name)}
                  onClick={() => onRecord(item.conversation.id)}
                >
                  {s.record}
                </button>
              )}
            </div>
            {editingId === item.conversation.id && form}
          </li>
        ))}
      </ul>
    </section>
  );
}
