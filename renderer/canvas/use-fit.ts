// Fitting the view from React: the pane's size from React Flow's store and the diagram's
// bounds from the editor's layout, read when the fit happens (see fit.ts for the margins).
import { useCallback } from 'react';
import { useReactFlow, useStoreApi } from '@xyflow/react';
import type { FitViewOptions } from '@xyflow/react';
import { editor } from '../store/editor';
import { fitOptions } from './fit';

/** Fits the diagram into view, keeping clear of the minimap when it is shown. */
export function useFitView(
  minimap: boolean,
): (extra?: Omit<FitViewOptions, 'padding'>) => Promise<boolean> {
  const rf = useReactFlow();
  const store = useStoreApi();
  return useCallback(
    (extra = {}) => {
      const { width, height } = store.getState();
      const { bounds } = editor.getState().layout;
      return rf.fitView(fitOptions({ width, height }, bounds, minimap, extra));
    },
    [rf, store, minimap],
  );
}
