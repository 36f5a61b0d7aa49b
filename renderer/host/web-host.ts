// The browser host: the File System Access API where the browser has it (Chromium), else
// a file input to open and a download to save.
import type { Host, HostResult, OpenedFile, SavedFile } from './host';

interface FileHandle {
  name: string;
  getFile(): Promise<File>;
  createWritable(): Promise<{ write(data: BlobPart): Promise<void>; close(): Promise<void> }>;
}

interface FsAccessWindow {
  showOpenFilePicker?: (opts: unknown) => Promise<FileHandle[]>;
  showSaveFilePicker?: (opts: unknown) => Promise<FileHandle>;
}

const VTOPO_TYPES = [
  { description: 'vtopo document', accept: { 'application/json': ['.vtopo', '.json'] } },
];

const fs = () => window as unknown as FsAccessWindow;

function isAbort(e: unknown): boolean {
  return e instanceof DOMException && e.name === 'AbortError';
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

function pickWithInput(): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.vtopo,.json,application/json';
    input.addEventListener('change', () => resolve(input.files?.[0] ?? null), { once: true });
    input.addEventListener('cancel', () => resolve(null), { once: true });
    input.click();
  });
}

function download(data: BlobPart, name: string, mime: string): void {
  const url = URL.createObjectURL(new Blob([data], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

async function write(handle: FileHandle, data: BlobPart): Promise<void> {
  const w = await handle.createWritable();
  await w.write(data);
  await w.close();
}

export function createWebHost(): Host {
  return {
    kind: 'web',

    async open(): Promise<HostResult<OpenedFile | null>> {
      try {
        const picker = fs().showOpenFilePicker;
        if (picker) {
          const [handle] = await picker({ types: VTOPO_TYPES, multiple: false });
          if (!handle) return { ok: true, value: null };
          const file = await handle.getFile();
          const bytes = new Uint8Array(await file.arrayBuffer());
          return { ok: true, value: { name: file.name, bytes, ref: handle } };
        }
        const file = await pickWithInput();
        if (!file) return { ok: true, value: null };
        return {
          ok: true,
          value: { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) },
        };
      } catch (e) {
        if (isAbort(e)) return { ok: true, value: null };
        return { ok: false, error: `Could not open the file: ${message(e)}` };
      }
    },

    async save(text, suggestedName, ref): Promise<HostResult<SavedFile | null>> {
      try {
        const picker = fs().showSaveFilePicker;
        if (ref && typeof (ref as FileHandle).createWritable === 'function') {
          await write(ref as FileHandle, text);
          return { ok: true, value: { name: (ref as FileHandle).name, ref } };
        }
        if (picker) {
          const handle = await picker({ suggestedName, types: VTOPO_TYPES });
          await write(handle, text);
          return { ok: true, value: { name: handle.name, ref: handle } };
        }
        download(text, suggestedName, 'application/json');
        return { ok: true, value: { name: suggestedName } };
      } catch (e) {
        if (isAbort(e)) return { ok: true, value: null };
        return { ok: false, error: `Could not save: ${message(e)}` };
      }
    },

    async exportFile(data, suggestedName, mime): Promise<HostResult<string | null>> {
      const blob = typeof data === 'string' ? data : new Uint8Array(data);
      try {
        const picker = fs().showSaveFilePicker;
        if (picker) {
          const ext = suggestedName.slice(suggestedName.lastIndexOf('.'));
          const handle = await picker({
            suggestedName,
            types: [{ description: mime, accept: { [mime]: [ext] } }],
          });
          await write(handle, blob);
          return { ok: true, value: handle.name };
        }
        download(blob, suggestedName, mime);
        return { ok: true, value: suggestedName };
      } catch (e) {
        if (isAbort(e)) return { ok: true, value: null };
        return { ok: false, error: `Could not export: ${message(e)}` };
      }
    },

    setDocumentState({ title, dirty }) {
      document.title = `${dirty ? '• ' : ''}${title} — vtopo`;
    },
  };
}
