// "Prepare": one screen to read in a minute before a chat — who they are and how you found
// them, the goal with its points, a guide of three to five questions for that goal, the time
// box, and notes kept with the conversation. Props in, callbacks out; no storage.
import { useId, useState } from 'preact/hooks';
import { DEFAULT_DURATION_MINUTES, type Conversation, type PrepQuestion } from '@/utils/domain/model';
import type { PersonBrief } from '@/utils/domain/prepare';
import type { PrepareStrings } from './prepare-view-strings';
import { errorMessage } from '@/utils/domain/errors';

export interface PrepareViewProps {
  conversation: Conversation;
  brief: PersonBrief;
  guide: readonly PrepQuestion[];
  strings: PrepareStrings;
  onSaveNotes(notes: string): Promise<void>;
  onBack(): void;
  /** Offered when the chat has a time. */
  onAddToCalendar?: () => void;
  /** Offered when the person has a LinkedIn profile. */
  onOpenProfile?: () => void;
}

export function PrepareView(props: PrepareViewProps) {
  const { conversation: c, brief, guide, strings: s } = props;
  const id = useId();
  const minutes = c.durationMinutes ?? DEFAULT_DURATION_MINUTES;
  const roleAt = s.roleAt(brief.role, brief.company);

  return (
    <section class="card prepare" aria-labelledby={`${id}-title`} data-testid="prepare-view">
      <button type="button" class="link back" aria-label={s.backLabel} onClick={props.onBack}>
        {s.back}
      </button>
      <h2 id={`${id}-title`}>{s.title(brief.name)}</h2>
      <p class="meta" data-testid="prepare-when">
        {c.status === 'scheduled' && c.scheduledFor
          ? s.when(new Date(c.scheduledFor), minutes)
          : s.asked(new Date(c.requestedAt ?? c.createdAt))}
      </p>

      <h3>{s.who}</h3>
      {roleAt && <p class="prepare-role">{roleAt}</p>}
      {brief.headline && brief.headline !== roleAt && <p class="meta">{brief.headline}</p>}
      <p class="meta" data-testid="prepare-found">
        {s.found(brief.found)}
      </p>

      <h3>{s.goal}</h3>
      <p class="prepare-goal" data-testid="prepare-goal">
        <span class={`level-badge level-${c.goal}`} aria-hidden="true">
          {c.goal}
        </span>
        <span>
          {s.goals[c.goal - 1]} · {s.points(c.goal)}
        </span>
      </p>
      <p class="hint">{s.ladder}</p>

      <h3>{s.guide(minutes)}</h3>
      <p class="hint">{s.guideHint}</p>
      <ol class="guide" data-testid="prepare-guide">
        {guide.map((q, i) => (
          <li key={i}>
            <span class={`level-badge level-${q.level}`} aria-hidden="true">
              {q.level}
            </span>
            <span>{q.text}</span>
          </li>
        ))}
      </ol>
      <p class="time-box" data-testid="prepare-time-box">
        {s.timeBox(minutes)}
      </p>

      <PrepareNotes
        conversation={c}
        strings={s}
        onSaveNotes={props.onSaveNotes}
        onAddToCalendar={props.onAddToCalendar}
        onOpenProfile={props.onOpenProfile}
        name={brief.name}
      />
    </section>
  );
}

type NotesProps = Pick<
  PrepareViewProps,
  'conversation' | 'strings' | 'onSaveNotes' | 'onAddToCalendar' | 'onOpenProfile'
> & { name: string };

/** The notes kept with the conversation, saved on request, and the view's other actions. */
function PrepareNotes({ conversation, strings: s, onSaveNotes, onAddToCalendar, onOpenProfile, name }: NotesProps) {
  const id = useId();
  const [notes, setNotes] = useState(conversation.prepNotes ?? '');
  const [status, setStatus] = useState<{ kind: 'idle' | 'busy' | 'done' | 'error'; text: string }>({
    kind: 'idle',
    text: '',
  });

  async function save(event: Event) {
    event.preventDefault();
    setStatus({ kind: 'busy', text: '' });
    try {
      await onSaveNotes(notes.trim());
      setStatus({ kind: 'done', text: s.saved });
    } catch (e) {
      setStatus({ kind: 'error', text: s.failed(errorMessage(e)) });
    }
  }

  return (
    <form onSubmit={save} class="prepare-notes">
      <div class="field">
        <label for={`${id}-notes`}>{s.notes}</label>
        <textarea
          id={`${id}-notes`}
          rows={3}
          value={notes}
          aria-describedby={`${id}-notes-hint`}
          onInput={(e) => setNotes(e.currentTarget.value)}
        />
        <p id={`${id}-notes-hint`} class="hint">
          {s.notesHint}
        </p>
      </div>
      <div class="form-actions">
        <button type="submit" class="primary" disabled={status.kind === 'busy'}>
          {status.kind === 'busy' ? s.saving : s.save}
        </button>
        {onAddToCalendar && (
          <button type="button" data-testid="prepare-calendar" onClick={onAddToCalendar}>
            {s.calendar}
          </button>
        )}
        {onOpenProfile && (
          <button type="button" aria-label={s.profileLabel(name)} onClick={onOpenProfile}>
            {s.profile}
          </button>
        )}
      </div>
      {status.text && (
        <p role={status.kind === 'error' ? 'alert' : 'status'} class={status.kind === 'error' ? 'form-error' : 'hint'}>
          {status.text}
        </p>
      )}
    </form>
  );
}
