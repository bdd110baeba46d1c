// Stored data that could not be read: what and where, and a way to keep all of it — an export
// of everything exactly as stored, readable or not — since a backup holds only what reads.
import { useState } from 'preact/hooks';
import type { STORE_PROBLEMS_STRINGS } from './store-problems-strings';
import { StatusLine, type ActionStatus } from './status-line';
import { errorMessage } from '@/utils/domain/errors';

/** How many problems are listed one by one; the rest are counted. */
const SHOWN = 20;

export interface StoreProblemsProps {
  strings: typeof STORE_PROBLEMS_STRINGS;
  problems: readonly { where: string; message: string }[];
  onExportRaw: () => Promise<string>;
}

type Status = ActionStatus;

export function StoreProblems({ strings, problems, onExportRaw }: StoreProblemsProps) {
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const exportRaw = async () => {
    try {
      setStatus({ kind: 'ok', message: await onExportRaw() });
    } catch (e) {
      setStatus({ kind: 'error', message: errorMessage(e) });
    }
  };
  return (
    <section class="card banner" aria-labelledby="store-problems-heading" data-testid="store-problems">
      <h2 id="store-problems-heading">{strings.heading}</h2>
      <p>{strings.intro(problems.length)}</p>
      <ul data-testid="store-problems-list">
        {problems.slice(0, SHOWN).map((p, i) => (
          <li key={i}>
            <code>{p.where}</code> — {p.message}
          </li>
        ))}
      </ul>
      {problems.length > SHOWN && <p>{strings.more(problems.length - SHOWN)}</p>}
      <div class="row">
        <button type="button" data-testid="raw-export" onClick={() => void exportRaw()}>
          {strings.exportRaw}
        </button>
      </div>
      <p class="muted">{strings.exportRawHint}</p>
      <StatusLine status={status} testid="raw-export-status" />
    </section>
  );
}
