// Where a drop lands: the element under the pointer (never one being dragged), the place
// among its children, and whether the rules would accept the result.
import type { Diagnostic, VDoc } from '../../app/model/document';
import { nameOf } from '../../app/model/document';
import { validate } from '../../app/rules/engine';
import { ruleById } from '../../app/rules/catalogue';
import type { Layout } from '../../app/layout';

/** The id of the topmost canvas element at a screen point, skipping `exclude`. */
export function elementAt(x: number, y: number, exclude?: ReadonlySet<string>): string | undefined {
  for (const el of document.elementsFromPoint(x, y)) {
    const node = el.closest<HTMLElement>('.react-flow__node');
    const id = node?.dataset.id;
    if (id !== undefined && !exclude?.has(id)) return id;
  }
  return undefined;
}

/** The index among `parent`'s children (less `exclude`) that a drop at `flowX` takes. */
export function siblingIndexAt(
  doc: VDoc,
  layout: Layout,
  parent: string,
  flowX: number,
  exclude?: ReadonlySet<string>,
): number {
  let index = 0;
  for (const n of doc.nodes) {
    if (n.parent !== parent || exclude?.has(n.id)) continue;
    const box = layout.byId.get(n.id);
    if (box && box.x + box.width / 2 < flowX) index++;
  }
  return index;
}

export interface Prediction {
  readonly allowed: boolean;
  /** What the rules would say about the dropped element, or that it fits. */
  readonly text: string;
}

/**
 * Predicts a drop with the same rules that will judge it: the placement and compatibility
 * errors and warnings the dropped element would get in `after`.
 */
export function predict(after: VDoc, droppedId: string, parentId: string | undefined): Prediction {
  const problems: Diagnostic[] = validate(after).filter(
    (d) =>
      d.severity !== 'info' &&
      d.elements.includes(droppedId) &&
      ['stack', 'compat'].includes(ruleById(d.rule)?.meta.category ?? ''),
  );
  const dropped = after.nodes.find((n) => n.id === droppedId);
  const parent = parentId === undefined ? undefined : after.nodes.find((n) => n.id === parentId);
  if (problems.length === 0) {
    return {
      allowed: true,
      text: parent ? `${nameOf(dropped)} on ${nameOf(parent)}` : 'New stack',
    };
  }
  return { allowed: false, text: problems[0]!.message };
}
