// What the canvas harness runs inside both pages (vtopo's and the bare one), installed
// before the page's own scripts. Playwright sends these functions as source text, so each
// is self-contained. The root tsconfig has no DOM library (app/ must not use the DOM), so
// the page's globals are typed here, as far as the probe uses them.

interface Fiber {
  readonly tag: number;
  readonly flags: number;
  readonly alternate: Fiber | null;
  readonly child: Fiber | null;
  readonly sibling: Fiber | null;
}

export interface DragSample {
  /** requestAnimationFrame deltas (ms) while the pointer moved. */
  readonly frames: number[];
  /** Per received pointer move: its timestamp to the end of the frame that showed it. */
  readonly work: number[];
  readonly longTasks: number;
  readonly commits: number;
  /** Components rendered (0 when render counting was off). */
  readonly renders: number;
  /** Pointer moves the page received (Chromium merges moves that arrive within a frame). */
  readonly moves: number;
}

export interface Probe {
  /** Calls `start`, waits until `count` canvas nodes are in the DOM and that frame is drawn; ms. */
  mount(start: () => unknown, count: number): Promise<number>;
  /** Waits `frames` animation frames. */
  frames(frames: number): Promise<void>;
  nodeCount(): number;
  /** Starts recording a drag; with `countRenders`, also walks each React commit (slower). */
  dragStart(countRenders: boolean): void;
  dragStop(): Promise<DragSample>;
}

export interface PageGlobal {
  requestAnimationFrame(cb: (t: number) => void): number;
  addEventListener(type: string, cb: (e: { timeStamp: number }) => void, capture: boolean): void;
  readonly document: { querySelectorAll(selector: string): { readonly length: number } };
  readonly performance: { now(): number };
  readonly MessageChannel: new () => {
    port1: { onmessage: (() => void) | null };
    port2: { postMessage(v: unknown): void };
  };
  readonly PerformanceObserver: new (cb: (list: { getEntries(): readonly unknown[] }) => void) => {
    observe(o: { type: string }): void;
    disconnect(): void;
  };
  readonly localStorage: { setItem(k: string, v: string): void };
  __REACT_DEVTOOLS_GLOBAL_HOOK__?: unknown;
  __bench?: Probe;
  vtopo?: { load(text: string, name?: string): boolean; layout(): unknown };
  bare?: { load(json: string): void };
}

/** The init script: the probe, and a React DevTools hook that counts commits and renders. */
export function installProbe(): void {
  const w = globalThis as unknown as PageGlobal;
  // Tags of fibers that are components (function, class, forwardRef, simple memo); a
  // fiber "performed work" (flag 1) when it rendered in this commit (React's PerformedWork).
  const COMPONENT = new Set([0, 1, 11, 15]);
  let countRenders = false;
  let commits = 0;
  let renders = 0;

  const rendered = (root: Fiber): number => {
    let n = 0;
    const todo: Fiber[] = [root];
    while (todo.length > 0) {
      const f = todo.pop()!;
      const prev = f.alternate;
      if (COMPONENT.has(f.tag) && (prev === null || (f.flags & 1) !== 0)) n++;
      // Children untouched in this commit are the previous tree's: nothing rendered there.
      if (prev !== null && f.child === prev.child) continue;
      for (let c = f.child; c; c = c.sibling) todo.push(c);
    }
    return n;
  };

  w.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    isDisabled: false,
    renderers: new Map(),
    inject: () => 1,
    checkDCE: () => undefined,
    onCommitFiberUnmount: () => undefined,
    onCommitFiberRoot: (_id: number, root: { current: Fiber }) => {
      commits++;
      if (countRenders) renders += rendered(root.current);
    },
  };

  const frame = () => new Promise<number>((resolve) => w.requestAnimationFrame(resolve));
  /** Resolves after the current frame's rendering work (the next task after it). */
  const afterFrame = () =>
    new Promise<number>((resolve) => {
      w.requestAnimationFrame(() => {
        const ch = new w.MessageChannel();
        ch.port1.onmessage = () => resolve(w.performance.now());
        ch.port2.postMessage(0);
      });
    });
  const nodeCount = () => w.document.querySelectorAll('.react-flow__node').length;

  let recording:
    | {
        frames: number[];
        work: number[];
        longTasks: number;
        commits0: number;
        renders0: number;
        moves: number;
        stopFrames: () => void;
        stop: () => void;
        onMove: (e: { timeStamp: number }) => void;
      }
    | undefined;

  // Registered before the page's own scripts: React Flow's drag (d3-drag) stops the
  // propagation of the moves it handles, so a listener added later would never see them.
  w.addEventListener('mousemove', (e) => recording?.onMove(e), true);

  w.__bench = {
    async mount(start, count) {
      const t0 = w.performance.now();
      start();
      for (;;) {
        // Checked in the frame callback: when all are there, this is the frame that draws them.
        const done = await new Promise<number | undefined>((resolve) => {
          w.requestAnimationFrame(() => {
            if (nodeCount() !== count) return resolve(undefined);
            const ch = new w.MessageChannel();
            ch.port1.onmessage = () => resolve(w.performance.now());
            ch.port2.postMessage(0);
          });
        });
        if (done !== undefined) return done - t0;
        if (w.performance.now() - t0 > 60_000) throw new Error(`never saw ${count} nodes`);
      }
    },
    async frames(n) {
      for (let i = 0; i < n; i++) await frame();
    },
    nodeCount,
    dragStart(withRenders) {
      countRenders = withRenders;
      const rec = {
        frames: [] as number[],
        work: [] as number[],
        longTasks: 0,
        commits0: commits,
        renders0: renders,
        moves: 0,
        stopFrames: () => undefined as void,
        stop: () => undefined as void,
        onMove: (_e: { timeStamp: number }) => undefined as void,
      };
      let live = true;
      let framing = true;
      let last: number | undefined;
      const tick = (t: number) => {
        if (!framing) return;
        if (last !== undefined) rec.frames.push(t - last);
        last = t;
        w.requestAnimationFrame(tick);
      };
      w.requestAnimationFrame(tick);
      rec.onMove = (e) => {
        rec.moves++;
        void afterFrame().then((end) => {
          if (live) rec.work.push(end - e.timeStamp);
        });
      };
      const obs = new w.PerformanceObserver((list) => {
        rec.longTasks += list.getEntries().length;
      });
      obs.observe({ type: 'longtask' });
      rec.stopFrames = () => {
        framing = false;
      };
      rec.stop = () => {
        live = false;
        obs.disconnect();
      };
      recording = rec;
    },
    async dragStop() {
      const rec = recording;
      if (!rec) throw new Error('dragStop without dragStart');
      rec.stopFrames();
      // Let the last move's frame finish, so its work is counted.
      await afterFrame();
      await afterFrame();
      rec.stop();
      recording = undefined;
      const out: DragSample = {
        frames: rec.frames,
        work: rec.work,
        longTasks: rec.longTasks,
        commits: commits - rec.commits0,
        renders: renders - rec.renders0,
        moves: rec.moves,
      };
      countRenders = false;
      return out;
    },
  };
}
