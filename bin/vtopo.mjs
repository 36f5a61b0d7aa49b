#!/usr/bin/env node
// The `vtopo` command. The CLI is TypeScript, run through tsx so no build step stands
// between `npm install` and `npx vtopo`.
import process from 'node:process';
import { URL, fileURLToPath } from 'node:url';

/** Any failure of our own is one line on stderr, never a stack trace. */
function fatal(err) {
  const message = err instanceof Error ? err.message : String(err);
  process.stderr.write(`vtopo: ${message.split('\n', 1)[0]}\n`);
  process.exitCode = 2;
}

try {
  const { register } = await import('tsx/esm/api');
  register({ tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)) });
  const { main } = await import(new URL('../app/cli/main.ts', import.meta.url).href);
  // exitCode, not process.exit(): exiting would cut off output still queued for a pipe.
  process.exitCode = await main(process.argv.slice(2));
} catch (err) {
  fatal(err);
}
