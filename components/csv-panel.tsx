// Spreadsheets in and out: contacts and conversations exported as CSV, and LinkedIn's own
// Connections.csv imported as contacts. Rows that could not be imported are listed with their
// line number and the reason, never dropped silently.
import { useState } from 'preact/hooks';
import type { CONNECTIONS_STRINGS } from './connections-strings';
import type { CSV_STRINGS } from './csv-panel-strings';
import { errorMessage } from '@/utils/domain/errors';
import { StatusLine, type ActionStatus } from './status-line';

export interface ConnectionsResult {
  message: string;
  problems: { line: number; reason: string }[];
}

export interface CsvPanelProps {
  strings: typeof CSV_STRINGS;
  connectionStrings: typeof CONNECTIONS_STRINGS;
  onExportContacts: () => Promise<string>;
  onExportConversations: () => Promise<string>;
  onImportConnections: (file: File) => Promise<ConnectionsResult>;
  readOnly?: boolean;
}

/** Contacts and conversations out, as CSV files, with how it went. */
function CsvExportSection({
  strings,
  onExportContacts,
  onExportConversations,
}: Pick<CsvPanelProps, 'strings' | 'onExportContacts' | 'onExportConversations'>) {
  const [exportStatus, setExportStatus] = useState<ActionStatus>({ kind: 'idle' });

  const exportWith = async (work: () => Promise<string>) => {
    try {
      setExportStatus({ kind: 'ok', message: await work() });
    } catch (e) {
      setExportStatus({ kind: 'error', message: errorMessage(e) });
    }
  };

  return (
    <section class="card" aria-labelledby="csv-heading">
      <h2 id="csv-heading">{strings.heading}</h2>
      <p class="muted">{strings.intro}</p>
      <div class="row">
        <button
          type="button"
          class="secondary"
          data-testid="csv-export-contacts"
          onClick={() => exportWith(onExportContacts)}
        >
          {strings.exportContacts}
        </button>
        <button
          type="button"
          class="secondary"
          data-testid="csv-export-conversations"
          onClick={() => exportWith(onExportConversations)}
        >
          {strings.exportConversations}
        </button>
      </div>
      <StatusLine status={exportStatus} testid="csv-status" />
    </section>
  );
}

/** The rows of Connections.csv that could not be imported: each line number with its reason. */
function ConnectionsProblems({
  problems,
  cs,
}: {
  problems: ConnectionsResult['problems'];
  cs: typeof CONNECTIONS_STRINGS;
}) {
  return (
    <div class="problems" data-testid="connections-problems">
      <p>
        <strong>{cs.problemsHeading(problems.length)}</strong>
      </p>
      <ul>
        {problems.map((p) => (
          <li key={`${p.line}-${p.reason}`}>
            <span class="line-no">{cs.line(p.line)}</span> {p.reason}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** LinkedIn's Connections.csv in, as contacts, with the rows that could not be imported. */
function ConnectionsImportSection({
  connectionStrings: cs,
  onImportConnections,
  readOnly,
}: Pick<CsvPanelProps, 'connectionStrings' | 'onImportConnections' | 'readOnly'>) {
  const [importStatus, setImportStatus] = useState<ActionStatus>({ kind: 'idle' });
  const [problems, setProblems] = useState<ConnectionsResult['problems']>([]);

  const importFrom = (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    setProblems([]);
    setImportStatus({ kind: 'busy', message: cs.reading });
    onImportConnections(file)
      .then(
        (result) => {
          setImportStatus({ kind: 'ok', message: result.message });
          setProblems(result.problems);
        },
        (err: unknown) => setImportStatus({ kind: 'error', message: errorMessage(err) }),
      )
      .finally(() => {
        input.value = '';
      });
  };

  return (
    <section class="card" aria-labelledby="connections-heading">
      <h2 id="connections-heading">{cs.heading}</h2>
      <p class="muted">{cs.intro}</p>
      <label class={`button secondary${readOnly ? ' disabled' : ''}`}>
        {cs.import}
        <input
          type="file"
          accept=".csv,text/csv"
          class="visually-hidden"
          data-testid="connections-import"
          disabled={readOnly}
          aria-describedby={readOnly ? 'connections-read-only' : undefined}
          onChange={(e) => importFrom(e.currentTarget)}
        />
      </label>
      {readOnly && (
        <p class="hint" id="connections-read-only" data-testid="connections-read-only">
          {cs.readOnly}
        </p>
      )}
      <StatusLine status={importStatus} testid="connections-status" />
      {problems.length > 0 && <ConnectionsProblems problems={problems} cs={cs} />}
    </section>
  );
}

export function CsvPanel(props: CsvPanelProps) {
  return (
    <>
      <CsvExportSection {...props} />
      <ConnectionsImportSection {...props} />
    </>
  );
}
