// `vtopo validate FILE [--json]`: load diagnostics plus rule diagnostics, and an exit code
// a script can trust (0 no errors, 1 errors, 2 not a vtopo document at all).
import type { Diagnostic } from '../../model/document';
import { validate } from '../../rules/engine';
import { loadDocumentBytes } from '../../schema/load';
import { parseCommandArgs, usageError } from '../args';
import { diagnosticLines, summaryLine } from '../diagnostics-text';
import type { CliCommand } from '../io';
import { readFailure } from '../read-failure';
import { painter, printable } from '../terminal-text';
import { COMMAND_USAGE } from '../usage';

const USAGE = COMMAND_USAGE.validate;

export const validateCommand: CliCommand = async (args, io) => {
  const result = parseCommandArgs(args, { json: { type: 'boolean' } });
  if (!result.ok) return usageError(io, result.reason, USAGE);
  const { values, positionals } = result.parsed;
  const [file, ...extra] = positionals;
  if (file === undefined) return usageError(io, 'validate needs a FILE', USAGE);
  if (extra.length > 0) return usageError(io, `unexpected argument '${extra[0]}'`, USAGE);

  const fail = (reason: string): number => {
    io.stderr(`vtopo validate: ${printable(file)}: ${printable(reason)}\n`);
    return 2;
  };

  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(file);
  } catch (err) {
    return fail(readFailure(err));
  }
  const loaded = loadDocumentBytes(bytes);
  if (!loaded.ok) return fail(loaded.reason);

  const diagnostics = validate(loaded.doc, loaded.diagnostics);
  if (values.json === true) {
    io.stdout(`${JSON.stringify({ file, diagnostics: diagnostics.map(plain) }, null, 2)}\n`);
  } else {
    const paint = painter(io.isTTY);
    const lines = diagnosticLines(file, loaded.doc, diagnostics, paint);
    lines.push(summaryLine(diagnostics, paint));
    io.stdout(`${lines.join('\n')}\n`);
  }
  return diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
};

/** Exactly the four documented fields, whatever else a diagnostic object carries. */
function plain(d: Diagnostic): Diagnostic {
  return { rule: d.rule, severity: d.severity, message: d.message, elements: [...d.elements] };
}
