// The three single edits the incremental figures time, each made by the editor's own
// commands on an element near the middle of the document (so neither end is favoured).
import type { VDoc, VNode } from '../app/model/document';
import { addNode } from '../app/commands/add-node';
import { moveNode } from '../app/commands/move-node';
import { setProp } from '../app/commands/set-prop';

export interface BenchEdit {
  readonly name: 'prop change' | 're-parent' | 'insertion';
  readonly after: VDoc;
}

function middle(doc: VDoc, test: (n: VNode) => boolean): VNode | undefined {
  const all = doc.nodes.filter(test);
  return all[all.length >> 1];
}

/** The edits that apply to `doc` (a generated document of 100 or more elements has all three). */
export function benchEdits(doc: VDoc): BenchEdit[] {
  const out: BenchEdit[] = [];
  const byId = new Map(doc.nodes.map((n) => [n.id, n]));
  const isGuest = (n: VNode) =>
    n.kind === 'os' && n.parent !== undefined && byId.get(n.parent)?.kind === 'hypervisor';

  const guest = middle(doc, isGuest);
  if (guest) {
    const vcpus = guest.props.vcpus === 2 ? 4 : 2;
    const after = setProp(doc, guest.id, 'vcpus', vcpus);
    if (after) out.push({ name: 'prop change', after });
  }

  // A container onto another engine, usually in another stack: two stacks change.
  const container = middle(doc, (n) => n.kind === 'container');
  const engines = doc.nodes.filter((n) => n.kind === 'container-engine');
  const target =
    container && engines.find((e, i) => i >= engines.length >> 2 && e.id !== container.parent);
  if (container && target) {
    const after = moveNode(doc, container.id, target.id);
    if (after) out.push({ name: 're-parent', after });
  }

  const runtime = middle(doc, (n) => n.kind === 'runtime');
  if (runtime) {
    const added = addNode(doc, {
      kind: 'app',
      parent: runtime.id,
      label: 'added.jar',
      props: { artifact: 'jar' },
    });
    if (added) out.push({ name: 'insertion', after: added.doc });
  }
  return out;
}
