// The conversations with this person: when, how far each got, its points, and under it the form to
// record how it went or the plan to prepare it, one at a time.
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { Conversation } from '@/utils/domain/model';
import { levelOf } from '@/utils/domain/points';
import type { HelperStrings } from './helper-strings';

export interface HistoryProps {
  strings: HelperStrings;
  history: readonly Conversation[];
  /** The "record how it went" form for one conversation. */
  renderOutcome?: (conversation: Conversation, close: () => void) => ComponentChildren;
  /** The plan for a chat asked for or scheduled (the Prepare view). */
  renderPrepare?: (conversation: Conversation, close: () => void) => ComponentChildren;
}

export function History(props: HistoryProps) {
  const { strings: t } = props;
  const [recording, setRecording] = useState<string | null>(null);
  const [preparing, setPreparing] = useState<string | null>(null);
  return (
    <section class="history" aria-label={t.history}>
      <h2>{t.history}</h2>
      {props.history.length === 0 && <p class="hint">{t.noHistory}</p>}
      <ul>
        {props.history.map((c) => (
          <li key={c.id}>
            <HistoryRow
              {...props}
              conversation={c}
              recording={recording === c.id}
              preparing={preparing === c.id}
              onRecord={() => setRecording(c.id)}
              onPrepare={() => setPreparing(c.id)}
            />
            {props.renderOutcome && recording === c.id && props.renderOutcome(c, () => setRecording(null))}
            {props.renderPrepare && preparing === c.id && props.renderPrepare(c, () => setPreparing(null))}
          </li>
        ))}
      </ul>
    </section>
  );
}

function HistoryRow(
  props: HistoryProps & {
    conversation: Conversation;
    recording: boolean;
    preparing: boolean;
    onRecord: () => void;
    onPrepare: () => void;
  },
) {
  const { strings: t, conversation: c } = props;
  return (
    <div class="history-row">
      <span>{new Date(c.metAt ?? c.requestedAt ?? c.createdAt).toLocaleDateString()}</span>
      <span class={`status status-${c.status}`}>{t.statuses[c.status]}</span>
      <span>{t.kinds[c.channel === 'linkedin-note' ? 'note' : c.channel === 'email' ? 'email' : 'message']}</span>
      <span class="pts">{t.points(levelOf(c))}</span>
      {props.renderOutcome && !props.recording && (
        <button type="button" class="ghost" onClick={props.onRecord}>
          {t.recordOutcome}
        </button>
      )}
      {props.renderPrepare && (c.status === 'requested' || c.status === 'scheduled') && !props.preparing && (
        <button type="button" class="ghost" data-testid="helper-prepare" onClick={props.onPrepare}>
          {t.prepare}
        </button>
      )}
    </div>
  );
}
