// The minimap and its switch. Above MINIMAP_AUTO_LIMIT elements the minimap starts hidden:
// at a thousand elements it costs about as much as the canvas itself (a shape and a store
// subscription per element, and it is painted again on every frame of a drag). The zoom
// controls get a button to show or hide it; a user's choice is remembered and wins over
// the default.
import { memo, useCallback, useMemo, useState } from 'react';
import { ControlButton, Controls, MiniMap } from '@xyflow/react';
import { readPref, writePref } from '../prefs';

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

/** React Flow's own fit icon (its Controls do not export it). */
function FitIcon() {
  return (
    <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 30" aria-hidden="true">
      <path d="M3.692 4.63c0-.53.4-.938.939-.938h5.215V0H4.708C2.13 0 0 2.054 0 4.63v5.216h3.692V4.631zM27.354 0h-5.2v3.692h5.17c.53 0 .984.4.984.939v5.215H32V4.631A4.624 4.624 0 0027.354 0zm.954 24.83c0 .532-.4.94-.939.94h-5.215v3.768h5.215c2.577 0 4.631-2.13 4.631-4.707v-5.139h-3.692v5.139zm-23.677.94c-.531 0-.939-.4-.939-.94v-5.138H0v5.139c0 2.577 2.13 4.707 4.708 4.707h5.138V25.77H4.631z" />
    </svg>
  );
}

/**
 * React Flow's zoom controls with the minimap switch, and the minimap when it is shown. The
 * fit button is the canvas's own (`onFit`): it keeps clear of the minimap (see fit.ts) and
 * does nothing on an empty canvas, where React Flow's would hold the fit until the first
 * element comes and then jump the view away from it.
 */
export const CanvasControls = memo(function CanvasControls({
  minimap,
  onToggleMinimap,
  onFit,
}: {
  minimap: boolean;
  onToggleMinimap: () => void;
  onFit: () => void;
}) {
  const label = minimap ? 'Hide the minimap' : 'Show the minimap';
  return (
    <>
      <Controls aria-label="Zoom controls" showFitView={false}>
        <ControlButton
          className="fit-button"
          onClick={onFit}
          title="Fit View"
          aria-label="Fit View"
        >
          <FitIcon />
        </ControlButton>
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
