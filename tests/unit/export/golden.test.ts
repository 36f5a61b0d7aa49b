// Golden SVGs of the templates: any change to the drawing shows up as a diff to review.
// UPDATE_GOLDEN=1 npx vitest run tests/unit/export/golden.test.ts rewrites them.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportSvg } from '../../../app/export';
import type { SvgOptions } from '../../../app/export';
import { TEMPLATES, loadTemplate } from './fixtures';

const DIR = new URL('../../fixtures/golden/', import.meta.url).pathname;
const UPDATE = process.env.UPDATE_GOLDEN === '1';

const VARIANTS: readonly { suffix: string; opts: SvgOptions }[] = [
  // What `vtopo export FILE -o OUT.svg` writes.
  { suffix: '', opts: {} },
  // Dark, titled, with a legend; without the font blob, so the diff stays readable.
  { suffix: '.dark', opts: { theme: 'dark', title: true, legend: true, embedFont: false } },
];

describe('golden SVGs', () => {
  for (const name of TEMPLATES) {
    for (const { suffix, opts } of VARIANTS) {
      const file = `${DIR}${name}${suffix}.svg`;
      it(`${name}${suffix}.svg`, () => {
        const svg = exportSvg(loadTemplate(name), opts);
        if (UPDATE || !existsSync(file)) {
          if (!UPDATE) throw new Error(`${file} is missing: run with UPDATE_GOLDEN=1 to write it`);
          mkdirSync(DIR, { recursive: true });
          writeFileSync(file, svg);
        }
        expect(svg).toBe(readFileSync(file, 'utf8'));
      });
    }
  }
});
