// `vtopo rules [RULE...] [--json]`: the rule catalogue, each rule with why it exists.
import { RULES, ruleById } from '../../rules/catalogue';
import type { RuleMeta, RuleModule } from '../../rules/types';
import { parseCommandArgs, usageError } from '../args';
import type { CliCommand } from '../io';
import { painter } from '../terminal-text';
import type { Paint, Tone } from '../terminal-text';
import { COMMAND_USAGE } from '../usage';

const USAGE = COMMAND_USAGE.rules;
const WIDTH = 80;
const INDENT = '    ';

export interface RuleEntry {
  readonly id: string;
  readonly category: RuleMeta['category'];
  readonly severity: RuleMeta['severity'];
  readonly title: string;
  readonly explanation: string;
  readonly defaultOff: boolean;
}

export function ruleEntry({ meta }: RuleModule): RuleEntry {
  return {
    id: meta.id,
    category: meta.category,
    severity: meta.severity,
    title: meta.title,
    explanation: meta.explanation,
    defaultOff: meta.defaultOff === true,
  };
}

export const rulesCommand: CliCommand = async (args, io) => {
  const result = parseCommandArgs(args, { json: { type: 'boolean' } });
  if (!result.ok) return usageError(io, result.reason, USAGE);
  const { values, positionals } = result.parsed;

  let chosen: readonly RuleModule[] = RULES;
  if (positionals.length > 0) {
    const picked: RuleModule[] = [];
    for (const id of positionals) {
      const rule = ruleById(id);
      if (!rule) return usageError(io, `no rule '${id}' (vtopo rules lists them all)`, USAGE);
      picked.push(rule);
    }
    chosen = picked;
  }

  const entries = chosen.map(ruleEntry);
  if (values.json === true) {
    io.stdout(`${JSON.stringify(entries, null, 2)}\n`);
  } else {
    const paint = painter(io.isTTY);
    io.stdout(entries.map((e) => ruleText(e, paint)).join('\n'));
  }
  return 0;
};

const TONE: Readonly<Record<RuleEntry['severity'], Tone>> = {
  error: 'red',
  warning: 'yellow',
  info: 'cyan',
};

function ruleText(e: RuleEntry, paint: Paint): string {
  const severity = paint(TONE[e.severity], e.severity) + (e.defaultOff ? ' (off by default)' : '');
  const head = `${paint('bold', e.id)}  ${severity}  ${e.title}\n`;
  return (
    head +
    wrap(e.explanation, WIDTH - INDENT.length)
      .map((l) => `${INDENT}${l}\n`)
      .join('')
  );
}

/** Greedy word wrap; a word longer than the width gets a line of its own. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (word === '') continue;
    if (line === '') line = word;
    else if (line.length + 1 + word.length <= width) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}
