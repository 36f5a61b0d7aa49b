import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The renderer: one build for Electron (loaded from file://, hence relative paths) and the
// plain browser (served by `npm run web`).
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
  preview: { host: '127.0.0.1' },
  server: { host: '127.0.0.1' },
});
