// Every kind, with presets: drag one onto an element (it becomes its child) or onto the
// empty canvas (a new stack). With an element selected, Enter adds the focused preset on it.
import { memo, useMemo, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { PRESETS } from '../../app/model/presets';
import type { Preset } from '../../app/model/presets';
import { KIND_SPECS } from '../../app/model/kinds';
import { KindIcon } from './KindIcon';
import { paletteDrag } from '../canvas/palette-drag';

export const PRESET_MIME = 'application/x-vtopo-preset';

const GROUPS: { kind: Preset['kind']; title: string }[] = [
  { kind: 'hardware', title: 'Hardware' },
  { kind: 'hypervisor', title: 'Hypervisors' },
  { kind: 'os', title: 'Operating systems' },
  { kind: 'container-engine', title: 'Container engines' },
  { kind: 'container', title: 'Containers' },
  { kind: 'runtime', title: 'Runtimes (process VMs)' },
  { kind: 'app', title: 'Apps' },
];

function matches(p: Preset, q: string): boolean {
  if (!q) return true;
  const hay = `${p.title} ${p.description} ${p.kind} ${p.keywords ?? ''}`.toLowerCase();
  return q
    .toLowerCase()
    .split(/\s+/)
    .every((w) => hay.includes(w));
}

export const Palette = memo(function Palette({
  onAdd,
  canAdd,
}: {
  /** Adds a preset on the selected element, or as a new stack. */
  onAdd: (preset: Preset) => void;
  canAdd: boolean;
}) {
  const [query, setQuery] = useState('');
  const shown = useMemo(() => PRESETS.filter((p) => matches(p, query.trim())), [query]);

  const onKey = (e: KeyboardEvent<HTMLLIElement>, preset: Preset) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onAdd(preset);
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const items = [...document.querySelectorAll<HTMLElement>('.palette-item')];
      const i = items.indexOf(e.currentTarget);
      items[i + (e.key === 'ArrowDown' ? 1 : -1)]?.focus();
    }
  };

  return (
    <aside className="palette" aria-label="Palette">
      <input
        className="palette-search"
        type="search"
        placeholder="Search elements…"
        aria-label="Search the palette"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      <p className="palette-hint">
        Drag onto an element to put it on top, or onto the canvas for a new stack.
        {canAdd ? ' Enter adds it on the selected element.' : ''}
      </p>
      {GROUPS.map(({ kind, title }) => {
        const items = shown.filter((p) => p.kind === kind);
        if (items.length === 0) return null;
        return (
          <section key={kind} aria-label={title}>
            <h3 title={KIND_SPECS[kind].description}>{title}</h3>
            <ul role="list">
              {items.map((p) => (
                <li
                  key={p.id}
                  className="palette-item"
                  data-kind={p.kind}
                  data-preset={p.id}
                  tabIndex={0}
                  draggable
                  aria-label={`${p.title}: ${p.description}`}
                  title={p.description}
                  onDragStart={(e) => {
                    paletteDrag.current = p;
                    e.dataTransfer.setData(PRESET_MIME, p.id);
                    e.dataTransfer.setData('text/plain', p.title);
                    e.dataTransfer.effectAllowed = 'copy';
                  }}
                  onDragEnd={() => {
                    paletteDrag.current = null;
                  }}
                  onKeyDown={(e) => onKey(e, p)}
                  onDoubleClick={() => onAdd(p)}
                >
                  <KindIcon kind={p.kind} />
                  <span className="palette-text">
                    <span className="palette-title">{p.title}</span>
                    <span className="palette-desc">{p.description}</span>
                  </span>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
      {shown.length === 0 && <p className="palette-empty">Nothing matches “{query}”.</p>}
    </aside>
  );
});
