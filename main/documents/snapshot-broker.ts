// Main asks a window for its document (to back it up, to save it on close) and the window
// answers on another channel; this pairs each answer with its question, and answers
// "nothing" for a window that does not reply in time (hung, crashed, still loading).
import { PUSH } from '../ipc/channels';
import type { Snapshot } from '../ipc/schemas';
import type { EditorWindow } from './ports';

interface Pending {
  readonly windowId: number;
  readonly resolve: (snapshot: Snapshot | null) => void;
  readonly timer: ReturnType<typeof setTimeout>;
}

export class SnapshotBroker {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  constructor(private readonly timeoutMs: number) {}

  request(win: EditorWindow): Promise<Snapshot | null> {
    if (win.isDestroyed()) return Promise.resolve(null);
    const id = this.nextId++;
    return new Promise((resolve) => {
      const timer = setTimeout(() => this.settle(id, null), this.timeoutMs);
      this.pending.set(id, { windowId: win.id, resolve, timer });
      try {
        win.send(PUSH.snapshotRequest, id);
      } catch {
        this.settle(id, null);
      }
    });
  }

  /** An answer; ignored unless it is to a question this window was asked. */
  reply(windowId: number, id: number, snapshot: Snapshot | null): boolean {
    const p = this.pending.get(id);
    if (!p || p.windowId !== windowId) return false;
    this.settle(id, snapshot);
    return true;
  }

  /** The window is gone: its open questions get no answer. */
  dropWindow(windowId: number): void {
    for (const [id, p] of this.pending) if (p.windowId === windowId) this.settle(id, null);
  }

  private settle(id: number, snapshot: Snapshot | null): void {
    const p = this.pending.get(id);
    if (!p) return;
    this.pending.delete(id);
    clearTimeout(p.timer);
    p.resolve(snapshot);
  }
}
