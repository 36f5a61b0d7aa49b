// The production builds the canvas figures run on: vtopo's renderer (its own vite config,
// built into dist/bench/vtopo so a concurrent `npm run web` keeps its dist/renderer) and
// the bare React Flow page.
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export const PAGES = {
  vtopo: here('../dist/bench/vtopo'),
  bare: here('../dist/bench/bare'),
} as const;

export async function buildPages(): Promise<void> {
  await build({
    configFile: here('../vite.config.ts'),
    root: here('../renderer'),
    build: { outDir: PAGES.vtopo, emptyOutDir: true },
    logLevel: 'warn',
  });
  await build({ configFile: here('bare/vite.config.ts'), logLevel: 'warn' });
}
