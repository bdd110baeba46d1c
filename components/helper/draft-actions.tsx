// What the user does with the draft: copy it, insert it into LinkedIn's box, log the request (on
// the day they asked), and the line that says how it went, with a way to take a logged request back.
import { useEffect, useState } from 'preact/hooks';
import type { Channel, Goal, MessageKind } from '@/utils/domain/model';
import { errorMessage } from '@/utils/domain/errors';
import { isExtensionUpdated } from '@/utils/messaging/protocol';
import { toDateValue } from '../date-input';
import type { HelperStrings } from './helper-strings';

export interface LogRequest {
  channel: Channel;
  goal: Goal;
  requestedAt: string;
}

interface DraftActionsProps {
  strings: HelperStrings;
  text: string;
  kind: MessageKind;
  goal: Goal;
  onCopy: (text: string) => Promise<boolean>;
  onInsert: (text: string, kind: MessageKind) => 'inserted' | 'no-box' | 'not-empty';
  onLogRequest: (request: LogRequest) => Promise<(() => Promise<boolean>) | void>;
}

type Notice = { text: string; error?: boolean; undo?: () => Promise<boolean> };
type Act = (work: () => Promise<string | null | Omit<Notice, 'error'>>) => Promise<void>;

const CHANNEL: Record<MessageKind, Channel> = { note: 'linkedin-note', message: 'linkedin-message', email: 'email' };
const today = () => toDateValue(new Date());

/** One action at a time; what it did (or why it failed) goes in the notice. */
function useAct(t: HelperStrings) {
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState(false);
  const act: Act = async (work) => {
    setBusy(true);
    try {
      const result = await work();
      setNotice(typeof result === 'string' ? { text: result } : result);
    } catch (e) {
      // An update of the extension under the page is no failure of the user's: its message alone.
      setNotice({ text: isExtensionUpdated(e) ? errorMessage(e) : t.failed(errorMessage(e)), error: true });
    } finally {
      setBusy(false);
    }
  };
  return { notice, busy, act };
}

export function DraftActions(props: DraftActionsProps) {
  const { strings: t, text, kind } = props;
  const { notice, busy, act } = useAct(t);
  return (
    <>
      <div class="actions">
        <button
          type="button"
          data-testid="copy-draft"
          disabled={busy}
          onClick={() => act(async () => ((await props.onCopy(text)) ? t.copied : t.copyFailed))}
        >
          {t.copy}
        </button>
        <button
          type="button"
          disabled={busy || kind === 'email'}
          onClick={() =>
            act(
              async () =>
                ({ inserted: t.inserted, 'no-box': t.noBox, 'not-empty': t.notEmpty })[props.onInsert(text, kind)],
            )
          }
        >
          {t.insert}
        </button>
        <span class="spacer" />
        <LogButton {...props} busy={busy} act={act} />
      </div>
      <NoticeLine strings={t} notice={notice} busy={busy} act={act} />
    </>
  );
}

/** The date and the button it goes with, together so they stay together when the row wraps. */
function LogButton(props: DraftActionsProps & { busy: boolean; act: Act }) {
  const { strings: t } = props;
  const [date, setDate] = useState(today);
  // The date goes in after the first paint: Firefox builds a date input's own widget as it enters
  // the page, which took 25–70 ms before the draft could show (README, "What it costs").
  const [dated, setDated] = useState(false);
  useEffect(() => setDated(true), []);
  return (
    <span class="log">
      <label class="date">
        <span class="visually-hidden">{t.requestDate}</span>
        {dated ? (
          <input type="date" value={date} max={today()} onChange={(e) => setDate(e.currentTarget.value || today())} />
        ) : (
          <span class="date-slot" />
        )}
      </label>
      <button
        type="button"
        class="primary"
        data-testid="log-request"
        disabled={props.busy}
        onClick={() =>
          props.act(async () => {
            const at = date === today() ? new Date() : new Date(`${date}T12:00:00`);
            const channel = CHANNEL[props.kind];
            const undo = await props.onLogRequest({ channel, goal: props.goal, requestedAt: at.toISOString() });
            return { text: t.logged, undo: undo || undefined };
          })
        }
      >
        {t.logRequest}
      </button>
    </span>
  );
}

function NoticeLine(props: { strings: HelperStrings; notice: Notice | null; busy: boolean; act: Act }) {
  const { strings: t, notice } = props;
  return (
    <p class={notice?.error ? 'notice error' : 'notice'} role="status" aria-live="polite">
      {notice?.text ?? ''}
      {notice?.undo && (
        <button
          type="button"
          class="ghost undo"
          disabled={props.busy}
          onClick={() => {
            const undo = notice.undo!;
            void props.act(async () => ((await undo()) ? t.undone : t.undoTooLate));
          }}
        >
          {t.undo}
        </button>
      )}
    </p>
  );
}
