// The short run of the kill -9 harness (the long one: `npx tsx scripts/kill-harness.ts 1000`).
import { describe, expect, it } from 'vitest';
import { runKillHarness } from '../../../scripts/kill-harness.lib';

describe('kill -9 during atomic saves', () => {
  it(
    'leaves exactly the old or the new document every time, and no temp file after the next start',
    async () => {
      const report = await runKillHarness({ kills: 48, seed: 20240601 });
      expect(report.failures).toEqual([]);
      expect(report.torn).toBe(0);
      expect(report.kills).toBe(48);
      expect(report.byMode).toEqual({ random: 24, afterWrite: 8, afterFsync: 8, afterRename: 8 });
      // Every kill after the write or the fsync leaves its temp file; the clean-up removed each.
      expect(report.midSave).toBeGreaterThanOrEqual(16);
      expect(report.tempsCleaned).toBe(report.midSave);
      // Random kills let whole saves through too, not only the first one.
      expect(report.lastVersion).toBeGreaterThan(8);
    },
    // Each kill starts a node process; on a busy two-core machine that is most of a second.
    180_000,
  );
});
