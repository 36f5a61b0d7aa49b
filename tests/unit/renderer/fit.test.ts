import { describe, expect, it } from 'vitest';
import {
  FIT_PADDING,
  MINIMAP_CORNER,
  boxesSize,
  fitMargins,
  fitOptions,
} from '../../../renderer/canvas/fit';

const pane = { width: 880, height: 565 };
// What React Flow makes of the numeric padding: the margins without a minimap.
const evenX = Math.floor((880 - 880 / (1 + FIT_PADDING)) / 2);
const evenY = Math.floor((565 - 565 / (1 + FIT_PADDING)) / 2);

describe('fitMargins', () => {
  it('is the even 15% margin while the minimap is hidden', () => {
    expect(fitMargins(pane, { width: 800, height: 500 }, false)).toEqual({
      top: evenY,
      right: evenX,
      bottom: evenY,
      left: evenX,
    });
  });

  it('clears the minimap at the bottom for a wide diagram (it loses less zoom there)', () => {
    const m = fitMargins(pane, { width: 1400, height: 300 }, true);
    expect(m).toEqual({ top: evenY, right: evenX, bottom: MINIMAP_CORNER.height, left: evenX });
  });

  it('clears the minimap on the right for a tall diagram', () => {
    const m = fitMargins(pane, { width: 300, height: 1400 }, true);
    expect(m).toEqual({ top: evenY, right: MINIMAP_CORNER.width, bottom: evenY, left: evenX });
  });

  it('gives the even margin in a pane too small to keep clear of the minimap', () => {
    const tiny = { width: 200, height: 120 };
    const b = { width: 400, height: 300 };
    expect(fitMargins(tiny, b, true)).toEqual(fitMargins(tiny, b, false));
  });

  it('never gives less than the even margin, and always more on one side', () => {
    for (const p of [pane, { width: 640, height: 400 }, { width: 3000, height: 2000 }]) {
      for (const b of [
        { width: 10, height: 10 },
        { width: 0, height: 0 },
        { width: 5000, height: 40 },
      ]) {
        const m = fitMargins(p, b, true);
        const even = fitMargins(p, b, false);
        expect(m.top).toBe(even.top);
        expect(m.left).toBe(even.left);
        expect(m.right).toBeGreaterThanOrEqual(even.right);
        expect(m.bottom).toBeGreaterThanOrEqual(even.bottom);
        expect(m.right > even.right || m.bottom > even.bottom).toBe(true);
      }
    }
  });
});

describe('fitOptions', () => {
  it('gives the margins in pixels, with the other options passed through', () => {
    expect(fitOptions(pane, { width: 1400, height: 300 }, true, { duration: 200 })).toEqual({
      duration: 200,
      padding: {
        top: `${evenY}px`,
        right: `${evenX}px`,
        bottom: `${MINIMAP_CORNER.height}px`,
        left: `${evenX}px`,
      },
    });
  });
});

describe('fitOptions before the pane is measured', () => {
  it('leaves the margin to React Flow, worked out when the fit runs', () => {
    expect(fitOptions({ width: 0, height: 0 }, { width: 400, height: 300 }, true)).toEqual({
      padding: FIT_PADDING,
    });
  });
});

describe('boxesSize', () => {
  it('spans the boxes, negative coordinates included, and is empty for none', () => {
    expect(boxesSize([])).toEqual({ width: 0, height: 0 });
    expect(
      boxesSize([
        { x: -10, y: -58, width: 100, height: 52 },
        { x: 200, y: 0, width: 50, height: 52 },
      ]),
    ).toEqual({ width: 260, height: 110 });
  });
});
