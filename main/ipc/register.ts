// The IPC handlers. Each one first checks who is asking (the top frame of one of our
// editor windows, on our own page) and then what (the zod schemas), and only then acts,
// for the window that asked: a window can only ever reach its own document.
import type { z } from 'zod';
import type { DocumentController } from '../documents/controller';
import type { Session } from '../documents/session';
import { INVOKE, SEND } from './channels';
import {
  documentStateArgs,
  exportArgs,
  nativeEditArgs,
  noArgs,
  openDroppedArgs,
  saveArgs,
  snapshotArgs,
} from './schemas';
import { isTrustedSender } from './sender-check';
import type { IpcSenderEvent } from './sender-check';

export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcSenderEvent, ...args: unknown[]) => unknown): void;
  on(channel: string, listener: (event: IpcSenderEvent, ...args: unknown[]) => void): void;
}

type Warn = (message: string) => void;

const REFUSED = { ok: false, error: 'vtopo refused this request.' } as const;
const INVALID = { ok: false, error: 'vtopo received an invalid request.' } as const;

export function registerIpc(
  ipc: IpcMainLike,
  c: DocumentController,
  warn: Warn = console.warn,
): void {
  const sessionOf = (channel: string, event: IpcSenderEvent): Session | undefined => {
    if (!isTrustedSender(event, (id) => c.isEditorContents(id))) {
      warn(`vtopo: refused ${channel} from ${event.senderFrame?.url ?? 'a destroyed frame'}`);
      return undefined;
    }
    return c.sessionForContents(event.sender.id);
  };

  /** An answered request: refused or invalid ones get a failed result, never an exception. */
  function handle<S extends z.ZodType>(
    channel: string,
    schema: S,
    run: (s: Session, args: z.infer<S>) => Promise<unknown>,
  ): void {
    ipc.handle(channel, async (event, ...args) => {
      const s = sessionOf(channel, event);
      if (!s) return REFUSED;
      const parsed = schema.safeParse(args);
      if (!parsed.success) {
        warn(`vtopo: invalid ${channel}`);
        return INVALID;
      }
      return run(s, parsed.data);
    });
  }

  function on<S extends z.ZodType>(
    channel: string,
    schema: S,
    run: (s: Session, args: z.infer<S>) => void,
  ): void {
    ipc.on(channel, (event, ...args) => {
      const s = sessionOf(channel, event);
      if (!s) return;
      const parsed = schema.safeParse(args);
      if (!parsed.success) return warn(`vtopo: invalid ${channel}`);
      run(s, parsed.data);
    });
  }

  handle(INVOKE.open, noArgs, (s) => c.open(s.win.id));
  handle(INVOKE.save, saveArgs, (s, [text, name, ref]) => c.save(s.win.id, text, name, ref));
  handle(INVOKE.exportFile, exportArgs, (s, [data, name, mime]) =>
    c.exportFile(s.win.id, data, name, mime),
  );
  handle(INVOKE.openDropped, openDroppedArgs, (s, [path, bytes]) =>
    c.openDropped(s.win.id, path, bytes),
  );

  on(SEND.documentState, documentStateArgs, (s, [state]) => c.setDocumentState(s.win.id, state));
  on(SEND.snapshot, snapshotArgs, (s, [id, snap]) => c.snapshotReply(s.win.id, id, snap));
  on(SEND.nativeEdit, nativeEditArgs, (s, [action]) => c.nativeEdit(s.win.id, action));
  on(SEND.ready, noArgs, (s) => c.rendererReady(s.win.id));
}
