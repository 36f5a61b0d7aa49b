// Links between boxes, with their driver as a label. A link between neighbouring
// siblings (containers on one engine) crosses the gap between them, which the stack
// layout widens to fit the label; any other link runs up to a lane above the stacks it
// spans, across, and down, its lane raised clear of overlapping lanes.
import type { VDoc, VLink } from '../model/document';
import type { Forest } from './forest';
import { LINK, LINK_FONT, TEXT_SLACK, WRAP_WIDTH } from './geometry';
import { measureText } from './measure';
import { displayText, wrapText } from './text';
import type { Box, Point, RoutedLink, StackBox, TextBox } from './types';

interface LinkPlan {
  readonly link: VLink;
  /** Node indices. */
  readonly from: number;
  readonly to: number;
  readonly text: string;
  readonly lines: readonly string[];
  readonly labelWidth: number;
  /** For a gap link: the left sibling's index, and this link's place among the pair's links. */
  readonly left?: number;
  readonly slot?: number;
}

export interface LinkPlans {
  readonly plans: readonly LinkPlan[];
  /** Room each left sibling (by index) needs on its right for the labels of the links to its neighbour; 0 if none. */
  readonly gapAfter: Float64Array;
  /** How many links join each left sibling to its right neighbour. */
  readonly pairCount: ReadonlyMap<number, number>;
}

function driverText(link: VLink): string {
  const d = Object.hasOwn(link.props, 'driver') ? link.props.driver : undefined;
  if (typeof d === 'string' && d.trim() !== '') return displayText(d);
  return typeof link.kind === 'string' && link.kind.trim() !== '' ? displayText(link.kind) : 'link';
}

function labelLines(text: string): readonly string[] {
  const room = WRAP_WIDTH / TEXT_SLACK;
  if (!text.includes('\n') && measureText(text, LINK_FONT.weight, LINK_FONT.size) <= room)
    return [text];
  return wrapText(text, LINK_FONT.weight, LINK_FONT.size, room);
}

function pillWidth(lines: readonly string[]): number {
  let w = 0;
  for (const l of lines) w = Math.max(w, measureText(l, LINK_FONT.weight, LINK_FONT.size));
  return Math.ceil(w * TEXT_SLACK) + 2 * LINK.padX;
}

function pillHeight(lines: number): number {
  return lines * LINK_FONT.lineHeight + 2 * LINK.padY;
}

export function planLinks(doc: VDoc, forest: Forest): LinkPlans {
  const plans: LinkPlan[] = [];
  const gapAfter = new Float64Array(forest.nodes.length);
  const pairCount = new Map<number, number>();
  for (const link of doc.links) {
    const from = forest.byId.get(link.from);
    const to = forest.byId.get(link.to);
    if (from === undefined || to === undefined || from === to) continue;
    const text = driverText(link);
    const lines = labelLines(text);
    const labelWidth = pillWidth(lines);
    const pf = forest.parent[from]!;
    const ia = forest.siblingIndex[from]!;
    const ib = forest.siblingIndex[to]!;
    if (pf >= 0 && pf === forest.parent[to] && Math.abs(ia - ib) === 1) {
      const left = ia < ib ? from : to;
      const slot = pairCount.get(left) ?? 0;
      pairCount.set(left, slot + 1);
      gapAfter[left] = Math.max(gapAfter[left]!, labelWidth + 2 * LINK.gapMargin);
      plans.push({ link, from, to, text, lines, labelWidth, left, slot });
    } else {
      plans.push({ link, from, to, text, lines, labelWidth });
    }
  }
  return { plans, gapAfter, pairCount };
}

function center(b: Box): number {
  return b.x + b.width / 2;
}

/** Routes planned links between placed boxes. `stacks` must be sorted by x. */
export function routeLinks(
  lp: LinkPlans,
  boxOf: (index: number) => Box,
  stacks: readonly StackBox[],
): RoutedLink[] {
  const routed = new Array<RoutedLink>(lp.plans.length);
  const lanes: { i: number; x0: number; x1: number; base: number; ax: number; bx: number }[] = [];
  lp.plans.forEach((p, i) => {
    const a = boxOf(p.from);
    const b = boxOf(p.to);
    const lines = p.lines;
    const lh = pillHeight(lines.length);
    if (p.left !== undefined) {
      const [l, r] = p.left === p.from ? [a, b] : [b, a];
      const count = lp.pairCount.get(p.left) ?? 1;
      const y = l.y + l.height / 2 + (p.slot! - (count - 1) / 2) * (lh + 4);
      const mid = (l.x + l.width + r.x) / 2;
      const pts: Point[] = [
        { x: l.x + l.width, y },
        { x: r.x, y },
      ];
      if (p.left !== p.from) pts.reverse();
      const label: TextBox = {
        x: mid - p.labelWidth / 2,
        y: y - lh / 2,
        width: p.labelWidth,
        height: lh,
        lines,
      };
      routed[i] = {
        id: p.link.id,
        from: p.link.from,
        to: p.link.to,
        points: pts,
        label,
        route: 'gap',
      };
      return;
    }
    let ax = center(a);
    let bx = center(b);
    if (Math.abs(ax - bx) < 1) {
      ax = a.x + a.width * 0.3;
      bx = b.x + b.width * 0.7;
    }
    const mid = (ax + bx) / 2;
    const x0 = Math.min(ax, bx, mid - p.labelWidth / 2);
    const x1 = Math.max(ax, bx, mid + p.labelWidth / 2);
    lanes.push({ i, x0, x1, base: highestTop(stacks, x0, x1) - LINK.laneGap, ax, bx });
  });

  // Lanes whose spans overlap are kept laneStep apart, the earlier (leftmost) lower.
  lanes.sort((p, q) => p.x0 - q.x0 || p.x1 - q.x1 || p.i - q.i);
  let active: { x1: number; y: number }[] = [];
  for (const ln of lanes) {
    active = active.filter((o) => o.x1 + LINK.laneGap > ln.x0);
    let y = ln.base;
    for (const o of [...active].sort((p, q) => q.y - p.y)) {
      if (Math.abs(y - o.y) < LINK.laneStep) y = Math.min(y, o.y - LINK.laneStep);
    }
    active.push({ x1: ln.x1, y });
    const p = lp.plans[ln.i]!;
    const a = boxOf(p.from);
    const b = boxOf(p.to);
    const lines = p.lines;
    const lh = pillHeight(lines.length);
    const points: Point[] = [
      { x: ln.ax, y: a.y },
      { x: ln.ax, y },
      { x: ln.bx, y },
      { x: ln.bx, y: b.y },
    ];
    const mid = (ln.ax + ln.bx) / 2;
    const label: TextBox = {
      x: mid - p.labelWidth / 2,
      y: y - lh / 2,
      width: p.labelWidth,
      height: lh,
      lines,
    };
    routed[ln.i] = {
      id: p.link.id,
      from: p.link.from,
      to: p.link.to,
      points,
      label,
      route: 'lane',
    };
  }
  return routed;
}

/** The smallest y of the stacks overlapping [x0, x1] horizontally; `stacks` sorted by x. */
function highestTop(stacks: readonly StackBox[], x0: number, x1: number): number {
  let top = Infinity;
  for (let i = 0; i < stacks.length && stacks[i]!.x <= x1; i++) {
    const s = stacks[i]!;
    if (s.x + s.width >= x0) top = Math.min(top, s.y);
  }
  return Number.isFinite(top) ? top : 0;
}
