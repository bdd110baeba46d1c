// The options page's wiring: store ↔ views.
import { BackupPanel } from '@/components/backup-panel';
import { backupFileName, readBackup, writeBackup } from '@/utils/domain/backup';
import { importBackup } from '@/utils/store/operations';
import { loadSnapshot } from '@/utils/store/repository';
import { saveFile } from './save-file';
import { strings } from './strings';

async function exportBackup(): Promise<string> {
  const snap = await loadSnapshot();
  const name = backupFileName();
  saveFile(name, writeBackup({ contacts: snap.contacts.values(), conversations: snap.conversations.values(), settings: snap.settings }), 'application/json');
  return strings.exported(name, snap.contacts.size, snap.conversations.size);
}

async function importFile(file: File): Promise<string> {
  const result = readBackup(await file.text());
  if (!result.ok) throw new Error(`${file.name}: ${result.error}\n${strings.nothingChanged}`);
  return (await importBackup(result.backup)).message;
}

export function App() {
  return (
    <main class="options">
      <h1>{strings.title}</h1>
      <BackupPanel strings={strings.backup} onExport={exportBackup} onImport={importFile} />
    </main>
  );
}
