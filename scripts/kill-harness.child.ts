// The process the kill harness kills: it saves harness documents over one target with the
// app's atomic save, as fast as it can, until SIGKILL. In a "point" mode it stops inside
// its first save at that point (after write, after fsync, after rename) and waits there to
// be killed, so those moments are hit deterministically.
// Run (after transpiling, see kill-harness.lib.ts): node child.mjs TARGET SCRATCH_DIR; it
// warms up with one save in SCRATCH_DIR (so kills land in steady-state saves, not in the
// first slow one), says "ready" and waits for "go FIRST_VERSION MODE" on stdin (the harness
// starts children ahead of time: starting node is the slow part).
import { unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../main/fs/atomic-write';
import type { SavePoint } from '../main/fs/atomic-write';
import { harnessDocument } from './kill-harness.doc';

const [target, scratch] = process.argv.slice(2);
if (!target || !scratch) throw new Error('usage: child TARGET SCRATCH_DIR');

function waitForKill(): never {
  // Blocks this thread for good: nothing after this point runs before the SIGKILL.
  const cell = new Int32Array(new SharedArrayBuffer(4));
  for (;;) Atomics.wait(cell, 0, 0);
}

async function save(first: number, mode: string): Promise<void> {
  for (let v = first; ; v++) {
    const hooks =
      mode === 'random'
        ? {}
        : {
            [mode as SavePoint]: () => {
              process.stdout.write(`at ${mode} ${v}\n`);
              waitForKill();
            },
          };
    await writeFileAtomic(target!, harnessDocument(v), { hooks });
    process.stdout.write(`saved ${v}\n`);
  }
}

let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk: string) => {
  input += chunk;
  const nl = input.indexOf('\n');
  if (nl < 0) return;
  process.stdin.pause();
  const [command, first, mode] = input.slice(0, nl).split(' ');
  if (command !== 'go' || !first || !mode) throw new Error(`unexpected command: ${input}`);
  void save(Number(first), mode);
});
const warmup = join(scratch, `warmup-${process.pid}.vtopo`);
void writeFileAtomic(warmup, harnessDocument(1))
  .then(() => unlink(warmup))
  .then(() => process.stdout.write('ready\n'));
