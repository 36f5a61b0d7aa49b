// The long runs (npm run test:long): the hardening suites with many more cases
// (VTOPO_LONG=1), and the suites too slow for npm test.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/hardening/**/*.test.ts', 'tests/long/**/*.test.ts'],
    env: { VTOPO_LONG: '1' },
    testTimeout: 3_600_000,
    hookTimeout: 600_000,
    // One file at a time: the figures are timings too.
    fileParallelism: false,
  },
});
