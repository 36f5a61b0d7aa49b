// The Chromium half of `npm run bench`: vtopo's canvas against a bare React Flow page with
// the same nodes, in one browser, runs interleaved (vtopo, bare, vtopo, bare, ...) so a
// drift in the machine's speed hits both sides alike.
import { chromium } from '@playwright/test';
import type { Browser, Page } from '@playwright/test';
import { emptyDoc } from '../app/model/document';
import type { VDoc } from '../app/model/document';
import { layoutDocument } from '../app/layout';
import type { Layout } from '../app/layout';
import { saveDocument } from '../app/schema/save';
import { generateDocument } from '../tests/fixtures/generate';
import { arrangeInRows } from './arrange';
import { judge } from './budgets';
import { PAGES, buildPages } from './build-pages';
import { installProbe } from './probe';
import type { DragSample, PageGlobal } from './probe';
import type { BenchResult } from './results-types';
import { serveFolders } from './serve';
import { round, summarize } from './stats';

export interface CanvasBenchOptions {
  readonly sizes: readonly number[];
  readonly warmup: number;
  readonly runs: number;
  readonly seed: number;
  /** Build both pages first (false: use dist/bench as it is). */
  readonly build: boolean;
  /** Pointer moves per drag. */
  readonly moves: number;
  readonly chromiumPath: string;
  /** Built pages to compare (default: the ones buildPages makes); for trying out changes. */
  readonly pages?: { readonly vtopo: string; readonly bare: string };
  readonly onResult?: (r: BenchResult) => void;
  readonly log?: (line: string) => void;
}

const VIEWPORT = { width: 1440, height: 900 };
/** Screen pixels per pointer move: a steady hand-speed drag. */
const STEP_PX = 3;
/** A common mouse report rate: 125 Hz. */
const MOVE_EVERY_MS = 8;

// Code that Playwright runs in the page is sent as source text: it reaches the page's
// globals through `globalThis as unknown as PageGlobal`, never through module bindings.

interface Side {
  readonly name: 'vtopo' | 'bare';
  readonly page: Page;
  clear(): Promise<void>;
  mount(): Promise<number>;
}

interface SideSamples {
  mount: number[];
  frames: number[];
  work: number[];
  longTasks: number;
  counted?: DragSample;
}

const emptySamples = (): SideSamples => ({ mount: [], frames: [], work: [], longTasks: 0 });

async function openPage(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  // tsx keeps function names with a helper the page does not have.
  await context.addInitScript('globalThis.__name ??= (f) => f;');
  await context.addInitScript("try { localStorage.setItem('vtopo.welcomed', '1'); } catch {}");
  await context.addInitScript(installProbe);
  const page = await context.newPage();
  page.on('pageerror', (e) => {
    throw new Error(`page error on ${url}: ${e.message}`);
  });
  await page.goto(url);
  return page;
}

async function waitForCount(page: Page, count: number): Promise<void> {
  await page.waitForFunction(
    (n) => (globalThis as unknown as PageGlobal).__bench!.nodeCount() === n,
    count,
    { polling: 'raf' },
  );
  await page.evaluate(() => (globalThis as unknown as PageGlobal).__bench!.frames(2));
}

function vtopoSide(page: Page, text: string, count: number): Side {
  const empty = saveDocument(emptyDoc('Empty'));
  return {
    name: 'vtopo',
    page,
    async clear() {
      await page.evaluate(
        (t) => (globalThis as unknown as PageGlobal).vtopo!.load(t, 'empty'),
        empty,
      );
      await waitForCount(page, 0);
    },
    mount: () =>
      page.evaluate(
        ({ t, n }) =>
          (globalThis as unknown as PageGlobal).__bench!.mount(
            () => (globalThis as unknown as PageGlobal).vtopo!.load(t, 'bench'),
            n,
          ),
        {
          t: text,
          n: count,
        },
      ),
  };
}

function bareSide(page: Page, json: string, count: number): Side {
  return {
    name: 'bare',
    page,
    async clear() {
      await page.evaluate(() =>
        (globalThis as unknown as PageGlobal).bare!.load('{"boxes":[],"edges":[]}'),
      );
      await waitForCount(page, 0);
    },
    mount: () =>
      page.evaluate(
        ({ j, n }) =>
          (globalThis as unknown as PageGlobal).__bench!.mount(
            () => (globalThis as unknown as PageGlobal).bare!.load(j),
            n,
          ),
        {
          j: json,
          n: count,
        },
      ),
  };
}

/** The leaf element nearest the middle of the drawing: dragged across its neighbours. */
function dragTarget(layout: Layout): string {
  const parents = new Set<string>();
  for (const b of layout.boxes) if (b.parent !== undefined) parents.add(b.parent);
  const cx = layout.bounds.x + layout.bounds.width / 2;
  const cy = layout.bounds.y + layout.bounds.height / 2;
  let best: string | undefined;
  let bestD = Infinity;
  for (const b of layout.boxes) {
    if (parents.has(b.id)) continue;
    const d = (b.x + b.width / 2 - cx) ** 2 + (b.y + b.height / 2 - cy) ** 2;
    if (d < bestD) {
      bestD = d;
      best = b.id;
    }
  }
  if (best === undefined) throw new Error('no element to drag');
  return best;
}

async function drag(
  side: Side,
  id: string,
  moves: number,
  countRenders: boolean,
): Promise<DragSample> {
  const { page } = side;
  const box = await page.locator(`.react-flow__node[data-id="${id}"]`).boundingBox();
  if (!box) throw new Error(`${side.name}: node ${id} is not on screen`);
  let x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  const cdp = await page.context().newCDPSession(page);
  try {
    const mouse = (type: 'mouseMoved' | 'mousePressed' | 'mouseReleased', extra: object = {}) =>
      cdp.send('Input.dispatchMouseEvent', { type, x, y, button: 'left', ...extra });
    await mouse('mouseMoved', { button: 'none' });
    await mouse('mousePressed', { buttons: 1, clickCount: 1 });
    await page.evaluate(
      (c) => (globalThis as unknown as PageGlobal).__bench!.dragStart(c),
      countRenders,
    );
    // A mouse reports at its own rate whatever the page is doing: moves are sent on a clock,
    // not each after the last was handled (Chromium merges those that queue up, as it
    // does for a real mouse).
    const sent: Promise<unknown>[] = [];
    for (let i = 0; i < moves; i++) {
      x += STEP_PX;
      sent.push(mouse('mouseMoved', { buttons: 1 }));
      await new Promise((ok) => setTimeout(ok, MOVE_EVERY_MS));
    }
    await Promise.all(sent);
    const sample = await page.evaluate(() =>
      (globalThis as unknown as PageGlobal).__bench!.dragStop(),
    );
    await mouse('mouseReleased', { buttons: 0, clickCount: 1 });
    return sample;
  } finally {
    await cdp.detach();
  }
}

async function settle(page: Page): Promise<void> {
  // vtopo fits a new document into view 30 ms after opening; both pages do the same.
  await page.waitForTimeout(150);
  await page.evaluate(() => (globalThis as unknown as PageGlobal).__bench!.frames(3));
}

/** One run of one side: clear, mount (timed), settle, drag (timed). */
async function runSide(
  side: Side,
  id: string,
  moves: number,
  into: SideSamples | undefined,
): Promise<void> {
  await side.page.bringToFront();
  await side.clear();
  const ms = await side.mount();
  await settle(side.page);
  const d = await drag(side, id, moves, false);
  await settle(side.page);
  if (!into) return;
  into.mount.push(ms);
  into.frames.push(...d.frames);
  into.work.push(...d.work);
  into.longTasks += d.longTasks;
}

/** The bare page's graph: vtopo's boxes as nodes, and the links the canvas draws as edges. */
function bareGraph(doc: VDoc, layout: Layout): string {
  return JSON.stringify({
    boxes: layout.boxes.map((b) => ({
      id: b.id,
      x: b.x,
      y: b.y,
      width: b.width,
      height: b.height,
      label: b.label.join(' '),
    })),
    edges: doc.links
      .filter((l) => layout.byId.has(l.from) && layout.byId.has(l.to))
      .map((l) => ({ id: l.id, from: l.from, to: l.to })),
  });
}

export async function runCanvasBench(
  o: CanvasBenchOptions,
): Promise<{ chromium: string; results: BenchResult[] }> {
  const log = o.log ?? (() => undefined);
  if (o.build) {
    log('building vtopo and the bare page (production)...');
    await buildPages();
  }
  const served = await serveFolders(
    new Map([
      ['/vtopo/', o.pages?.vtopo ?? PAGES.vtopo],
      ['/bare/', o.pages?.bare ?? PAGES.bare],
    ]),
  );
  const browser = await chromium.launch({
    executablePath: o.chromiumPath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const results: BenchResult[] = [];
  try {
    const vPage = await openPage(browser, `${served.url}/vtopo/`);
    await vPage.waitForFunction(() => (globalThis as unknown as PageGlobal).vtopo !== undefined);
    const pane = await vPage.locator('.react-flow').boundingBox();
    if (!pane) throw new Error('vtopo has no canvas on screen');
    const w = Math.round(pane.width);
    const h = Math.round(pane.height);
    const bPage = await openPage(browser, `${served.url}/bare/?w=${w}&h=${h}`);
    await bPage.waitForFunction(() => (globalThis as unknown as PageGlobal).bare !== undefined);

    for (const size of o.sizes) {
      const doc: VDoc = arrangeInRows(generateDocument(size, o.seed));
      const layout = layoutDocument(doc);
      const id = dragTarget(layout);
      const sides = [
        vtopoSide(vPage, saveDocument(doc), doc.nodes.length),
        bareSide(bPage, bareGraph(doc, layout), layout.boxes.length),
      ];
      const samples = { vtopo: emptySamples(), bare: emptySamples() };
      for (let i = 0; i < o.warmup + o.runs; i++) {
        const timed = i >= o.warmup;
        log(`canvas ${size}: ${timed ? `run ${i - o.warmup + 1}/${o.runs}` : 'warm-up'}`);
        for (const side of sides) {
          await runSide(side, id, o.moves, timed ? samples[side.name] : undefined);
        }
      }
      // Render counting walks every commit: its own drag, outside the timed ones.
      for (const side of sides) {
        await side.page.bringToFront();
        await side.clear();
        await side.mount();
        await settle(side.page);
        samples[side.name].counted = await drag(side, id, o.moves, true);
      }
      for (const r of summarizeSize(size, samples, o.moves)) {
        results.push(r);
        o.onResult?.(r);
      }
    }
    return { chromium: browser.version(), results };
  } finally {
    await browser.close();
    await served.close();
  }
}

function perMove(d: DragSample | undefined, n: number): number {
  return d && d.moves > 0 ? round(n / d.moves) : Number.NaN;
}

function summarizeSize(
  size: number,
  s: { vtopo: SideSamples; bare: SideSamples },
  moves: number,
): BenchResult[] {
  const ratio = (a: number, b: number) => (b > 0 ? Math.round((a / b) * 100) / 100 : null);
  const mv = summarize(s.vtopo.mount);
  const mb = summarize(s.bare.mount);
  const mount = {
    name: 'canvas.mount' as const,
    size,
    p50: round(mv.p50),
    p95: round(mv.p95),
    unit: 'ms' as const,
    baseline: round(mb.p50),
    ratio: ratio(mv.p50, mb.p50),
    runs: mv.runs,
    p99: round(mv.p99),
    baselineP95: round(mb.p95),
    ratioP95: ratio(mv.p95, mb.p95) ?? undefined,
    note: 'document text in -> all nodes in the DOM and that frame drawn (vtopo: window.vtopo.load)',
  };
  const fv = summarize(s.vtopo.frames);
  const fb = summarize(s.bare.frames);
  const wv = summarize(s.vtopo.work);
  const wb = summarize(s.bare.work);
  const cv = s.vtopo.counted;
  const cb = s.bare.counted;
  const dragResult = {
    name: 'canvas.drag' as const,
    size,
    p50: round(fv.p50),
    p95: round(fv.p95),
    unit: 'ms' as const,
    baseline: round(fb.p50),
    ratio: ratio(fv.p50, fb.p50),
    runs: fv.runs,
    p99: round(fv.p99),
    baselineP95: round(fb.p95),
    ratioP95: ratio(fv.p95, fb.p95) ?? undefined,
    note: `requestAnimationFrame deltas while dragging a leaf element: ${moves} moves of ${STEP_PX} px, one every ${MOVE_EVERY_MS} ms`,
    drag: {
      baselineP99: round(fb.p99),
      longTasks: s.vtopo.longTasks,
      baselineLongTasks: s.bare.longTasks,
      moves,
      commitsPerMove: perMove(cv, cv?.commits ?? 0),
      rendersPerMove: perMove(cv, cv?.renders ?? 0),
      baselineCommitsPerMove: perMove(cb, cb?.commits ?? 0),
      baselineRendersPerMove: perMove(cb, cb?.renders ?? 0),
      workP50: round(wv.p50),
      workP95: round(wv.p95),
      baselineWorkP50: round(wb.p50),
      baselineWorkP95: round(wb.p95),
    },
  };
  return [mount, dragResult].map((r) => ({ ...r, ...judge({ ...r, budget: null, met: null }) }));
}
