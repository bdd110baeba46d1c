// The options page's wiring: store → views, view callbacks → store operations and files.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { BackupPanel } from '@/components/backup-panel';
import { CsvPanel, type ConnectionsResult } from '@/components/csv-panel';
import { ErasePanel } from '@/components/erase-panel';
import { SettingsForm } from '@/components/settings-form';
import { StoreProblems } from '@/components/store-problems';
import { TemplateEditor } from '@/components/template-editor';
import { backupFileName, readBackupAsync, writeBackup } from '@/utils/domain/backup';
import { contactsCsv, conversationsCsv, parseConnectionsCsv } from '@/utils/domain/csv';
import type { Settings, Theme } from '@/utils/domain/model';
import { lastProfileContact } from '@/utils/domain/records';
import { SHIPPED_TEMPLATES, effectiveTemplates } from '@/utils/domain/templates';
import { eraseAll, importBackup, importConnections, saveSettings } from '@/utils/store/operations';
import { loadReadHealth, type ReadHealth } from '@/utils/store/read-health';
import { loadRaw, loadSnapshot } from '@/utils/store/repository';
import { useSnapshot } from '@/utils/store/use-store';
import { nextTask } from '@/utils/next-task';
import { warmCodecWorkers } from '@/utils/store/codec-pool';
import { saveFile } from './save-file';
import { PrepQuestionsEditor } from '@/components/prep-questions-editor';
import { effectiveQuestions } from '@/utils/domain/prepare';
import { strings } from './strings';
import { errorMessage } from '@/utils/domain/errors';

export function applyTheme(theme: Theme, root: HTMLElement = document.documentElement): void {
  root.dataset.theme = theme;
}

export async function exportBackup(save = saveFile): Promise<string> {
  const snap = await loadSnapshot();
  const name = backupFileName();
  save(
    name,
    writeBackup({
      contacts: snap.contacts.values(),
      conversations: snap.conversations.values(),
      settings: snap.settings,
    }),
    'application/json',
  );
  return strings.exported(name, snap.contacts.size, snap.conversations.size);
}

/** Everything stored, exactly as stored (readable or not): nothing is lost that can't be read. */
export async function exportRaw(save = saveFile): Promise<string> {
  const now = new Date();
  const name = backupFileName(now, 'json', 'fifteen-as-stored');
  const file = { format: 'fifteen-as-stored', exportedAt: now.toISOString(), storage: await loadRaw() };
  save(name, JSON.stringify(file, null, 2), 'application/json');
  return strings.storeProblems.exported(name);
}

/**
 * Reads, checks in chunks (the page stays responsive), then merges in one transaction, whose
 * shards the codec workers compress (started now, while the file is read).
 */
export async function importBackupFile(
  file: File,
  progress: (message: string) => void,
  pause: () => Promise<void> = nextTask,
): Promise<string> {
  warmCodecWorkers();
  progress(strings.progress.parsing);
  await pause();
  const result = await readBackupAsync(await file.text(), {
    onProgress: (p) => progress(strings.progress.checking(p.field, p.done, p.total)),
    pause,
  });
  if (!result.ok) throw new Error(`${file.name}: ${result.error}\n${strings.nothingChanged}`);
  progress(strings.progress.saving(result.backup.contacts.length + result.backup.conversations.length));
  await pause();
  return (await importBackup(result.backup)).message;
}

export async function exportCsv(which: 'contacts' | 'conversations', save = saveFile): Promise<string> {
  const snap = await loadSnapshot();
  const name = backupFileName(new Date(), 'csv', `fifteen-${which}`);
  const text =
    which === 'contacts'
      ? contactsCsv(snap.contacts.values())
      : conversationsCsv(snap.conversations.values(), snap.contacts);
  save(name, text, 'text/csv');
  return strings.csv.exported(name, which === 'contacts' ? snap.contacts.size : snap.conversations.size);
}

export async function importConnectionsFile(file: File): Promise<ConnectionsResult> {
  let parsed;
  try {
    parsed = parseConnectionsCsv(await file.text(), new Date());
  } catch (e) {
    throw new Error(strings.connections.notConnections(file.name, errorMessage(e)));
  }
  const count = await importConnections(parsed.contacts);
  return {
    message: strings.connections.result(count.added, count.updated, count.unchanged),
    problems: parsed.problems,
  };
}

/** How well the helper has read the user's last profiles; loaded once, as the page opens. */
function useReadHealth(): ReadHealth | null {
  const [health, setHealth] = useState<ReadHealth | null>(null);
  useEffect(() => {
    loadReadHealth().then(setHealth, () => setHealth(null));
  }, []);
  return health;
}

export function App() {
  const state = useSnapshot();
  const reads = useReadHealth();
  const snapshot = state.status === 'ready' ? state.snapshot : null;
  const settings = snapshot?.settings;

  useEffect(() => {
    if (settings) applyTheme(settings.theme);
  }, [settings?.theme]);

  const lastProfile = useMemo(() => (snapshot ? lastProfileContact(snapshot.contacts.values()) : null), [snapshot]);
  const readOnly = snapshot?.readOnly ?? false;

  return (
    <>
      <header class="top">
        <div class="top-inner">
          <h1>
            <span aria-hidden="true">☕ </span>
            {strings.title}
          </h1>
          <nav aria-label={strings.nav.label}>
            <ul class="nav">
              {(['you', 'goals', 'reminders', 'appearance', 'templates', 'questions', 'data'] as const).map((id) => (
                <li key={id}>
                  <a href={`#${id}`}>{strings.nav[id]}</a>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </header>
      <main class="options">
        <p class="muted tagline">{strings.tagline}</p>
        {state.status === 'loading' && <p aria-live="polite">{strings.loading}</p>}
        {state.status === 'error' && (
          <p role="alert" class="status-error">
            {strings.loadError(state.error)}
          </p>
        )}
        {snapshot?.readOnly && (
          <p role="alert" class="banner">
            {strings.readOnly}
          </p>
        )}
        {reads && reads.failed > 0 && (
          <p role="status" class="banner" data-testid="read-health">
            {strings.readHealth(reads.failed, reads.total)}
          </p>
        )}
        {snapshot && snapshot.problems.length > 0 && (
          <StoreProblems strings={strings.storeProblems} problems={snapshot.problems} onExportRaw={() => exportRaw()} />
        )}
        {settings && (
          <>
            <SettingsForm
              settings={settings}
              strings={strings.settings}
              saveStrings={strings.save}
              readOnly={readOnly}
              onTheme={(theme) => applyTheme(theme)}
              onSave={(patch: Partial<Settings>) => saveSettings(patch)}
            />
            <TemplateEditor
              templates={effectiveTemplates(settings.templates)}
              custom={settings.templates !== null && settings.templates.length > 0}
              defaults={SHIPPED_TEMPLATES}
              author={settings}
              noteLimit={settings.noteLimit}
              lastProfile={lastProfile}
              strings={strings.templates}
              saveStrings={strings.save}
              readOnly={readOnly}
              onSave={(templates) => saveSettings({ templates })}
            />
            <PrepQuestionsEditor
              questions={effectiveQuestions(settings.prepQuestions)}
              custom={!!settings.prepQuestions?.length}
              strings={strings.prepQuestions}
              saveStrings={strings.save}
              readOnly={readOnly}
              onSave={(prepQuestions) => saveSettings({ prepQuestions })}
            />
          </>
        )}
        <div id="data" class="section-group">
          <BackupPanel
            strings={strings.backup}
            readOnly={readOnly}
            onExport={() => exportBackup()}
            onImport={(file, progress) => importBackupFile(file, progress)}
          />
          <CsvPanel
            strings={strings.csv}
            connectionStrings={strings.connections}
            readOnly={readOnly}
            onExportContacts={() => exportCsv('contacts')}
            onExportConversations={() => exportCsv('conversations')}
            onImportConnections={importConnectionsFile}
          />
          {snapshot && (
            <ErasePanel
              strings={strings.erase}
              contacts={snapshot.contacts.size}
              conversations={snapshot.conversations.size}
              readOnly={readOnly}
              onExport={() => exportBackup()}
              onErase={eraseAll}
            />
          )}
        </div>
      </main>
    </>
  );
}
