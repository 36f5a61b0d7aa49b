// An in-memory CliIO for running commands in-process: files in a map, output captured.
import type { CliIO } from '../../../app/cli/io';

export interface MemoryIO extends CliIO {
  readonly out: () => string;
  readonly err: () => string;
  readonly written: Map<string, Uint8Array | string>;
}

export function memoryIO(files: Record<string, string | Uint8Array> = {}, isTTY = false): MemoryIO {
  let out = '';
  let err = '';
  const stored = new Map(Object.entries(files));
  const written = new Map<string, Uint8Array | string>();
  return {
    stdout: (text) => {
      out += text;
    },
    stderr: (text) => {
      err += text;
    },
    isTTY,
    readFile: async (path) => {
      const data = stored.get(path);
      if (data === undefined) {
        throw Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), {
          code: 'ENOENT',
        });
      }
      return typeof data === 'string' ? new TextEncoder().encode(data) : data;
    },
    writeFile: async (path, data) => {
      written.set(path, data);
    },
    out: () => out,
    err: () => err,
    written,
  };
}

type Node = { id: string; kind: string; parent?: string; label?: string; props?: object };

/** The text of a vtopo document with these nodes. */
export function docText(nodes: Node[], extra: Record<string, unknown> = {}): string {
  return JSON.stringify({
    format: 'vtopo',
    version: 1,
    nodes: nodes.map((n) => ({ props: {}, ...n })),
    links: [],
    settings: {},
    ...extra,
  });
}

/** Hardware, a type-1 hypervisor on it, a Linux guest: nothing wrong. */
export const CLEAN = docText([
  { id: 'hw1', kind: 'hardware', label: 'Server', props: { cpuCores: 16, memoryGiB: 64 } },
  {
    id: 'hv1',
    kind: 'hypervisor',
    parent: 'hw1',
    label: 'ESXi',
    props: { hypervisorType: 'type1' },
  },
  { id: 'g1', kind: 'os', parent: 'hv1', label: 'Ubuntu', props: { family: 'linux', vcpus: 4 } },
]);

/** A type-1 hypervisor on a host OS: an error on the hypervisor. */
export const WRONG = docText([
  { id: 'hw1', kind: 'hardware', label: 'Server' },
  { id: 'os1', kind: 'os', parent: 'hw1', label: 'Windows', props: { family: 'windows' } },
  {
    id: 'hv1',
    kind: 'hypervisor',
    parent: 'os1',
    label: 'ESXi',
    props: { hypervisorType: 'type1' },
  },
]);

/** An OS standing on nothing: a warning only. */
export const UNPLACED = docText([
  { id: 'os1', kind: 'os', label: 'Lonely', props: { family: 'linux' } },
]);
