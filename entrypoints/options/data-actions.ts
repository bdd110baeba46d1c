// The options page's use cases for the data: export a backup (or everything as stored), import a
// backup, export CSV, import LinkedIn connections. Each reads or writes the store and returns what
// to tell the user; the views (components/backup-panel.tsx, csv-panel.tsx, erase-panel.tsx) call
// them through the callbacks data-sections.tsx hands them.
import type { ConnectionsResult } from '@/components/csv-panel';
import { backupFileName, readBackupAsync, writeBackup } from '@/utils/domain/backup';
import { parseConnectionsCsv } from '@/utils/domain/connections-csv';
import { contactsCsv, conversationsCsv } from '@/utils/domain/csv';
import { errorMessage } from '@/utils/domain/errors';
import { nextTask } from '@/utils/next-task';
import { warmCodecWorkers } from '@/utils/store/codec-pool';
import { importBackup, importConnections } from '@/utils/store/operations';
import { loadRaw, loadSnapshot } from '@/utils/store/repository';
import { saveFile } from '@/utils/save-file';
import { strings } from './strings';

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
