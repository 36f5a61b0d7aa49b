// Documents named on a command line: the OS's file association starts `vtopo FILE`, a
// second instance passes its argv on to the first. Switches (Chromium adds some) and the
// app's own path are skipped; relative names resolve against the caller's folder.
import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const DOCUMENT = /\.(vtopo|json)$/i;
const MAX_FILES = 32;

export function documentPathsFromArgv(
  argv: readonly string[],
  cwd: string,
  isPackaged: boolean,
): string[] {
  // Packaged: [app, ...args]. From source: [electron, appPath, ...args].
  const args = argv.slice(isPackaged ? 1 : 2);
  const out: string[] = [];
  for (const arg of args) {
    if (out.length >= MAX_FILES) break;
    if (typeof arg !== 'string' || arg === '' || arg.startsWith('-')) continue;
    let path = arg;
    if (/^file:\/\//i.test(arg)) {
      try {
        path = fileURLToPath(arg);
      } catch {
        continue;
      }
    }
    if (!DOCUMENT.test(path)) continue;
    const full = isAbsolute(path) ? path : resolve(cwd, path);
    if (!out.includes(full)) out.push(full);
  }
  return out;
}
