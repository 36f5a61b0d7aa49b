// The shape of bench/results.json (documented in bench/README.md). The issue fixes the
// first seven fields of a result; the rest are additive detail.

export type BenchName =
  | 'validate.full'
  | 'validate.incremental'
  | 'layout.full'
  | 'layout.incremental'
  | 'export.svg'
  | 'export.png'
  | 'doc.load'
  | 'doc.save'
  | 'canvas.mount'
  | 'canvas.drag';

export interface BenchResult {
  readonly name: BenchName;
  /** Elements (nodes) in the document. */
  readonly size: number;
  readonly p50: number;
  readonly p95: number;
  readonly unit: 'ms';
  /** The bare React Flow page's p50 in the same run; null where there is no baseline. */
  readonly baseline: number | null;
  /** vtopo's p50 over the baseline's p50; null where there is no baseline. */
  readonly ratio: number | null;
  /** Timed samples behind the percentiles (after warm-up). */
  readonly runs: number;
  /** What the budget says, e.g. "p95 < 8 ms"; null where DESIGN.md sets none at this size. */
  readonly budget: string | null;
  readonly met: boolean | null;
  /** What exactly was timed (which edit was the worst, and so on). */
  readonly note?: string;
  readonly p99?: number;
  /** Node figures: process CPU time p50 (all threads); well under p50 means the machine was busy. */
  readonly cpuP50?: number;
  /** Canvas only: the baseline's p95 and vtopo's p95 over it. */
  readonly baselineP95?: number;
  readonly ratioP95?: number;
  /** canvas.drag only. */
  readonly drag?: DragDetail;
}

export interface DragDetail {
  readonly baselineP99: number;
  /** Long tasks (over 50 ms) seen during all timed drags, per side. */
  readonly longTasks: number;
  readonly baselineLongTasks: number;
  /** Pointer moves sent per drag. */
  readonly moves: number;
  /** React commits and components rendered per pointer move, per side. */
  readonly commitsPerMove: number;
  readonly rendersPerMove: number;
  readonly baselineCommitsPerMove: number;
  readonly baselineRendersPerMove: number;
  /** Main-thread time per move: the event to the end of the frame that shows it (p50/p95). */
  readonly workP50: number;
  readonly workP95: number;
  readonly baselineWorkP50: number;
  readonly baselineWorkP95: number;
}

export interface BenchReport {
  readonly node: string;
  /** Null when the canvas part did not run. */
  readonly chromium: string | null;
  readonly date: string;
  readonly platform: string;
  readonly cpu: string;
  /** The 1-minute load average at the start and the end: figures from a busy machine are noisy. */
  readonly loadAverage: readonly number[];
  /** Node only: the JavaScript engine's own JSON speed here, the floor under load and save. */
  readonly calibration: Calibration | null;
  readonly results: readonly BenchResult[];
}

export interface Calibration {
  /** p50 ms of JSON.parse of the 10,000-element document's text. */
  readonly jsonParse10k: number;
  /** p50 ms of JSON.stringify(data, null, 2) of the same. */
  readonly jsonStringify10k: number;
}
