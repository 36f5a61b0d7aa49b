// The geometric promises of the layout, checked on any document.
import { expect } from 'vitest';
import type { VDoc } from '../../../app/model/document';
import type { Box, Layout, Rect } from '../../../app/layout';

const EPS = 1e-6;

function overlaps(a: Rect, b: Rect): boolean {
  return (
    a.x < b.x + b.width - EPS &&
    b.x < a.x + a.width - EPS &&
    a.y < b.y + b.height - EPS &&
    b.y < a.y + a.height - EPS
  );
}

export function checkLayout(doc: VDoc, layout: Layout): void {
  // Every element has exactly one box, in document order.
  expect(layout.boxes.length).toBe(doc.nodes.length);
  doc.nodes.forEach((n, i) => {
    const box = layout.boxes[i]!;
    expect(box.id).toBe(n.id);
    expect(box.kind).toBe(n.kind);
    expect(box.width).toBeGreaterThan(0);
    expect(box.height).toBeGreaterThan(0);
    for (const v of [box.x, box.y, box.width, box.height]) expect(Number.isFinite(v)).toBe(true);
  });

  const siblings = new Map<Box, Box[]>();
  for (const box of layout.boxes) {
    if (box.parent === undefined) continue;
    const parent = layout.byId.get(box.parent)!;
    expect(parent).toBeDefined();
    // Above its parent, and within its width.
    expect(box.y + box.height).toBeLessThanOrEqual(parent.y + EPS);
    expect(box.x).toBeGreaterThanOrEqual(parent.x - EPS);
    expect(box.x + box.width).toBeLessThanOrEqual(parent.x + parent.width + EPS);
    expect(box.depth).toBe(parent.depth + 1);
    expect(box.stack).toBe(parent.stack);
    const list = siblings.get(parent) ?? [];
    if (!list.includes(box)) list.push(box);
    siblings.set(parent, list);
  }
  // Siblings left to right in document order, not overlapping, one height per layer.
  for (const list of siblings.values()) {
    for (let i = 1; i < list.length; i++) {
      expect(list[i - 1]!.x + list[i - 1]!.width).toBeLessThanOrEqual(list[i]!.x + EPS);
      expect(list[i]!.y).toBe(list[i - 1]!.y);
      expect(list[i]!.height).toBe(list[i - 1]!.height);
    }
  }
  // Stacks never overlap; each box lies inside its stack.
  const stacks = layout.stacks;
  for (let i = 0; i < stacks.length; i++) {
    for (let j = i + 1; j < stacks.length; j++) {
      expect(overlaps(stacks[i]!, stacks[j]!), `stacks ${i} and ${j} overlap`).toBe(false);
    }
  }
  const roots = layout.boxes.filter((b) => b.parent === undefined);
  expect(new Set(roots).size).toBe(stacks.length);
  const rootCount = new Map<string, number>();
  for (const s of stacks) rootCount.set(s.root, (rootCount.get(s.root) ?? 0) + 1);
  const stackOf = new Map(stacks.map((s) => [s.root, s]));
  for (const box of layout.boxes) {
    // Stacks whose roots share an id cannot be told apart by `stack`; the overlap checks cover them.
    if (rootCount.get(box.stack) !== 1) continue;
    const s = stackOf.get(box.stack)!;
    expect(box.x + box.width).toBeLessThanOrEqual(s.x + s.width + EPS);
    expect(box.y + box.height).toBeLessThanOrEqual(s.y + s.height + EPS);
    expect(box.x).toBeGreaterThanOrEqual(s.x - EPS);
    expect(box.y).toBeGreaterThanOrEqual(s.y - EPS);
  }
  // No two boxes overlap, anywhere.
  const sorted = [...new Set(layout.boxes)].sort((a, b) => a.x - b.x);
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length && sorted[j]!.x < sorted[i]!.x + sorted[i]!.width; j++) {
      expect(overlaps(sorted[i]!, sorted[j]!), `${sorted[i]!.id} overlaps ${sorted[j]!.id}`).toBe(
        false,
      );
    }
  }
}
