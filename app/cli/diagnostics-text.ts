// The human report of `vtopo validate`: one line per diagnostic, then a summary.
import type { Diagnostic, VDoc } from '../model/document';
import { nameOf } from '../model/document';
import type { Severity } from '../model/kinds';
import type { Paint, Tone } from './terminal-text';
import { printable } from './terminal-text';

const TONE: Readonly<Record<Severity, Tone>> = { error: 'red', warning: 'yellow', info: 'cyan' };

/** A diagnostic can name a whole cycle; a line names a few and counts the rest. */
const NAMED_PER_LINE = 3;

/** Labels by id, first element or link wins (as the rules name them). */
function labeller(doc: VDoc | undefined): (id: string) => string {
  const byId = new Map<string, { id: string; label?: string }>();
  for (const node of doc?.nodes ?? []) if (!byId.has(node.id)) byId.set(node.id, node);
  for (const link of doc?.links ?? []) if (!byId.has(link.id)) byId.set(link.id, { id: link.id });
  return (id) => nameOf(byId.get(id), id);
}

function who(elements: readonly string[], label: (id: string) => string): string {
  const shown = elements.slice(0, NAMED_PER_LINE).map(label).join(', ');
  const more = elements.length - NAMED_PER_LINE;
  return more > 0 ? `${shown} and ${more} more` : shown;
}

/** `FILE: "Label" (id): severity [rule] message`, the element part left out when none is named. */
export function diagnosticLines(
  file: string,
  doc: VDoc | undefined,
  diagnostics: readonly Diagnostic[],
  paint: Paint,
): string[] {
  const label = labeller(doc);
  const where = printable(file);
  return diagnostics.map((d) => {
    const named = d.elements.length > 0 ? `${printable(who(d.elements, label))}: ` : '';
    const severity = paint(TONE[d.severity] ?? 'bold', d.severity);
    return `${where}: ${named}${severity} ${paint('dim', `[${printable(d.rule)}]`)} ${printable(d.message)}`;
  });
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "3 problems (1 error, 2 warnings)", or "no problems". */
export function summaryLine(diagnostics: readonly Diagnostic[], paint: Paint): string {
  if (diagnostics.length === 0) return paint('green', 'no problems');
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const d of diagnostics) {
    if (d.severity === 'error') errors++;
    else if (d.severity === 'warning') warnings++;
    else infos++;
  }
  const parts: string[] = [];
  if (errors > 0) parts.push(count(errors, 'error', 'errors'));
  if (warnings > 0) parts.push(count(warnings, 'warning', 'warnings'));
  if (infos > 0) parts.push(count(infos, 'info', 'infos'));
  const tone: Tone = errors > 0 ? 'red' : warnings > 0 ? 'yellow' : 'cyan';
  const text = `${count(diagnostics.length, 'problem', 'problems')} (${parts.join(', ')})`;
  return paint('bold', paint(tone, text));
}
