import { builtinModules } from 'node:module';
import { defineConfig } from 'vite';

// The Electron main process and its preload, bundled for Node (not for the browser).
//   vite build -c vite.main.config.ts                  -> dist/main/main.js (ES module)
//   vite build -c vite.main.config.ts --mode preload   -> dist/main/preload.cjs (CommonJS:
//     a sandboxed preload cannot be an ES module, and may require only 'electron')
// electron and resvg's native module stay outside the bundle; everything else (app/, zod)
// is bundled in, so the packaged app needs no node_modules but resvg.
export default defineConfig(({ mode }) => {
  const preload = mode === 'preload';
  return {
    publicDir: false,
    build: {
      outDir: 'dist/main',
      // The two builds share the folder: neither empties it.
      emptyOutDir: false,
      target: 'node20',
      minify: false,
      sourcemap: true,
      reportCompressedSize: false,
      ssr: preload ? 'main/preload.ts' : 'main/main.ts',
      rollupOptions: {
        external: [
          'electron',
          '@resvg/resvg-js',
          ...builtinModules,
          ...builtinModules.map((m) => `node:${m}`),
        ],
        output: {
          format: preload ? 'cjs' : 'es',
          entryFileNames: preload ? 'preload.cjs' : 'main.js',
        },
      },
    },
    ssr: {
      // Bundle dependencies (zod) instead of leaving them as imports.
      noExternal: true,
      target: 'node',
    },
  };
});
