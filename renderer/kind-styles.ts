// The canvas takes its kind colours from the export's palette, so what a user sees on the
// canvas is what the SVG will show, in both themes. Set as plain properties, not custom
// properties read through var(): a thousand nodes each resolving four variables (and their
// captions inheriting them) made a sizeable part of the canvas's style work on mount.
import { PALETTES } from '../app/export/palette';
import type { Palette } from '../app/export/palette';

function rules(p: Palette): string {
  return Object.entries(p.kinds)
    .map(
      ([kind, c]) =>
        `.react-flow__node-element.kind-${kind}{background:${c.fill};border-color:${c.stroke};color:${c.text}}` +
        `.kind-${kind}>.element-caption{color:${c.caption}}`,
    )
    .join('\n');
}

export function installKindStyles(): void {
  const style = document.createElement('style');
  style.dataset.vtopo = 'kinds';
  style.textContent = `${rules(PALETTES.light)}\n@media (prefers-color-scheme: dark){\n${rules(PALETTES.dark)}\n}`;
  document.head.append(style);
}
