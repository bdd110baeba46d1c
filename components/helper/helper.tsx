// The profile helper: a pill beside LinkedIn's buttons that opens a compact panel to draft the
// 15-minute ask, copy or insert it, log it, and see the history with this person. A view: props
// in, callbacks out; the content script wires it to the page and the store.
import { useEffect, useRef } from 'preact/hooks';
import type { MessageKind, Template } from '@/utils/domain/model';
import type { EditableField, Person } from '@/utils/domain/person';
import { DraftActions, type LogRequest } from './draft-actions';
import { DraftEditor } from './draft-editor';
import type { HelperStrings } from './helper-strings';
import { History, type HistoryProps } from './history';
import { Limits, type HelperCounts } from './limits';
import { PersonPart } from './person-fields';
import { useDraft } from './use-draft';

export interface HelperProps extends Omit<HistoryProps, 'strings'> {
  strings: HelperStrings;
  person: Person;
  /** Fields the page did not give. */
  missing: readonly EditableField[];
  onPersonChange: (field: EditableField, value: string) => void;
  me: { myName: string; exploring: string; pitch: string };
  noteLimit: 200 | 300;
  templates: readonly Template[];
  counts: HelperCounts | null;
  onCopy: (text: string) => Promise<boolean>;
  /** Puts the text into LinkedIn's open note box or message box for this person. */
  onInsert: (text: string, kind: MessageKind) => 'inserted' | 'no-box' | 'not-empty';
  /** Logs the request; returns a way to take it back (a mistaken click). */
  onLogRequest: (request: LogRequest) => Promise<(() => Promise<boolean>) | void>;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  floating?: boolean;
  /** They accepted the connection note: the panel says so and starts on a message. */
  accepted?: boolean;
}

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
  const { strings: t } = props;
  const draft = useDraft(props);
  // Opening the panel takes keyboard focus into it; Escape gives it back to the pill.
  const panelRef = useRef<HTMLElement>(null);
  useEffect(() => {
    panelRef.current?.focus();
  }, []);
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
      <PersonPart {...props} />
      <DraftEditor strings={t} draft={draft} />
      <DraftActions {...props} text={draft.text} kind={draft.kind} goal={draft.goal} />
      {props.counts && <Limits strings={t} counts={props.counts} kind={draft.kind} />}
      <History {...props} />
    </section>
  );
}
