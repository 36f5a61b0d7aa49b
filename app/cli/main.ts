// The `vtopo` command: picks a command from argv and runs it. Every failure ends as a
// one-line message and an exit code, never as a stack trace.
import { firstLine, usageError } from './args';
import type { CliCommand, CliIO } from './io';
import { nodeIO } from './node-io';
import { printable } from './terminal-text';
import { COMMAND_USAGE, MAIN_USAGE, VERSION, isCommandName } from './usage';
import type { CommandName } from './usage';

// Loaded on demand: `vtopo rules` should not pay for the exporter and its PNG renderer.
const COMMANDS: Readonly<Record<CommandName, () => Promise<CliCommand>>> = {
  validate: async () => (await import('./commands/validate')).validateCommand,
  export: async () => (await import('./commands/export')).exportCommand,
  rules: async () => (await import('./commands/rules')).rulesCommand,
};

const HELP = new Set(['-h', '--help']);

/** Runs `vtopo` with argv (without node and the script) and returns the exit code. */
export async function main(argv: readonly string[], io: CliIO = nodeIO()): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (err) {
    io.stderr(`vtopo: internal error: ${firstLine(err)}\n`);
    return 2;
  }
}

async function dispatch(argv: readonly string[], io: CliIO): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) return usageError(io, 'no command given', MAIN_USAGE);
  if (HELP.has(first)) {
    io.stdout(MAIN_USAGE);
    return 0;
  }
  if (first === '-v' || first === '--version') {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  if (first === 'help') return help(rest, io);
  if (!isCommandName(first)) {
    const what = first.startsWith('-') ? 'unknown option' : 'unknown command';
    return usageError(io, `${what} '${printable(first)}'`, MAIN_USAGE);
  }
  // Help wins over everything else on the line; `--` ends the options, as in parseArgs.
  const end = rest.indexOf('--');
  if ((end < 0 ? rest : rest.slice(0, end)).some((a) => HELP.has(a))) {
    io.stdout(COMMAND_USAGE[first]);
    return 0;
  }
  const command = await COMMANDS[first]();
  return command(rest, io);
}

/** `vtopo help [COMMAND]`. */
function help(args: readonly string[], io: CliIO): number {
  const [name] = args;
  if (name === undefined) {
    io.stdout(MAIN_USAGE);
    return 0;
  }
  if (!isCommandName(name)) return usageError(io, `unknown command '${name}'`, MAIN_USAGE);
  io.stdout(COMMAND_USAGE[name]);
  return 0;
}
