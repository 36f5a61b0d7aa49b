// Every question and notice the document flows put to the user, worded in one place: the
// buttons, which one is the default and which one Escape means.
import { basename, dirname } from 'node:path';
import type { Dialogs, EditorWindow } from './ports';

export function time(ms: number): string {
  return new Date(ms).toLocaleString();
}

export class Questions {
  constructor(private readonly dialogs: Dialogs) {}

  async tell(win: EditorWindow | null, type: 'info' | 'error', message: string): Promise<void> {
    await this.dialogs.message(win, { type, message, buttons: ['OK'], defaultId: 0, cancelId: 0 });
  }

  /** The file changed (or went) since it was opened: replace it, save elsewhere, or not save. */
  async overwriteChanged(
    win: EditorWindow,
    path: string,
    disk: { kind: 'changed'; mtimeMs: number } | { kind: 'missing' },
  ): Promise<'overwrite' | 'saveAs' | 'cancel'> {
    const name = basename(path);
    const changed = disk.kind === 'changed';
    const choice = await this.dialogs.message(win, {
      type: 'warning',
      message: changed
        ? `“${name}” was changed by another program since you opened it.`
        : `“${name}” was moved, renamed or deleted since you opened it.`,
      detail:
        disk.kind === 'changed'
          ? `The copy on disk was modified at ${time(disk.mtimeMs)}. Saving replaces it with this version; Save As keeps both.`
          : `Saving puts it back in “${dirname(path)}”; Save As lets you choose another place.`,
      buttons: [changed ? 'Replace' : 'Save', 'Save As…', 'Cancel'],
      defaultId: 1,
      cancelId: 2,
    });
    return choice === 0 ? 'overwrite' : choice === 1 ? 'saveAs' : 'cancel';
  }

  async replaceExisting(win: EditorWindow, path: string): Promise<boolean> {
    const choice = await this.dialogs.message(win, {
      type: 'warning',
      message: `“${basename(path)}” already exists. Do you want to replace it?`,
      buttons: ['Replace', 'Cancel'],
      defaultId: 1,
      cancelId: 1,
    });
    return choice === 0;
  }

  async revert(win: EditorWindow, name: string): Promise<boolean> {
    const choice = await this.dialogs.message(win, {
      type: 'warning',
      message: `Revert to the saved version of “${name}”?`,
      detail: 'Your unsaved changes will be lost.',
      buttons: ['Revert', 'Cancel'],
      defaultId: 1,
      cancelId: 1,
    });
    return choice === 0;
  }

  async saveBeforeClosing(
    win: EditorWindow,
    title: string,
  ): Promise<'save' | 'discard' | 'cancel'> {
    const choice = await this.dialogs.message(win, {
      type: 'warning',
      message: `Do you want to save the changes you made to “${title}”?`,
      detail: "Your changes will be lost if you don't save them.",
      buttons: ['Save', "Don't Save", 'Cancel'],
      defaultId: 0,
      cancelId: 2,
    });
    return choice === 0 ? 'save' : choice === 1 ? 'discard' : 'cancel';
  }

  /** A hung window cannot hand over its document; its last backup is all there is. */
  async closeHungWindow(win: EditorWindow): Promise<boolean> {
    const choice = await this.dialogs.message(win, {
      type: 'error',
      message: 'The window is not responding, so its document cannot be saved now.',
      detail: 'Its last backup is kept and will be offered back the next time vtopo starts.',
      buttons: ['Close Anyway', 'Cancel'],
      defaultId: 1,
      cancelId: 1,
    });
    return choice === 0;
  }

  async reloadCrashed(
    win: EditorWindow,
    reason: string,
    backedUpAt: number | undefined,
  ): Promise<boolean> {
    const choice = await this.dialogs.message(win, {
      type: 'error',
      message: 'The editor window stopped working.',
      detail:
        `Reason: ${reason}.` +
        (backedUpAt === undefined
          ? ''
          : ` Your unsaved changes up to ${time(backedUpAt)} were backed up and will be offered back.`),
      buttons: ['Reload', 'Close Window'],
      defaultId: 0,
      cancelId: 1,
    });
    return choice === 0;
  }
}
