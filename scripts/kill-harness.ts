// The long run of the kill -9 harness (the unit tests run a short one):
//   npx tsx scripts/kill-harness.ts [KILLS=1000] [--seed N] [--max-delay MS]
// Exits 1 if any kill left a torn file, an unexpected version, or a temp file behind.
import { runKillHarness } from './kill-harness.lib';

function option(name: string): number | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : undefined;
}

const positional = process.argv
  .slice(2)
  .filter((a, i, all) => !a.startsWith('--') && !all[i - 1]?.startsWith('--'));
const kills = Number(positional[0] ?? 1000);
if (!Number.isInteger(kills) || kills <= 0) {
  console.error('usage: tsx scripts/kill-harness.ts [KILLS] [--seed N] [--max-delay MS]');
  process.exit(2);
}
const seed = option('--seed') ?? Date.now() % 2 ** 31;
const maxDelayMs = option('--max-delay');

console.log(`kill -9 harness: ${kills} kills, seed ${seed}`);
const report = await runKillHarness({
  kills,
  seed,
  ...(maxDelayMs === undefined ? {} : { maxDelayMs }),
  onProgress: (done, r) => {
    if (done % 100 === 0) console.log(`  ${done} kills, ${r.torn} torn, ${r.midSave} mid-save`);
  },
});
console.log(
  [
    `kills:            ${report.kills} (random ${report.byMode.random}, after write ${report.byMode.afterWrite}, ` +
      `after fsync ${report.byMode.afterFsync}, after rename ${report.byMode.afterRename})`,
    `caught mid-save:  ${report.midSave}`,
    `torn files:       ${report.torn}`,
    `temp files left by kills and removed by the start-up clean-up: ${report.tempsCleaned}`,
    `versions saved:   ${report.lastVersion}`,
    `time:             ${(report.elapsedMs / 1000).toFixed(1)} s`,
  ].join('\n'),
);
if (report.failures.length > 0) {
  console.error(`FAILED:\n  ${report.failures.slice(0, 50).join('\n  ')}`);
  process.exit(1);
}
console.log(
  `survived all ${report.kills} kills: every time the file was exactly the old or the new document`,
);
