import { nameOf } from '../../model/document';
import type { VNode } from '../../model/document';
import type { Facts } from '../../model/facts';
import type { Artifact, RuntimeProduct } from '../../model/kinds';
import { recheckNode } from '../recheck';
import type { Fix, RuleModule } from '../types';
import { described } from '../naming';
import { insertFix, insertOsFix, placedOn } from './placement';

/** The seed's table: the process VM each portable artifact runs on. */
const RUNTIME_OF: Partial<Record<Artifact, { product: RuntimeProduct; name: string }>> = {
  js: { product: 'nodejs', name: 'Node.js' },
  jar: { product: 'jvm', name: 'JVM' },
  python: { product: 'python', name: 'Python' },
  dotnet: { product: 'dotnet', name: '.NET' },
};

const NEEDS: Record<Artifact, string> = {
  js: 'a Node.js runtime',
  jar: 'a JVM runtime',
  python: 'a Python runtime',
  dotnet: 'a .NET runtime',
  native: 'an OS or a container',
  binary: 'hardware',
  other: 'an OS, a container or a runtime',
};

/** Whether an artifact runs on `host`; undefined when that hangs on a runtime's invalid product. */
function runsOn(facts: Facts, artifact: Artifact, host: VNode): boolean | undefined {
  const runtime = RUNTIME_OF[artifact];
  if (runtime) {
    if (host.kind !== 'runtime') return false;
    const product = facts.str(host, 'product');
    return product === undefined ? undefined : product === runtime.product;
  }
  switch (artifact) {
    case 'native':
      return host.kind === 'os' || host.kind === 'container';
    case 'binary':
      return host.kind === 'hardware';
    default:
      return host.kind === 'os' || host.kind === 'container' || host.kind === 'runtime';
  }
}

export const artifactEnvironment: RuleModule = {
  meta: {
    id: 'stack/artifact-environment',
    category: 'stack',
    severity: 'error',
    kinds: ['app'],
    title: 'App not in its execution environment',
    explanation:
      "Each kind of software runs in its own execution environment (the seed's table): JavaScript on Node.js, a .jar on the Java Virtual Machine, C/C++/Rust/Go executables on an OS, assembly binaries on the machine itself. Placed anywhere else, nothing beneath it can run it.",
  },
  checkNode(node, { facts }, report) {
    if (node.kind !== 'app') return;
    const artifact = facts.str(node, 'artifact') as Artifact | undefined;
    if (artifact === undefined) return;
    const parent = placedOn(facts, node);
    if (!parent || runsOn(facts, artifact, parent) !== false) return;
    report(
      `App ${nameOf(node)}, a ${artifact} artifact, runs on ${NEEDS[artifact]}, not on ${described(parent)}`,
      [node.id],
    );
  },
  fixes(doc, diagnostic) {
    const found = recheckNode(artifactEnvironment, doc, diagnostic);
    const beneath = found && found.facts.parent(found.node);
    if (!found || !beneath) return [];
    const { facts, node } = found;
    const artifact = facts.str(node, 'artifact') as Artifact | undefined;
    if (artifact === undefined) return [];
    const runtime = RUNTIME_OF[artifact];
    const fixes: Fix[] = [];
    // Only where the new layer itself is rightly placed: a runtime on an OS or a container,
    // an OS on hardware or a hypervisor.
    if (runtime && (beneath.kind === 'os' || beneath.kind === 'container')) {
      fixes.push(
        insertFix(`Run it on ${runtime.name === 'JVM' ? 'a JVM' : runtime.name}`, node.id, {
          kind: 'runtime',
          label: runtime.name,
          props: { product: runtime.product },
        }),
      );
    }
    if (artifact === 'native') {
      const os = insertOsFix(node.id, beneath, facts.str(node, 'targetOs') ?? 'linux');
      if (os) fixes.push(os);
    }
    return fixes;
  },
};
