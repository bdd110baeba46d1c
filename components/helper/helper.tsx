// The profile helper: a pill beside LinkedIn's buttons that opens a compact panel to draft the
// 15-minute ask, copy or insert it, log it, and see the history with this person. A view: props
// in, callbacks out; the content script wires it to the page and the store.
import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { checkDraft, countCharacters, limitFor } from '@/utils/domain/checks';
import type { Channel, Conversation, Goal, MessageKind, Template } from '@/utils/domain/model';
import { levelOf } from '@/utils/domain/points';
import { renderTemplate, templatesFor, templateVars } from '@/utils/domain/templates';
import type { HelperStrings } from './helper-strings';
import { toDateValue } from '../date-input';
import { errorMessage } from '@/utils/domain/errors';
import { EDITABLE_FIELDS, type EditableField, type Person } from '@/utils/domain/person';

export interface HelperCounts {
  /** Connection invitations logged this week, against LinkedIn's weekly limit. */
  invitationsThisWeek: number;
  notesThisMonth: number;
  weeklyInvitationLimit: number;
  monthlyNoteAllowance: number;
}

export interface HelperProps {
  strings: HelperStrings;
  person: Person;
  /** Fields the page did not give. */
  missing: readonly EditableField[];
  onPersonChange: (field: EditableField, value: string) => void;
  me: { myName: string; exploring: string; pitch: string };
  noteLimit: 200 | 300;
  templates: readonly Template[];
  history: readonly Conversation[];
  counts: HelperCounts | null;
  onCopy: (text: string) => Promise<boolean>;
  /** Puts the text into LinkedIn's open note box or message box for this person. */
  onInsert: (text: string, kind: MessageKind) => 'inserted' | 'no-box' | 'not-empty';
  /** Logs the request; returns a way to take it back (a mistaken click). */
  onLogRequest: (request: {
    channel: Channel;
    goal: Goal;
    requestedAt: string;
  }) => Promise<(() => Promise<boolean>) | void>;
  /** The "record how it went" form for one conversation. */
  renderOutcome?: (conversation: Conversation, close: () => void) => ComponentChildren;
  /** The plan for a chat asked for or scheduled (the Prepare view). */
  renderPrepare?: (conversation: Conversation, close: () => void) => ComponentChildren;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  floating?: boolean;
  /** They accepted the connection note: the panel says so and starts on a message. */
  accepted?: boolean;
}

const CHANNEL: Record<MessageKind, Channel> = { note: 'linkedin-note', message: 'linkedin-message', email: 'email' };
const today = () => toDateValue(new Date());

export function Helper(props: HelperProps) {
  const { strings: t, person, open } = props;
  const toggleRef = useRef<HTMLButtonElement>(null);
  return (
    <div class={props.floating ? 'fifteen floating' : 'fifteen'}>
      <button
        ref={toggleRef}
        type="button"
        class="pill"
        data-testid="helper-toggle"
        aria-expanded={open}
        aria-controls={open ? 'fifteen-panel' : undefined}
        aria-label={t.toggleLabel(person.name)}
        onClick={() => props.onOpenChange(!open)}
      >
        <span aria-hidden="true">☕</span> {t.toggle}
      </button>
      {open && (
        <Panel
          {...props}
          onClose={() => {
            props.onOpenChange(false);
            toggleRef.current?.focus();
          }}
        />
      )}
    </div>
  );
}

function Panel(props: HelperProps & { onClose: () => void }) {
  const { strings: t, person, noteLimit } = props;
  const [goal, setGoal] = useState<Goal>(1);
  // Once they accepted the invitation, the next step is a message to set up the 15 minutes.
  const [kind, setKind] = useState<MessageKind>(props.accepted ? 'message' : 'note');
  const [templateId, setTemplateId] = useState<string | null>(null);
  // A page whose person could not be read opens on the fields, for the user to type them.
  const [editing, setEditing] = useState(() => !props.person.name);
  const [notice, setNotice] = useState<{ text: string; error?: boolean; undo?: () => Promise<boolean> } | null>(null);
  const [date, setDate] = useState(today);
  const [recording, setRecording] = useState<string | null>(null);
  const [preparing, setPreparing] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // Opening the panel takes keyboard focus into it; Escape gives it back to the pill.
  const panelRef = useRef<HTMLElement>(null);
  // The date goes in after the first paint: Firefox builds a date input's own widget as it enters
  // the page, which took 25–70 ms before the draft could show (README, "What it costs").
  const [dated, setDated] = useState(false);
  useEffect(() => {
    panelRef.current?.focus();
    setDated(true);
  }, []);

  const choices = useMemo(() => templatesFor(kind, goal, props.templates), [kind, goal, props.templates]);
  const template = choices.find((c) => c.id === templateId) ?? choices[0];
  const limit = limitFor(kind, noteLimit);
  const generated = useMemo(
    () => (template ? renderTemplate(template.body, templateVars(person, props.me), limit ?? undefined) : ''),
    [template, person, props.me, limit],
  );
  // The user's own edits win until they pick another kind, goal or template.
  const [draft, setDraft] = useState(generated);
  useEffect(() => setDraft(generated), [generated]);

  const length = countCharacters(draft);
  const warnings = useMemo(
    () => checkDraft(draft, { kind, noteLimit, firstMessage: props.history.length === 0 }),
    [draft, kind, noteLimit, props.history.length],
  );
  const shown = warnings.filter((w, i) => warnings.findIndex((x) => x.code === w.code) === i);

  const act = async (work: () => Promise<string | null | { text: string; undo?: () => Promise<boolean> }>) => {
    setBusy(true);
    try {
      const result = await work();
      setNotice(typeof result === 'string' ? { text: result } : result);
    } catch (e) {
      // An update of the extension under the page is no failure of the user's: its message alone.
      const updated = e instanceof Error && e.name === 'ExtensionUpdatedError';
      setNotice({ text: updated ? e.message : t.failed(errorMessage(e)), error: true });
    } finally {
      setBusy(false);
    }
  };

  const missing = props.missing.filter((f) => !person[f]);
  const counts = props.counts;
  return (
    <section
      id="fifteen-panel"
      ref={panelRef}
      tabIndex={-1}
      class="panel"
      role="dialog"
      aria-label={t.panelLabel}
      onKeyDown={(e) => {
        if (e.key === 'Escape') props.onClose();
      }}
    >
      <header class="panel-head">
        <div class="who">
          <strong data-testid="helper-name">{person.name}</strong>
          <span class="sub">
            {person.role && <span>{person.role}</span>}
            {person.role && person.company && <span aria-hidden="true"> · </span>}
            <span data-testid="helper-company">{person.company}</span>
          </span>
        </div>
        <button type="button" class="ghost" aria-expanded={editing} onClick={() => setEditing(!editing)}>
          {editing ? t.doneEditing : t.edit}
        </button>
        <button type="button" class="ghost close" aria-label={t.close} onClick={props.onClose}>
          ×
        </button>
      </header>

      {props.accepted && (
        <p class="accepted" role="status" data-testid="accepted">
          {t.accepted(person.firstName || person.name)}
        </p>
      )}
      {!person.name && (
        <p class="hint" role="status" data-testid="page-not-read">
          {t.pageNotRead}
        </p>
      )}
      {editing && (
        <fieldset class="fields">
          <legend class="visually-hidden">{t.person}</legend>
          {EDITABLE_FIELDS.map((field) => (
            <label key={field}>
              <span>{t.fields[field]}</span>
              <input
                value={person[field]}
                placeholder={t.unknown}
                onChange={(e) => props.onPersonChange(field, e.currentTarget.value.trim())}
              />
            </label>
          ))}
        </fieldset>
      )}

      {person.name && !editing && missing.length > 0 && (
        <p class="hint">{t.notRead(missing.map((f) => t.fields[f].toLowerCase()).join(', '))}</p>
      )}

      <fieldset class="goals">
        <legend>{t.goal}</legend>
        {([1, 2, 3, 4] as const).map((g) => (
          <label key={g} class={goal === g ? 'goal checked' : 'goal'}>
            <input type="radio" name="fifteen-goal" value={g} checked={goal === g} onChange={() => setGoal(g)} />
            <span class="goal-title">{t.goals[g].title}</span>
            <span class="goal-meaning">{t.goals[g].meaning}</span>
            <span class="goal-points">{t.goals[g].points}</span>
          </label>
        ))}
      </fieldset>

      <div class="row">
        <fieldset class="kinds">
          <legend>{t.kind}</legend>
          {(['note', 'message', 'email'] as const).map((k) => (
            <label key={k} class={kind === k ? 'seg checked' : 'seg'}>
              <input type="radio" name="fifteen-kind" value={k} checked={kind === k} onChange={() => setKind(k)} />
              {t.kinds[k]}
            </label>
          ))}
        </fieldset>
        {choices.length > 1 && (
          <label class="template">
            <span>{t.template}</span>
            <select value={template?.id} onChange={(e) => setTemplateId(e.currentTarget.value)}>
              {choices.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>

      <label class="draft-label" for="fifteen-draft">
        {t.draft}
        <span class={limit !== null && length > limit ? 'counter over' : 'counter'} aria-live="polite">
          {t.counter(length, limit)}
        </span>
      </label>
      <textarea
        id="fifteen-draft"
        data-testid="draft"
        rows={kind === 'note' ? 5 : 8}
        value={draft}
        aria-describedby="fifteen-warnings"
        onInput={(e) => setDraft(e.currentTarget.value)}
      />
      <ul id="fifteen-warnings" class="warnings">
        {shown.map((w) => (
          <li key={w.code} class={`warning warning-${w.code}`}>
            {w.message}
          </li>
        ))}
      </ul>

      <div class="actions">
        <button
          type="button"
          data-testid="copy-draft"
          disabled={busy}
          onClick={() => act(async () => ((await props.onCopy(draft)) ? t.copied : t.copyFailed))}
        >
          {t.copy}
        </button>
        <button
          type="button"
          disabled={busy || kind === 'email'}
          onClick={() =>
            act(
              async () =>
                ({ inserted: t.inserted, 'no-box': t.noBox, 'not-empty': t.notEmpty })[props.onInsert(draft, kind)],
            )
          }
        >
          {t.insert}
        </button>
        <span class="spacer" />
        {/* The date and the button it goes with stay together when the row wraps. */}
        <span class="log">
          <label class="date">
            <span class="visually-hidden">{t.requestDate}</span>
            {dated ? (
              <input
                type="date"
                value={date}
                max={today()}
                onChange={(e) => setDate(e.currentTarget.value || today())}
              />
            ) : (
              <span class="date-slot" />
            )}
          </label>
          <button
            type="button"
            class="primary"
            data-testid="log-request"
            disabled={busy}
            onClick={() =>
              act(async () => {
                const at = date === today() ? new Date() : new Date(`${date}T12:00:00`);
                const undo = await props.onLogRequest({ channel: CHANNEL[kind], goal, requestedAt: at.toISOString() });
                return { text: t.logged, undo: undo || undefined };
              })
            }
          >
            {t.logRequest}
          </button>
        </span>
      </div>
      <p class={notice?.error ? 'notice error' : 'notice'} role="status" aria-live="polite">
        {notice?.text ?? ''}
        {notice?.undo && (
          <button
            type="button"
            class="ghost undo"
            disabled={busy}
            onClick={() => {
              const undo = notice.undo!;
              void act(async () => ((await undo()) ? t.undone : t.undoTooLate));
            }}
          >
            {t.undo}
          </button>
        )}
      </p>

      {counts && (
        <div class="limits">
          <p>
            {t.limits(
              counts.invitationsThisWeek,
              counts.weeklyInvitationLimit,
              counts.notesThisMonth,
              counts.monthlyNoteAllowance,
            )}
          </p>
          {counts.invitationsThisWeek >= counts.weeklyInvitationLimit * 0.8 && (
            <p class="warning">{t.nearRequestLimit}</p>
          )}
          {kind === 'note' && counts.notesThisMonth >= counts.monthlyNoteAllowance && (
            <p class="warning">{t.overNoteAllowance}</p>
          )}
        </div>
      )}

      <section class="history" aria-label={t.history}>
        <h2>{t.history}</h2>
        {props.history.length === 0 && <p class="hint">{t.noHistory}</p>}
        <ul>
          {props.history.map((c) => (
            <li key={c.id}>
              <div class="history-row">
                <span>{new Date(c.metAt ?? c.requestedAt ?? c.createdAt).toLocaleDateString()}</span>
                <span class={`status status-${c.status}`}>{t.statuses[c.status]}</span>
                <span>
                  {t.kinds[c.channel === 'linkedin-note' ? 'note' : c.channel === 'email' ? 'email' : 'message']}
                </span>
                <span class="pts">{t.points(levelOf(c))}</span>
                {props.renderOutcome && recording !== c.id && (
                  <button type="button" class="ghost" onClick={() => setRecording(c.id)}>
                    {t.recordOutcome}
                  </button>
                )}
                {props.renderPrepare &&
                  (c.status === 'requested' || c.status === 'scheduled') &&
                  preparing !== c.id && (
                    <button type="button" class="ghost" data-testid="helper-prepare" onClick={() => setPreparing(c.id)}>
                      {t.prepare}
                    </button>
                  )}
              </div>
              {props.renderOutcome && recording === c.id && props.renderOutcome(c, () => setRecording(null))}
              {props.renderPrepare && preparing === c.id && props.renderPrepare(c, () => setPreparing(null))}
            </li>
          ))}
        </ul>
      </section>
    </section>
  );
}
