// The webPreferences of every window: Electron's security checklist, spelled out (most are
// the defaults today; stating them keeps a future default change or a careless edit from
// weakening them, and lets the tests see them). Where a window is created, the main keys are
// written out again in the literal, because electronegativity reads only that literal.
import type { WebPreferences } from 'electron';

const LOCKED_DOWN = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
  navigateOnDragDrop: false,
  safeDialogs: true,
  spellcheck: false,
  // A middle click on a link would otherwise ask for a new window (denied anyway).
  disableBlinkFeatures: 'Auxclick',
} as const satisfies WebPreferences;

/** The editor window: the preload bridge is its only way out. */
export function editorWebPreferences(preload: string, devTools: boolean): WebPreferences {
  return { ...LOCKED_DOWN, preload, devTools };
}

/** The rule catalogue window: static HTML, no preload, no JavaScript. */
export function helpWebPreferences(): WebPreferences {
  return { ...LOCKED_DOWN, javascript: false, devTools: false };
}
