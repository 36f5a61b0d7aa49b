// Every IPC message is checked for where it came from before anything else: the top frame
// of one of our editor windows, showing our own page. A frame inside the page, a page that
// navigated elsewhere, or any other web contents gets nothing.
import { APP_ORIGIN } from '../security/app-origin';

export interface SenderFrame {
  readonly url: string;
  /** null for a window's top frame. */
  readonly parent: unknown;
}

export interface IpcSenderEvent {
  readonly sender: { readonly id: number };
  readonly senderFrame: SenderFrame | null | undefined;
}

export function isAppPage(url: string): boolean {
  try {
    const u = new URL(url);
    return u.origin === APP_ORIGIN || `${u.protocol}//${u.host}` === APP_ORIGIN;
  } catch {
    return false;
  }
}

export function isTrustedSender(
  event: IpcSenderEvent,
  isEditorContents: (webContentsId: number) => boolean,
): boolean {
  const frame = event.senderFrame;
  if (!frame) return false; // the frame navigated away or was destroyed
  if (frame.parent !== null) return false;
  if (!isEditorContents(event.sender.id)) return false;
  return isAppPage(frame.url);
}
