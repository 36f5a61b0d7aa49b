// The minimap and its switch. Above MINIMAP_AUTO_LIMIT elements the minimap starts hidden:
// at a thousand elements it costs about as much as the canvas itself (a shape and a store
// subscription per element, and it is painted again on every frame of a drag). The zoom
// controls get a button to show or hide it; a user's choice is remembered and wins over
// the default.
import { memo, useCallback, useMemo, useState } from 'react';
import { ControlButton, Controls, MiniMap, useStore } from '@xyflow/react';
import { readPref, writePref } from '../prefs';
import { useEditor } from '../store/editor';
import { boxesSize, fitOptions } from './fit';

export const MINIMAP_AUTO_LIMIT = 500;
const KEY = 'vtopo.minimap';

type Choice = 'shown' | 'hidden' | null;

function readChoice(): Choice {
  const v = readPref(KEY);
  return v === 'shown' || v === 'hidden' ? v : null;
}

export interface Minimap {
  readonly shown: boolean;
  readonly toggle: () => void;
}

/** Whether the minimap shows for a document of `count` elements, and the switch. */
export function useMinimap(count: number): Minimap {
  const [choice, setChoice] = useState<Choice>(readChoice);
  const shown = choice === null ? count <= MINIMAP_AUTO_LIMIT : choice === 'shown';
  const toggle = useCallback(() => {
    const next = shown ? 'hidden' : 'shown';
    writePref(KEY, next);
    setChoice(next);
  }, [shown]);
  // One object while nothing changes: the canvas, a memo, takes it as a prop.
  return useMemo(() => ({ shown, toggle }), [shown, toggle]);
}

function MapIcon() {
  return (
    <svg viewBox="0 0 16 16" aria-hidden="true">
      <path d="M1 3.5 5.5 2l5 1.5L15 2v10.5L10.5 14l-5-1.5L1 14Zm4.5-.2v9.2m5-7.8v9.2" />
    </svg>
  );
}

/** React Flow's zoom controls with the minimap switch, and the minimap when it is shown. */
export const CanvasControls = memo(function CanvasControls({
  minimap,
  onToggleMinimap,
}: {
  minimap: boolean;
  onToggleMinimap: () => void;
}) {
  const label = minimap ? 'Hide the minimap' : 'Show the minimap';
  // The fit button keeps clear of the minimap too (see fit.ts).
  const width = useStore((s) => s.width);
  const height = useStore((s) => s.height);
  const stacks = useEditor((s) => s.layout.stacks);
  const fitViewOptions = useMemo(
    () => fitOptions({ width, height }, boxesSize(stacks), minimap),
    [width, height, stacks, minimap],
  );
  return (
    <>
      <Controls aria-label="Zoom controls" fitViewOptions={fitViewOptions}>
        <ControlButton
          className="minimap-toggle"
          onClick={onToggleMinimap}
          title={label}
          aria-label={label}
          aria-pressed={minimap}
        >
          <MapIcon />
        </ControlButton>
      </Controls>
      {minimap && <MiniMap pannable zoomable aria-label="Minimap" />}
    </>
  );
});
