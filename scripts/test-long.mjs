// `npm run test:long`: the long runs behind the README's "Reliability" figures, one after
// the other: the hardening suites with many more cases (vitest, VTOPO_LONG=1), the same in
// Chromium (Playwright), and the kill -9 harness at 1,000 random moments. Prints every
// suite's figures at the end; exits 1 when any step failed.
//   node scripts/test-long.mjs [--skip-e2e] [--skip-kill] [--kills N]
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import process from 'node:process';

const root = join(import.meta.dirname, '..');
// Not under test-results/: Playwright empties that folder when it starts.
const figuresDir = join(tmpdir(), `vtopo-figures-${process.pid}`);
const args = process.argv.slice(2);
const killsAt = args.indexOf('--kills');
const kills = killsAt >= 0 ? args[killsAt + 1] : '1000';

rmSync(figuresDir, { recursive: true, force: true });
mkdirSync(figuresDir, { recursive: true });
const env = { ...process.env, VTOPO_LONG: '1', VTOPO_FIGURES_DIR: figuresDir };

/** Runs a command with its output shown, and keeps the output; resolves to its exit code. */
function run(title, command, commandArgs) {
  console.log(`\n=== ${title}: ${command} ${commandArgs.join(' ')}\n`);
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, commandArgs, {
      cwd: root,
      env,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (b) => {
      out += b;
      process.stdout.write(b);
    });
    child.on('close', (code) =>
      resolve({ title, code: code ?? 1, out, seconds: (Date.now() - started) / 1000 }),
    );
  });
}

const steps = [
  await run('hardening suites, long', 'npx', [
    'vitest',
    'run',
    '-c',
    'tests/long/vitest.config.ts',
  ]),
];
if (!args.includes('--skip-e2e')) {
  steps.push(
    await run('hostile documents and labels in Chromium, long', 'npx', [
      'playwright',
      'test',
      'tests/e2e/hostile-labels.spec.ts',
      'tests/e2e/hostile-documents.spec.ts',
    ]),
  );
}
if (!args.includes('--skip-kill')) {
  steps.push(await run('kill -9 harness', 'npx', ['tsx', 'scripts/kill-harness.ts', kills]));
}

console.log('\n=== figures\n');
for (const file of readdirSync(figuresDir).sort()) {
  const figures = JSON.parse(readFileSync(join(figuresDir, file), 'utf8'));
  console.log(file.replace(/\.json$/, ''));
  for (const [k, v] of Object.entries(figures)) {
    const shown = Number.isInteger(v) ? v.toLocaleString('en-US') : v.toFixed(1);
    console.log(`  ${k.padEnd(48)} ${shown}`);
  }
}
for (const s of steps) {
  for (const line of s.out.split('\n'))
    if (/^\[figures\] .*in the editor/.test(line)) console.log(line);
  const torn = /torn files:\s+(\d+)/.exec(s.out);
  if (torn) console.log(`kill -9 harness: ${kills} kills, ${torn[1]} torn files`);
}
console.log('');
for (const s of steps) {
  console.log(`${s.code === 0 ? 'ok    ' : 'FAILED'} ${s.title} (${s.seconds.toFixed(0)} s)`);
}
process.exit(steps.every((s) => s.code === 0) ? 0 : 1);
