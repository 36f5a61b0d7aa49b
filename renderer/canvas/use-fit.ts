// Fitting the view from React: the pane's size from React Flow's store and the size of the
// stacks from the editor's layout, read when the fit happens (see fit.ts for the margins).
import { useCallback, useRef } from 'react';
import { useReactFlow, useStoreApi } from '@xyflow/react';
import type { FitViewOptions } from '@xyflow/react';
import { editor } from '../store/editor';
import { boxesSize, fitOptions } from './fit';

/**
 * Fits the diagram into view, keeping clear of the minimap when it is shown. The function
 * stays the same while the minimap comes and goes (it reads that when it runs), so what
 * holds it (the editor's command handler, the desktop menus' connection) is not redone.
 */
export function useFitView(
  minimap: boolean,
): (extra?: Omit<FitViewOptions, 'padding'>) => Promise<boolean> {
  const rf = useReactFlow();
  const store = useStoreApi();
  const shown = useRef(minimap);
  shown.current = minimap;
  return useCallback(
    (extra = {}) => {
      // React Flow holds a fit asked for with no nodes until the first one comes, and then
      // jumps the view away from where the user put it: there is nothing to fit.
      const { stacks } = editor.getState().layout;
      if (stacks.length === 0) return Promise.resolve(false);
      const { width, height } = store.getState();
      const size = boxesSize(stacks);
      return rf.fitView(fitOptions({ width, height }, size, shown.current, extra));
    },
    [rf, store],
  );
}
