// The options page's data sections: backup, spreadsheets (CSV) and erasing everything. The views
// take their actions from data-actions.ts.
import { BackupPanel } from '@/components/backup-panel';
import { CsvPanel } from '@/components/csv-panel';
import { ErasePanel } from '@/components/erase-panel';
import { eraseAll } from '@/utils/store/operations';
import type { Snapshot } from '@/utils/store/repository';
import { exportBackup, exportCsv, importBackupFile, importConnectionsFile } from './data-actions';
import { strings } from './strings';

export interface DataSectionsProps {
  /** The records, once read (erasing shows how many there are). */
  snapshot: Snapshot | null;
  readOnly: boolean;
}

export function DataSections({ snapshot, readOnly }: DataSectionsProps) {
  return (
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
  );
}
