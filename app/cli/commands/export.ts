// `vtopo export FILE -o OUT.svg|OUT.png [--scale N] [--theme light|dark] [--transparent]
// [--title] [--legend] [--marks]`: the drawing as a file. A document with diagnostics still
// exports (a teacher draws a wrong stack on purpose); only an unreadable one is refused.
import { exportSvg } from '../../export/svg';
import { PngTooLargeError } from '../../export/png';
import type { PngScale } from '../../export/png';
import { exportPng } from '../../export/png-node';
import { validate } from '../../rules/engine';
import { loadDocumentBytes } from '../../schema/load';
import { firstLine, parseCommandArgs, usageError } from '../args';
import type { CliCommand } from '../io';
import { readFailure } from '../read-failure';
import { printable } from '../terminal-text';
import { COMMAND_USAGE } from '../usage';

const USAGE = COMMAND_USAGE.export;

export const exportCommand: CliCommand = async (args, io) => {
  const result = parseCommandArgs(args, {
    output: { type: 'string', short: 'o' },
    scale: { type: 'string' },
    theme: { type: 'string' },
    transparent: { type: 'boolean' },
    title: { type: 'boolean' },
    legend: { type: 'boolean' },
    marks: { type: 'boolean' },
  });
  if (!result.ok) return usageError(io, result.reason, USAGE);
  const { values, positionals } = result.parsed;
  const [file, ...extra] = positionals;
  if (file === undefined) return usageError(io, 'export needs a FILE', USAGE);
  if (extra.length > 0) return usageError(io, `unexpected argument '${extra[0]}'`, USAGE);
  const out = values.output;
  if (typeof out !== 'string' || out === '')
    return usageError(io, 'export needs -o OUT.svg or -o OUT.png', USAGE);
  const format = /\.svg$/i.test(out) ? 'svg' : /\.png$/i.test(out) ? 'png' : undefined;
  if (!format) return usageError(io, `OUT must end in .svg or .png, not '${out}'`, USAGE);
  const theme = values.theme ?? 'light';
  if (theme !== 'light' && theme !== 'dark') {
    return usageError(io, `--theme is light or dark, not '${String(theme)}'`, USAGE);
  }
  let scale: PngScale = 1;
  if (values.scale !== undefined) {
    const s = String(values.scale);
    if (!/^[1-4]$/.test(s)) return usageError(io, `--scale is 1, 2, 3 or 4, not '${s}'`, USAGE);
    if (format !== 'png') return usageError(io, '--scale applies to PNG output only', USAGE);
    scale = Number(s) as PngScale;
  }

  const fail = (what: string, reason: string): number => {
    io.stderr(`vtopo export: ${printable(what)}: ${printable(reason)}\n`);
    return 2;
  };
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(file);
  } catch (err) {
    return fail(file, readFailure(err));
  }
  const loaded = loadDocumentBytes(bytes);
  if (!loaded.ok) return fail(file, loaded.reason);

  const svg = exportSvg(loaded.doc, {
    theme,
    transparent: values.transparent === true,
    title: values.title === true,
    legend: values.legend === true,
    ...(values.marks === true ? { diagnostics: validate(loaded.doc, loaded.diagnostics) } : {}),
  });
  let data: Uint8Array | string = svg;
  if (format === 'png') {
    try {
      data = await exportPng(svg, { scale });
    } catch (err) {
      if (err instanceof PngTooLargeError) return fail(out, err.message);
      return fail(out, `cannot draw the PNG: ${firstLine(err)}`);
    }
  }
  try {
    await io.writeFile(out, data);
  } catch (err) {
    return fail(out, `cannot write it: ${firstLine(err)}`);
  }
  return 0;
};
