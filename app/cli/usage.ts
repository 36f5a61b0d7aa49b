// The help texts: what `vtopo --help` and `vtopo <command> --help` print.
import pkg from '../../package.json' with { type: 'json' };

export const VERSION: string = pkg.version;

export const COMMAND_NAMES = ['validate', 'export', 'rules'] as const;
export type CommandName = (typeof COMMAND_NAMES)[number];

export function isCommandName(name: string): name is CommandName {
  return (COMMAND_NAMES as readonly string[]).includes(name);
}

export const MAIN_USAGE = `Usage: vtopo <command> [options]

Check and export vtopo virtualization topologies (.vtopo files).

Commands:
  validate FILE [--json]      check a document against the rules
  export FILE -o OUT          draw a document as SVG or PNG
  rules [RULE...] [--json]    list the rules vtopo checks, and why

Options:
  -h, --help       show help (also: vtopo <command> --help)
  -v, --version    show the version

Exit codes: 0 success, 1 the document has errors, 2 the command could not run.
`;

export const COMMAND_USAGE: Readonly<Record<CommandName, string>> = {
  validate: `Usage: vtopo validate FILE [--json]

Checks FILE against every rule and prints one line per problem, then a summary.

Options:
  --json       print {"file", "diagnostics": [{"rule", "severity", "message", "elements"}]}
  -h, --help   show this help

Exit codes:
  0  no diagnostic has severity error (warnings and infos may remain)
  1  at least one error
  2  FILE cannot be read as a vtopo document (unreadable, not JSON, not a vtopo
     document, or from a newer vtopo), or the arguments are wrong
`,
  export: `Usage: vtopo export FILE -o OUT.svg|OUT.png [--scale N] [--theme light|dark]
                    [--transparent] [--title] [--legend] [--marks]

Draws FILE the way the textbooks do (hardware at the bottom, layers above) and
writes it as SVG or PNG, chosen by OUT's extension. A document with problems still
exports; only one that cannot be read is refused.

Options:
  -o, --output OUT     the file to write (.svg or .png)
  --scale N            PNG pixels per SVG pixel: 1, 2, 3 or 4 (default 1)
  --theme light|dark   colour theme (default light)
  --transparent        no background behind the drawing
  --title              draw the document's title
  --legend             draw a legend of the kinds
  --marks              mark the elements that have problems
  -h, --help           show this help

Exit codes: 0 written, 2 FILE cannot be read, OUT cannot be written, or the
arguments are wrong.
`,
  rules: `Usage: vtopo rules [RULE...] [--json]

Lists the rules vtopo checks: id, default severity, title and explanation.
Name rule ids to show only those.

Options:
  --json       print a list of {"id", "category", "severity", "title", "explanation", "defaultOff"}
  -h, --help   show this help

Exit codes: 0 listed, 2 an unknown rule id.
`,
};
