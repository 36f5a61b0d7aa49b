// The CLI's contract on any input (DESIGN.md, "The command line"): exit 0, 1 or 2; on 2,
// one line on stderr saying why and nothing on stdout; never a stack trace; JSON that
// parses with exactly the documented fields; no control character from a document
// reaching the terminal.

// eslint-disable-next-line no-control-regex -- control characters are what is looked for
const UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
// eslint-disable-next-line no-control-regex -- the colour codes the CLI itself writes
const COLOUR = /\u001b\[\d+m/g;
const STACK = /\n\s+at |node:internal|internal error/;

export interface Ran {
  readonly code: number | null;
  readonly out: string;
  readonly err: string;
}

/** Why a `validate` run broke the contract ([] when it did not). */
export function validateProblems(r: Ran, json: boolean, colour: boolean): string[] {
  const problems = common(r, 'validate');
  if (r.code === 0 || r.code === 1) {
    if (r.err !== '')
      problems.push(`exit ${r.code} with stderr ${JSON.stringify(r.err.slice(0, 80))}`);
    if (json) {
      let report: { file?: unknown; diagnostics?: unknown };
      try {
        report = JSON.parse(r.out) as typeof report;
      } catch {
        return [...problems, 'stdout is not JSON'];
      }
      if (!Array.isArray(report.diagnostics)) return [...problems, 'no diagnostics list'];
      let errors = 0;
      for (const d of report.diagnostics as Record<string, unknown>[]) {
        const keys = Object.keys(d).join(',');
        if (keys !== 'rule,severity,message,elements') problems.push(`a diagnostic with ${keys}`);
        if (!['error', 'warning', 'info'].includes(d.severity as string)) {
          problems.push(`severity ${JSON.stringify(d.severity)}`);
        }
        if (d.severity === 'error') errors++;
      }
      if (errors > 0 !== (r.code === 1)) problems.push(`exit ${r.code} with ${errors} errors`);
    } else {
      const shown = colour ? r.out.replace(COLOUR, '') : r.out;
      if (UNSAFE.test(shown)) problems.push('a control character reached the terminal');
      if (!/(no problems|\d+ problems? \([^)]*\))\n$/.test(shown)) problems.push('no summary line');
    }
  }
  return problems;
}

/** Why an `export` run broke the contract. */
export function exportProblems(r: Ran): string[] {
  const problems = common(r, 'export');
  if (r.code === 1) problems.push('export exited 1');
  if (r.code === 0 && (r.out !== '' || r.err !== '')) problems.push('export printed on success');
  return problems;
}

function common(r: Ran, command: string): string[] {
  const problems: string[] = [];
  if (r.code !== 0 && r.code !== 1 && r.code !== 2) problems.push(`exit ${String(r.code)}`);
  if (STACK.test(r.err) || STACK.test(r.out)) problems.push('a stack trace or an internal error');
  if (r.code === 2) {
    if (r.out !== '') problems.push('exit 2 with stdout');
    const prefix = `vtopo ${command}: `;
    if (
      !r.err.startsWith(prefix) ||
      !r.err.endsWith('\n') ||
      r.err.indexOf('\n') !== r.err.length - 1
    ) {
      problems.push(`exit 2 without one line of reason: ${JSON.stringify(r.err.slice(0, 120))}`);
    }
    if (UNSAFE.test(r.err.slice(0, -1))) problems.push('a control character in the reason');
  }
  return problems;
}
