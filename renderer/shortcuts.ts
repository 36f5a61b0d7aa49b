// The keyboard map: one table, shown in menus and tooltips, so what a menu says is what
// the key does.
export const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const mod = isMac ? '⌘' : 'Ctrl+';
const shift = isMac ? '⇧' : 'Shift+';

export const SHORTCUTS = {
  new: `${mod}N`,
  open: `${mod}O`,
  save: `${mod}S`,
  saveAs: `${shift}${mod}S`,
  export: `${mod}E`,
  undo: `${mod}Z`,
  redo: isMac ? `${shift}${mod}Z` : 'Ctrl+Y',
  cut: `${mod}X`,
  copy: `${mod}C`,
  paste: `${mod}V`,
  duplicate: `${mod}D`,
  delete: 'Delete',
  selectAll: `${mod}A`,
  fit: `${shift}1`,
  zoomIn: '+',
  zoomOut: '-',
  palette: `${mod}K`,
} as const;

export type Action = keyof typeof SHORTCUTS | 'escape';

/** The action a key press asks for, or undefined. */
export function actionFor(e: KeyboardEvent): Action | undefined {
  const m = isMac ? e.metaKey : e.ctrlKey;
  const k = e.key.toLowerCase();
  if (m && !e.altKey) {
    if (k === 'z') return e.shiftKey ? 'redo' : 'undo';
    if (k === 'y') return 'redo';
    if (k === 's') return e.shiftKey ? 'saveAs' : 'save';
    if (k === 'o') return 'open';
    if (k === 'n') return 'new';
    if (k === 'e') return 'export';
    if (k === 'x') return 'cut';
    if (k === 'c') return 'copy';
    if (k === 'v') return 'paste';
    if (k === 'd') return 'duplicate';
    if (k === 'a') return 'selectAll';
    if (k === 'k') return 'palette';
    return undefined;
  }
  if (e.altKey || e.ctrlKey || e.metaKey) return undefined;
  if (k === 'delete' || k === 'backspace') return 'delete';
  if (k === 'escape') return 'escape';
  if (e.shiftKey && (e.code === 'Digit1' || k === '!')) return 'fit';
  if (k === '+' || k === '=') return 'zoomIn';
  if (k === '-' || k === '_') return 'zoomOut';
  return undefined;
}

/** Whether typing in this element owns the keys (inputs, selects, text areas). */
export function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}
