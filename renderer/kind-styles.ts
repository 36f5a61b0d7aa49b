// The canvas takes its kind colours from the export's palette, so what a user sees on the
// canvas is what the SVG will show, in both themes.
import { PALETTES } from '../app/export/palette';
import type { Palette } from '../app/export/palette';

function rules(p: Palette): string {
  return Object.entries(p.kinds)
    .map(
      ([kind, c]) =>
        `.kind-${kind}{--kind-fill:${c.fill};--kind-stroke:${c.stroke};--kind-text:${c.text};--kind-caption:${c.caption}}`,
    )
    .join('\n');
}

export function installKindStyles(): void {
  const style = document.createElement('style');
  style.dataset.vtopo = 'kinds';
  style.textContent = `${rules(PALETTES.light)}\n@media (prefers-color-scheme: dark){\n${rules(PALETTES.dark)}\n}`;
  document.head.append(style);
}
