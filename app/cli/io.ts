// What a CLI command touches of the outside world, so tests can run it in-process.
export interface CliIO {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Whether stdout is a terminal (colours on). */
  readonly isTTY: boolean;
  readonly readFile: (path: string) => Promise<Uint8Array>;
  readonly writeFile: (path: string, data: Uint8Array | string) => Promise<void>;
}

/** A command: parses its own arguments and returns the exit code. */
export type CliCommand = (args: readonly string[], io: CliIO) => Promise<number>;
