// Erasing everything, in two steps: the first says what will be lost (N contacts, M
// conversations) and offers a backup before the second does it. An inline step rather than
// window.confirm, so it can say all that, be styled, and be reached by keyboard.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { RefObject } from 'preact';
import type { ERASE_STRINGS } from './erase-panel-strings';
import { errorMessage } from '@/utils/domain/errors';

export interface ErasePanelProps {
  strings: typeof ERASE_STRINGS;
  contacts: number;
  conversations: number;
  onExport: () => Promise<string>;
  onErase: () => Promise<void>;
  readOnly?: boolean;
}

type Step =
  | { kind: 'idle' }
  | { kind: 'confirm'; note?: string }
  | { kind: 'busy' }
  | { kind: 'done' }
  | { kind: 'error'; message: string };

/** The second step: what will be lost, a backup first, then erase or cancel. */
function EraseConfirm({
  strings,
  contacts,
  conversations,
  onExport,
  step,
  setStep,
  erase,
  confirmRef,
}: Pick<ErasePanelProps, 'strings' | 'contacts' | 'conversations' | 'onExport'> & {
  step: Step;
  setStep: (step: Step) => void;
  erase: () => void;
  confirmRef: RefObject<HTMLDivElement>;
}) {
  return (
    <div
      class="confirm"
      role="alertdialog"
      aria-labelledby="erase-confirm-heading"
      aria-describedby="erase-confirm-text"
      tabIndex={-1}
      ref={confirmRef}
      data-testid="erase-confirm"
      onKeyDown={(e) => e.key === 'Escape' && setStep({ kind: 'idle' })}
    >
      <h3 id="erase-confirm-heading">{strings.confirmHeading}</h3>
      <p id="erase-confirm-text">{strings.confirm(contacts, conversations)}</p>
      <div class="row">
        <button
          type="button"
          onClick={() =>
            onExport().then(
              (note) => setStep({ kind: 'confirm', note }),
              (e: unknown) => setStep({ kind: 'confirm', note: errorMessage(e) }),
            )
          }
        >
          {strings.exportFirst}
        </button>
        <button
          type="button"
          class="danger"
          data-testid="erase-confirm-yes"
          disabled={step.kind === 'busy'}
          onClick={erase}
        >
          {step.kind === 'busy' ? strings.erasing : strings.yes}
        </button>
        <button type="button" class="secondary" onClick={() => setStep({ kind: 'idle' })}>
          {strings.cancel}
        </button>
      </div>
      {step.kind === 'confirm' && step.note && (
        <p class="status status-ok" role="status">
          {step.note}
        </p>
      )}
    </div>
  );
}

/** The first step: the button that opens the confirmation, or why it is off. */
function EraseStart({
  strings,
  readOnly,
  onStart,
  startRef,
}: Pick<ErasePanelProps, 'strings' | 'readOnly'> & { onStart: () => void; startRef: RefObject<HTMLButtonElement> }) {
  return (
    <>
      <button
        type="button"
        class="danger"
        ref={startRef}
        data-testid="erase-start"
        disabled={readOnly}
        aria-describedby={readOnly ? 'erase-read-only' : undefined}
        onClick={onStart}
      >
        {strings.start}
      </button>
      {readOnly && (
        <p class="hint" id="erase-read-only" data-testid="erase-read-only">
          {strings.readOnly}
        </p>
      )}
    </>
  );
}

export function ErasePanel(props: ErasePanelProps) {
  const { strings, onErase } = props;
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const confirmRef = useRef<HTMLDivElement>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);

  // Focus follows the step: into the confirmation when it opens, back to the button after.
  useEffect(() => {
    if (step.kind === 'confirm' && !wasConfirming.current) confirmRef.current?.focus();
    if (step.kind === 'idle' && wasConfirming.current) startRef.current?.focus();
    wasConfirming.current = step.kind === 'confirm';
  }, [step.kind]);

  const erase = async () => {
    setStep({ kind: 'busy' });
    try {
      await onErase();
      setStep({ kind: 'done' });
    } catch (e) {
      setStep({ kind: 'error', message: errorMessage(e) });
    }
  };

  return (
    <section class="card danger-zone" aria-labelledby="erase-heading">
      <h2 id="erase-heading">{strings.heading}</h2>
      <p class="muted">{strings.intro}</p>
      {step.kind === 'confirm' || step.kind === 'busy' ? (
        <EraseConfirm {...props} step={step} setStep={setStep} erase={erase} confirmRef={confirmRef} />
      ) : (
        <EraseStart {...props} onStart={() => setStep({ kind: 'confirm' })} startRef={startRef} />
      )}
      {step.kind === 'done' && (
        <p class="status status-ok" role="status" data-testid="erase-status">
          {strings.done}
        </p>
      )}
      {step.kind === 'error' && (
        <p class="status status-error" role="alert" data-testid="erase-status">
          {step.message}
        </p>
      )}
    </section>
  );
}
