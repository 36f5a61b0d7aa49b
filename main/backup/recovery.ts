// Offering a backup back after a crash. The user always decides; a backup whose file was
// changed on disk after the backup's document was opened or saved (so the file is newer
// than what the backup builds on) is never put in the file's place: it opens as a separate
// unsaved copy, after saying so.
import { basename } from 'node:path';
import { compareWithDisk } from '../fs/file-stamp';
import type { DiskState, FileStamp } from '../fs/file-stamp';
import { safeFileName, stemOf } from '../documents/file-names';
import type { Dialogs, EditorWindow } from '../documents/ports';
import type { BackupRecord } from './backup-store';

export type RecoveryPlan =
  | { readonly kind: 'discard' }
  | { readonly kind: 'later' }
  /** The file is as the backup's document left it: the work goes back onto that file. */
  | {
      readonly kind: 'onto-file';
      readonly path: string;
      readonly stamp: FileStamp;
      readonly name: string;
    }
  /** No file, or one changed since: an untitled copy, saved only through Save As. */
  | { readonly kind: 'copy'; readonly name: string };

function when(ms: number): string {
  return new Date(ms).toLocaleString();
}

export async function offerRecovery(
  record: BackupRecord,
  dialogs: Dialogs,
  parent: EditorWindow | null,
): Promise<RecoveryPlan> {
  const name = record.file ? basename(record.file.path) : record.title || 'Untitled';
  const choice = await dialogs.message(parent, {
    type: 'question',
    message: `Recover the unsaved changes to “${name}”?`,
    detail:
      `vtopo closed before they were saved; they were backed up at ${when(record.savedAt)}.` +
      (record.file
        ? ` The document is ${record.file.path}.`
        : ' The document had not been saved to a file yet.'),
    buttons: ['Recover', 'Discard', 'Decide Later'],
    defaultId: 0,
    cancelId: 2,
  });
  if (choice === 1) return { kind: 'discard' };
  if (choice !== 0) return { kind: 'later' };
  if (!record.file)
    return { kind: 'copy', name: safeFileName(record.title || 'Untitled', '.vtopo') };

  let disk: DiskState;
  try {
    disk = await compareWithDisk(record.file.path, record.file.stamp);
  } catch {
    disk = { kind: 'missing' };
  }
  if (disk.kind === 'same') {
    return { kind: 'onto-file', path: record.file.path, stamp: disk.stamp, name };
  }
  const copyName = `${stemOf(record.file.path)} (recovered).vtopo`;
  const again = await dialogs.message(parent, {
    type: 'warning',
    message:
      disk.kind === 'changed'
        ? `“${name}” was changed after this backup was made.`
        : `“${name}” is no longer where it was.`,
    detail:
      (disk.kind === 'changed'
        ? `The file on disk was modified at ${when(disk.mtimeMs)}; the backup builds on an older version. `
        : '') +
      `The backup opens as a separate unsaved copy, “${copyName}”, so it cannot overwrite the file; save it with Save As.`,
    buttons: ['Open Backup as Copy', 'Decide Later'],
    defaultId: 0,
    cancelId: 1,
  });
  return again === 0 ? { kind: 'copy', name: copyName } : { kind: 'later' };
}
