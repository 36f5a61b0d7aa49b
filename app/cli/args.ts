// Argument parsing on node:util parseArgs, with its errors turned into one-line usage
// errors (exit 2) instead of exceptions.
import { parseArgs } from 'node:util';
import type { ParseArgsConfig } from 'node:util';
import type { CliIO } from './io';
import { printable } from './terminal-text';

type Options = NonNullable<ParseArgsConfig['options']>;

export interface Parsed {
  readonly values: Readonly<Record<string, string | boolean | undefined>>;
  readonly positionals: readonly string[];
}

export type ParseResult = { ok: true; parsed: Parsed } | { ok: false; reason: string };

export function parseCommandArgs(args: readonly string[], options: Options): ParseResult {
  try {
    const { values, positionals } = parseArgs({
      args: [...args],
      options,
      allowPositionals: true,
      strict: true,
    });
    return { ok: true, parsed: { values: values as Parsed['values'], positionals } };
  } catch (err) {
    return { ok: false, reason: firstLine(err) };
  }
}

/** An error as one line; parseArgs's advice about `--` is dropped, the usage follows anyway. */
export function firstLine(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  const line = message.split('\n', 1)[0] ?? '';
  return printable(line.replace(/\. To specify a positional argument.*$/, ''));
}

/** Prints a usage error: one line saying what is wrong, then the usage. Returns exit 2. */
export function usageError(io: CliIO, reason: string, usage: string): number {
  io.stderr(`vtopo: ${printable(reason)}\n\n${usage}`);
  return 2;
}
