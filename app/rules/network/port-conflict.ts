import { setProp } from '../../commands/set-prop';
import { nameOf } from '../../model/document';
import type { VNode } from '../../model/document';
import type { Facts } from '../../model/facts';
import { parsePort } from '../../model/kinds';
import type { PortMapping } from '../../model/kinds';
import { docFacts } from '../compat/prop-fix';
import type { RuleModule } from '../types';

interface Conflict {
  readonly hostPort: number;
  readonly protocol: 'tcp' | 'udp';
  /** The containers publishing it, in document order, each once. */
  readonly containers: readonly VNode[];
}

const NO_PORTS: readonly PortMapping[] = Object.freeze([]);

/**
 * A container's published ports. A list with any entry outside the domain publishes nothing
 * we trust (doc/invalid-value reports it): the same test as the prop's, parsing each once.
 */
function publishedPorts(container: VNode): readonly PortMapping[] {
  const raw = Object.prototype.hasOwnProperty.call(container.props, 'ports')
    ? container.props.ports
    : undefined;
  if (!Array.isArray(raw) || raw.length === 0) return NO_PORTS;
  const out: PortMapping[] = [];
  for (const p of raw) {
    const parsed = typeof p === 'string' ? parsePort(p) : undefined;
    if (!parsed) return NO_PORTS;
    out.push(parsed);
  }
  return out;
}

/**
 * A container's published ports when its list is inside the domain (a list with any entry
 * outside it publishes nothing we trust: doc/invalid-value reports it). Each entry then
 * reads "host:container[/protocol]", so what a conflict needs is read without parsing.
 */
function validPorts(facts: Facts, container: VNode): readonly string[] {
  const ports = facts.prop(container, 'ports');
  return Array.isArray(ports) ? (ports as readonly string[]) : NO_LIST;
}

const NO_LIST: readonly string[] = Object.freeze([]);

/** A valid port's host port and protocol as one number: host port × 2, plus 1 for udp. */
function hostKey(port: string): number {
  // A valid port starts with the host port's digits, up to the colon.
  let hostPort = 0;
  for (let i = 0; i < port.length && port.charCodeAt(i) !== COLON; i++) {
    hostPort = hostPort * 10 + port.charCodeAt(i) - ZERO;
  }
  return hostPort * 2 + (port.endsWith('/udp') ? 1 : 0);
}

const COLON = 58;
const ZERO = 48;

/** How many published ports of an engine are compared pairwise before a Map is worth it. */
const FEW = 16;
// The ports compared pairwise (host key, and which child publishes it): every engine is
// checked on every pass and usually publishes a few ports, none twice.
const fewKeys = new Int32Array(FEW);
const fewOwners = new Int32Array(FEW);

/** Whether two containers on an engine publish the same host port and protocol. */
function anyClash(facts: Facts, engine: VNode): boolean {
  const kids = facts.children(engine);
  let seen = 0;
  for (let k = 0; k < kids.length; k++) {
    const c = kids[k]!;
    if (c.kind !== 'container') continue;
    const ports = validPorts(facts, c);
    for (let p = 0; p < ports.length; p++) {
      if (seen === FEW) return anyClashByMap(facts, kids);
      const key = hostKey(ports[p]!);
      for (let j = 0; j < seen; j++) {
        if (fewKeys[j] === key && kids[fewOwners[j]!] !== c) return true;
      }
      fewKeys[seen] = key;
      fewOwners[seen] = k;
      seen++;
    }
  }
  return false;
}

/** The same for an engine publishing many ports: the first container publishing each one. */
function anyClashByMap(facts: Facts, kids: readonly VNode[]): boolean {
  const firstBy = new Map<number, VNode>();
  for (const c of kids) {
    if (c.kind !== 'container') continue;
    for (const port of validPorts(facts, c)) {
      const key = hostKey(port);
      const first = firstBy.get(key);
      if (first === undefined) firstBy.set(key, c);
      else if (first !== c) return true;
    }
  }
  return false;
}

/** The host ports that more than one container on an engine publishes. */
function conflictsOn(facts: Facts, engine: VNode): Conflict[] {
  // Usually no port repeats, and then nothing is built.
  if (!anyClash(facts, engine)) return [];
  const groups = new Map<number, VNode[]>();
  for (const c of facts.children(engine)) {
    if (c.kind !== 'container') continue;
    for (const port of validPorts(facts, c)) {
      const key = hostKey(port);
      const group = groups.get(key);
      if (!group) groups.set(key, [c]);
      // A container's ports come one after another: it can only be the last one added.
      else if (group[group.length - 1] !== c) group.push(c);
    }
  }
  const conflicts: Conflict[] = [];
  for (const [key, containers] of groups) {
    if (containers.length < 2) continue;
    conflicts.push({ hostPort: key >> 1, protocol: key & 1 ? 'udp' : 'tcp', containers });
  }
  return conflicts;
}

function listNames(nodes: readonly VNode[]): string {
  const names = nodes.map((n) => nameOf(n));
  return names.length <= 2
    ? names.join(' and ')
    : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

export const portConflict: RuleModule = {
  meta: {
    id: 'network/port-conflict',
    category: 'network',
    severity: 'error',
    kinds: ['container-engine'],
    title: 'Two containers publish the same host port',
    explanation:
      "Containers are isolated from each other, but they share their host's network ports: a published port is opened by the engine on the host. Only one container can hold a host port and protocol, so the second one fails to start.",
  },
  checkNode(node, { facts }, report) {
    if (node.kind !== 'container-engine') return;
    for (const c of conflictsOn(facts, node)) {
      const verb = c.containers.length === 2 ? 'both publish' : 'all publish';
      report(
        `Containers ${listNames(c.containers)} on ${nameOf(node)} ${verb} host port ${c.hostPort}/${c.protocol}`,
        c.containers.map((n) => n.id),
      );
    }
  },
  fixes(doc, diagnostic) {
    const facts = docFacts(doc);
    const first = facts.node(diagnostic.elements[0] ?? '');
    const engine = first && facts.parent(first);
    if (engine?.kind !== 'container-engine') return [];
    const key = diagnostic.elements.join('\0');
    const conflict = conflictsOn(facts, engine).find(
      (c) => c.containers.map((n) => n.id).join('\0') === key,
    );
    const last = conflict?.containers[conflict.containers.length - 1];
    if (!conflict || !last) return [];
    // The next host port no container on this engine publishes with this protocol.
    const used = new Set<number>();
    for (const c of facts.children(engine)) {
      if (c.kind !== 'container') continue;
      for (const p of publishedPorts(c)) if (p.protocol === conflict.protocol) used.add(p.hostPort);
    }
    let free = conflict.hostPort + 1;
    while (free <= 65535 && used.has(free)) free++;
    if (free > 65535) return [];
    const ports = last.props.ports as readonly string[];
    const moved = ports.map((p) => {
      const m = parsePort(p);
      if (!m || m.hostPort !== conflict.hostPort || m.protocol !== conflict.protocol) return p;
      return `${free}:${m.containerPort}${p.includes('/') ? `/${m.protocol}` : ''}`;
    });
    return [
      {
        title: `Publish ${nameOf(last)} on host port ${free}`,
        apply: (d) => setProp(d, last.id, 'ports', moved) ?? d,
      },
    ];
  },
};
