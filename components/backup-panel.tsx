// Backup in and out: export a file, import one (validated whole before anything changes), and
// the result or the error, said plainly. Carries the options page's test contract (docs/test-contract.md).
import { useState } from 'preact/hooks';
import { StatusLine, type ActionStatus } from './status-line';
import { errorMessage } from '@/utils/domain/errors';

export interface BackupStrings {
  heading: string;
  intro: string;
  export: string;
  import: string;
  importing: string;
  /** Why import is off when the data is read-only. */
  readOnly: string;
}

export type BackupStatus = ActionStatus;

export interface BackupPanelProps {
  strings: BackupStrings;
  onExport: () => Promise<string>;
  onImport: (file: File, progress: (message: string) => void) => Promise<string>;
  /** The stored data was written by a newer version: export works, import would be refused. */
  readOnly?: boolean;
}

export function BackupPanel({ strings, onExport, onImport, readOnly }: BackupPanelProps) {
  const [status, setStatus] = useState<BackupStatus>({ kind: 'idle' });
  const run = async (work: () => Promise<string>) => {
    try {
      setStatus({ kind: 'ok', message: await work() });
    } catch (e) {
      setStatus({ kind: 'error', message: errorMessage(e) });
    }
  };
  return (
    <section class="card" aria-labelledby="backup-heading">
      <h2 id="backup-heading">{strings.heading}</h2>
      <p class="muted">{strings.intro}</p>
      <div class="row">
        <button type="button" data-testid="backup-export" onClick={() => run(onExport)}>
          {strings.export}
        </button>
        <label class={`button${readOnly ? ' disabled' : ''}`}>
          {strings.import}
          <input
            type="file"
            accept="application/json,.json"
            data-testid="backup-import"
            class="visually-hidden"
            disabled={readOnly}
            aria-describedby={readOnly ? 'backup-read-only' : undefined}
            onChange={(e) => {
              const input = e.currentTarget;
              const file = input.files?.[0];
              if (!file || readOnly) return;
              setStatus({ kind: 'busy', message: strings.importing });
              void run(() => onImport(file, (message) => setStatus({ kind: 'busy', message }))).finally(() => {
                input.value = '';
              });
            }}
          />
        </label>
      </div>
      {readOnly && (
        <p class="hint" id="backup-read-only" data-testid="backup-read-only">
          {strings.readOnly}
        </p>
      )}
      <StatusLine status={status} testid="backup-status" />
    </section>
  );
}
