// The draft that comes with a thank-you or follow-up reminder: editable, one click to copy, a
// link to the person's LinkedIn profile to paste it in, and "Done" once it is sent. Fifteen
// never sends it. Props in, callbacks out; no storage, no clipboard of its own.
import { useId, useState } from 'preact/hooks';
import type { AfterKind } from '@/utils/domain/model';
import type { AfterDraftStrings } from './after-draft-view-strings';

export interface AfterDraftViewProps {
  kind: AfterKind;
  name: string;
  dueAt: number;
  draft: string;
  strings: AfterDraftStrings;
  /** The person's LinkedIn profile, when known (checked by the caller). */
  profileUrl: string | null;
  onCopy(text: string): Promise<void>;
  onOpenProfile(url: string): void;
  onDone(): void;
  onBack(): void;
}

export function AfterDraftView(props: AfterDraftViewProps) {
  const { kind, name, strings: s, profileUrl } = props;
  const id = useId();
  const [text, setText] = useState(props.draft);
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');

  const copy = () =>
    props.onCopy(text).then(
      () => setStatus('copied'),
      () => setStatus('failed'),
    );

  return (
    <section class="card after-draft" aria-labelledby={`${id}-title`} data-testid="after-draft">
      <button type="button" class="link back" aria-label={s.backLabel} onClick={props.onBack}>
        {s.back}
      </button>
      <h2 id={`${id}-title`}>{s.title(kind, name)}</h2>
      <p class="meta">{s.due(new Date(props.dueAt))}</p>
      <div class="field">
        <label for={`${id}-text`}>{s.draft}</label>
        <textarea
          id={`${id}-text`}
          rows={15}
          value={text}
          data-testid="after-draft-text"
          aria-describedby={`${id}-hint`}
          onInput={(e) => {
            setText(e.currentTarget.value);
            setStatus('idle');
          }}
        />
        <p id={`${id}-hint`} class="hint">
          {s.hint}
        </p>
      </div>
      <div class="form-actions">
        <button type="button" class="primary" data-testid="copy-after-draft" onClick={() => void copy()}>
          {s.copy}
        </button>
        <button type="button" aria-label={s.doneLabel(kind, name)} onClick={props.onDone}>
          {s.done}
        </button>
      </div>
      {status !== 'idle' && (
        <p role={status === 'failed' ? 'alert' : 'status'} class={status === 'failed' ? 'form-error' : 'hint'}>
          {status === 'copied' ? s.copied : s.copyFailed}
        </p>
      )}
      <p class="profile-link">
        {profileUrl ? (
          <a
            href={profileUrl}
            target="_blank"
            rel="noopener noreferrer"
            data-testid="after-draft-profile"
            onClick={(e) => {
              // The popup opens it as a tab of its own, so the popup may close without losing it.
              e.preventDefault();
              props.onOpenProfile(profileUrl);
            }}
          >
            {s.profile(name)}
          </a>
        ) : (
          <span class="hint">{s.noProfile}</span>
        )}
      </p>
    </section>
  );
}
