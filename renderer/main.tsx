import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import './styles.css';
import { App } from './App';
import { createWebHost } from './host/web-host';
import type { Host } from './host/host';
import { installKindStyles } from './kind-styles';
import { editor } from './store/editor';
import { openText } from './store/actions';

declare global {
  interface Window {
    /** Set by the Electron preload: the desktop host. */
    vtopoHost?: Host;
    /** Read-only views for end-to-end tests and tools: the document and its findings. */
    vtopo?: {
      doc(): unknown;
      diagnostics(): unknown;
      layout(): unknown;
      load(text: string, name?: string): boolean;
    };
  }
}

installKindStyles();

window.vtopo = {
  doc: () => editor.getState().doc,
  diagnostics: () => editor.getState().diagnostics,
  layout: () => editor.getState().layout,
  // Opens document text as if from a file (benchmarks and tests feed documents this way).
  load: (text, name) => openText(text, name ?? null),
};

const host: Host = window.vtopoHost ?? createWebHost();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App host={host} />
  </StrictMode>,
);
