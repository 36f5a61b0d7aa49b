// The webPreferences of every window: Electron's security checklist, spelled out (most are
// the defaults today; stating them keeps a future default change or a careless edit from
// weakening them, and lets the tests and the scanner see them).
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
} as const satisfies WebPreferences;

/** The editor window: the preload bridge is its only way out. */
export function editorWebPreferences(preload: string, devTools: boolean): WebPreferences {
  return { ...LOCKED_DOWN, preload, devTools };
}

/** The rule catalogue window: static HTML, no preload, no JavaScript. */
export function helpWebPreferences(): WebPreferences {
  return { ...LOCKED_DOWN, javascript: false, devTools: false };
}
