// The real outside world for the CLI: process streams, the file system, the environment.
import { open, writeFile } from 'node:fs/promises';
import type { CliIO } from './io';

interface Sink {
  readonly isTTY?: boolean;
  write(text: string): unknown;
  on(event: 'error', listener: (err: NodeJS.ErrnoException) => void): unknown;
}

export interface NodeIOOptions {
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly stdout?: Sink;
  readonly stderr?: Sink;
}

/**
 * Colours follow https://no-color.org: on for a terminal unless NO_COLOR is set to
 * anything non-empty; off for pipes, files and TERM=dumb.
 */
export function wantsColour(
  isTTY: boolean,
  env: Readonly<Record<string, string | undefined>>,
): boolean {
  if (!isTTY) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return env.TERM !== 'dumb';
}

/**
 * A reader closing the pipe early (`vtopo rules --json | head`) is not an error of ours,
 * and a stream that fails has nowhere left to report to: further output is dropped
 * instead of crashing with a stack trace.
 */
function writer(sink: Sink): (text: string) => void {
  let closed = false;
  sink.on('error', () => {
    closed = true;
  });
  return (text) => {
    if (!closed && text.length > 0) sink.write(text);
  };
}

/** Far above any real document (10,000 elements is a few MB), far below running out of memory. */
export const MAX_READ_BYTES = 128 * 1024 * 1024;

/**
 * Reads a whole file, refusing one past `limit` bytes. Reads until end of file rather than
 * trusting the size from stat, so pipes (`<(cat doc)`) work and /dev/zero cannot exhaust memory.
 */
export async function readLimited(path: string, limit = MAX_READ_BYTES): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const chunk = new Uint8Array(1 << 20);
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > limit) {
        throw Object.assign(new Error(`larger than ${limit} bytes`), {
          code: 'ERR_FS_FILE_TOO_LARGE',
        });
      }
      chunks.push(chunk.subarray(0, bytesRead));
    }
    return Buffer.concat(chunks, total);
  } finally {
    await handle.close();
  }
}

export function nodeIO(options: NodeIOOptions = {}): CliIO {
  const stdout = options.stdout ?? process.stdout;
  const stderr = options.stderr ?? process.stderr;
  return {
    stdout: writer(stdout),
    stderr: writer(stderr),
    isTTY: wantsColour(stdout.isTTY === true, options.env ?? process.env),
    readFile: (path) => readLimited(path),
    writeFile: (path, data) => writeFile(path, data),
  };
}
