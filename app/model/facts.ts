// Derived facts about a node's place in its stack, never stored: the element beneath,
// effective arch, kernel family, the machine a guest counts against. Every walk is
// iterative and bounded, so a 10,000-deep chain or a parent cycle cannot break it.
import type { VNode } from './document';
import { KIND_SPECS, isKind } from './kinds';
import type { Arch, OsFamily } from './kinds';
import { NONE, NodeTable } from './node-table';
import type { DocIndex } from './node-table';
import { checkProps, hasOwn } from './prop-check';
import type { Checked } from './prop-check';

// The index and its table lived here first: importers still find them here.
export { NodeTable, buildIndex } from './node-table';
export type { DocIndex } from './node-table';

/** Where a node's chain of parents ends: its stack. */
export type StackEnd =
  | { readonly kind: 'root'; readonly id: string }
  | { readonly kind: 'orphan'; readonly missing: string }
  | { readonly kind: 'cycle'; readonly members: readonly string[] };

export function stackKey(end: StackEnd): string {
  switch (end.kind) {
    case 'root':
      return `root:${end.id}`;
    case 'orphan':
      return `orphan:${end.missing}`;
    case 'cycle':
      return `cycle:${minOf(end.members)}`;
  }
}

function minOf(ids: readonly string[]): string {
  let min = ids[0] ?? '';
  for (const id of ids) if (id < min) min = id;
  return min;
}

/**
 * Facts over one index, memoized for the life of this object (one validation pass).
 * Prop getters return undefined for a value outside its domain: rules that need the
 * prop skip the element, and `doc/invalid-value` reports it once.
 */
export class Facts {
  /**
   * The position in the table of the node a pass is checking (see `focus`) and of the last
   * other node asked about: the rules checking a node ask about it, and what it sits on, one
   * after another.
   */
  private focusNode: VNode | undefined;
  private focusAt = -1;
  private recentNode: VNode | undefined;
  private recentAt = -1;
  /** The position of the node whose children were last asked for. */
  private kidsOf = -1;
  /** Each node's parent and checked props without a table (the Validator's index changes). */
  private readonly untabled = new Map<VNode, Checked & { readonly parent: VNode | undefined }>();
  private lastMachine: VNode | undefined;
  private lastGuests: readonly VNode[] = NONE;
  private readonly archMemo = new Map<VNode, Arch | null>();
  private readonly osMemo = new Map<VNode, VNode | null>();
  /** With a table: the position of the nearest OS at or below each position (see `osAtOrBelow`). */
  private osAt: Int32Array | undefined;
  /** The last two ids `node` was asked for, and their positions: link rules ask for both ends twice. */
  private lastId: string | undefined;
  private lastIdAt = -1;
  private lastButOneId: string | undefined;
  private lastButOneIdAt = -1;
  private readonly endMemo = new Map<VNode, StackEnd>();
  private readonly cycleSets = new WeakMap<StackEnd, ReadonlySet<string>>();
  /** Set by `settleCycles` when no parent chain loops: `cycleThrough` then walks nothing. */
  private acyclic = false;

  private readonly table: NodeTable | undefined;

  constructor(readonly index: DocIndex) {
    this.table = index instanceof NodeTable ? index : undefined;
  }

  /**
   * For a caller about to ask `cycleThrough` of every node (a full validation): settles
   * whether any parent chain loops, from the index's `parentsFirst` or else in one downward
   * pass from the stack roots. Usually none does, and then no node's chain needs walking and
   * memoizing, which costs several times more over 10,000 nodes. An incremental pass asks
   * of a few nodes and should not call it.
   */
  settleCycles(): void {
    if (this.index.parentsFirst === true) {
      this.acyclic = true;
      return;
    }
    const { byId } = this.index;
    const todo: VNode[] = [];
    for (const node of byId.values()) {
      if (node.parent === undefined || !byId.has(node.parent)) todo.push(node);
    }
    // Only the first element with an id is reachable by it: its chain is the one walked.
    let grounded = 0;
    while (todo.length > 0) {
      const node = todo.pop()!;
      grounded++;
      for (const kid of this.index.children(node.id)) if (byId.get(kid.id) === kid) todo.push(kid);
    }
    this.acyclic = grounded === byId.size;
  }

  node(id: string): VNode | undefined {
    const table = this.table;
    if (!table) return this.index.byId.get(id);
    let i: number;
    if (id === this.lastId) i = this.lastIdAt;
    else if (id === this.lastButOneId) i = this.lastButOneIdAt;
    else {
      i = table.position(id) ?? -1;
      this.lastButOneId = this.lastId;
      this.lastButOneIdAt = this.lastIdAt;
      this.lastId = id;
      this.lastIdAt = i;
    }
    if (i < 0) return undefined;
    // What a link rule asks next is usually about this element: at hand without a look-up.
    const node = table.nodes[i]!;
    this.recentNode = node;
    this.recentAt = i;
    return node;
  }

  /**
   * For a pass over a `buildIndex` table, about to run the rules on the node at position
   * `i`: kept at hand, so that what they all ask about it needs no look-up.
   */
  focus(i: number): void {
    this.focusNode = this.table?.nodes[i];
    this.focusAt = i;
  }

  /** A node's position in the table, or -1 where there is none or it is not the table's. */
  private at(node: VNode): number {
    const table = this.table;
    if (!table) return -1;
    if (node === this.focusNode) return this.focusAt;
    if (node === this.recentNode) return this.recentAt;
    // What a rule asks about next is often what the node it checks, or the one it just asked
    // about, sits on; or, going through children, the first child or the next sibling.
    const recent = this.recentAt;
    let i = this.focusAt < 0 ? -1 : table.belowAt(this.focusAt);
    if (!this.holds(i, node)) i = recent < 0 ? -1 : table.belowAt(recent);
    if (!this.holds(i, node)) i = recent < 0 ? -1 : table.nextKidAt(recent);
    if (!this.holds(i, node)) i = this.kidsOf < 0 ? -1 : table.firstKidAt(this.kidsOf);
    if (!this.holds(i, node)) {
      i = table.position(node.id) ?? -1;
      if (!this.holds(i, node)) return -1;
    }
    this.recentNode = node;
    this.recentAt = i;
    return i;
  }

  private holds(i: number, node: VNode): boolean {
    return i >= 0 && this.table!.nodes[i] === node;
  }

  /** What is known of a node the table does not have (or without a table). */
  private untabledInfo(node: VNode): Checked & { readonly parent: VNode | undefined } {
    let info = this.untabled.get(node);
    if (!info) {
      const parent = node.parent === undefined ? undefined : this.index.byId.get(node.parent);
      this.untabled.set(node, (info = { parent, ...checkProps(node) }));
    }
    return info;
  }

  parent(node: VNode): VNode | undefined {
    const i = this.at(node);
    if (i < 0) return this.untabledInfo(node).parent;
    const below = this.table!.belowAt(i);
    return below < 0 ? undefined : this.table!.nodes[below];
  }

  /** Whether every prop a node gives is inside its domain and every required one is given. */
  propsInDomain(node: VNode): boolean {
    const i = this.at(node);
    return i < 0 ? this.untabledInfo(node).inDomain : this.table!.inDomainAt(i);
  }

  children(node: VNode): readonly VNode[] {
    // A duplicate id's children belong to the first element with that id.
    if (this.table) {
      const i = this.at(node);
      if (i < 0) return NONE;
      this.kidsOf = i;
      return this.table.kidsAt(i);
    }
    return this.index.byId.get(node.id) === node ? this.index.children(node.id) : NONE;
  }

  /**
   * A prop's value when it is inside its domain, else undefined (unset or invalid). `name`
   * is a prop of the node's kind (KIND_SPECS), as rules ask: no other name is looked up.
   */
  prop(node: VNode, name: string): unknown {
    const i = this.at(node);
    return (i < 0 ? this.untabledInfo(node).valid : this.table!.viewAt(i))[name];
  }

  str(node: VNode, name: string): string | undefined {
    const v = this.prop(node, name);
    return typeof v === 'string' ? v : undefined;
  }

  num(node: VNode, name: string): number | undefined {
    const v = this.prop(node, name);
    return typeof v === 'number' ? v : undefined;
  }

  /** A boolean prop with its default; undefined only when the value is invalid. */
  flag(node: VNode, name: string): boolean | undefined {
    if (!isKind(node.kind)) return undefined;
    const spec = KIND_SPECS[node.kind].props[name];
    if (!spec || spec.type !== 'boolean') return undefined;
    const raw = hasOwn(node.props, name) ? node.props[name] : undefined;
    if (raw === undefined) return spec.default;
    return typeof raw === 'boolean' ? raw : undefined;
  }

  isGuestOs(node: VNode): boolean {
    return node.kind === 'os' && this.parent(node)?.kind === 'hypervisor';
  }

  isHostOs(node: VNode): boolean {
    return node.kind === 'os' && this.parent(node)?.kind === 'hardware';
  }

  /**
   * The arch a node runs as: its own `arch` where set, valid and not `multi`, else the
   * one beneath, down to the hardware (default x86_64). Undefined where the chain is
   * incomplete, cyclic, or passes an invalid arch.
   */
  effectiveArch(node: VNode): Arch | undefined {
    const path: VNode[] = [];
    let cur: VNode | undefined = node;
    let result: Arch | null = null;
    const limit = this.index.byId.size + 1;
    while (cur) {
      const memo = this.archMemo.get(cur);
      if (memo !== undefined) {
        result = memo;
        break;
      }
      path.push(cur);
      if (path.length > limit) {
        result = null;
        break;
      }
      const own = this.ownArch(cur);
      if (own !== undefined) {
        result = own;
        break;
      }
      if (cur.parent === undefined) {
        result = null;
        break;
      }
      cur = this.index.byId.get(cur.parent);
    }
    for (const n of path) this.archMemo.set(n, result);
    return result ?? undefined;
  }

  /** A node's own arch: a concrete arch, null when it fixes none here (invalid), or undefined to look beneath. */
  private ownArch(node: VNode): Arch | null | undefined {
    const raw = hasOwn(node.props, 'arch') ? node.props.arch : undefined;
    const hasArchProp = isKind(node.kind) && 'arch' in KIND_SPECS[node.kind].props;
    if (node.kind === 'hardware') {
      if (raw === undefined) return 'x86_64';
      return (this.prop(node, 'arch') as Arch | undefined) ?? null;
    }
    if (!hasArchProp || raw === undefined || raw === 'multi') return undefined;
    return (this.prop(node, 'arch') as Arch | undefined) ?? null;
  }

  /** The family of the nearest OS beneath a node (for a container: beneath its engine). */
  kernelFamily(node: VNode): OsFamily | undefined {
    const os = this.osBeneath(node);
    return os && (this.str(os, 'family') as OsFamily | undefined);
  }

  /** The nearest OS beneath a node, or undefined. */
  osBeneath(node: VNode): VNode | undefined {
    const below = this.parent(node);
    return below && this.osAtOrBelow(below);
  }

  /**
   * The node itself when it is an OS, else the nearest OS beneath it. Memoized along the
   * path walked, so asking for every element of a deep stack (engines in containers in
   * engines...) stays linear.
   */
  private osAtOrBelow(node: VNode): VNode | undefined {
    const table = this.table;
    const at = this.at(node);
    if (table && at >= 0) {
      const os = this.osAtOrBelowAt(table, at);
      if (os < 0) return undefined;
      // The caller asks about the OS next (its family).
      this.recentNode = table.nodes[os];
      this.recentAt = os;
      return this.recentNode;
    }
    const path: VNode[] = [];
    let cur: VNode | undefined = node;
    let result: VNode | null = null;
    const limit = this.index.byId.size + 1;
    while (cur) {
      const memo = this.osMemo.get(cur);
      if (memo !== undefined) {
        result = memo;
        break;
      }
      if (cur.kind === 'os') {
        result = cur;
        break;
      }
      path.push(cur);
      if (path.length > limit) break;
      cur = this.parent(cur);
    }
    for (const n of path) this.osMemo.set(n, result);
    return result ?? undefined;
  }

  /**
   * `osAtOrBelow` over the table: the position of the OS, or -1. Memoized by position along
   * the path walked, as the walk by nodes is; `osAt` holds each answer plus 2 (0: not known).
   */
  private osAtOrBelowAt(table: NodeTable, start: number): number {
    const memo = (this.osAt ??= new Int32Array(table.nodes.length));
    let result = -1;
    let i = start;
    let steps = 0;
    const limit = table.nodes.length + 1;
    // Walks until an answer is known, then memoizes along the same walk.
    while (i >= 0 && steps++ <= limit) {
      const known = memo[i]!;
      if (known !== 0) {
        result = known - 2;
        break;
      }
      if (table.nodes[i]!.kind === 'os') {
        result = i;
        break;
      }
      i = table.belowAt(i);
    }
    for (let j = start, k = 0; j >= 0 && j !== i && k <= limit; j = table.belowAt(j), k++) {
      memo[j] = result + 2;
    }
    if (i >= 0) memo[i] = result + 2;
    return result;
  }

  /** The hardware at the bottom of a node's stack (the node itself for hardware). */
  hardwareBeneath(node: VNode): VNode | undefined {
    let cur: VNode | undefined = node;
    let steps = 0;
    const limit = this.index.byId.size + 1;
    while (cur && steps++ <= limit) {
      if (cur.kind === 'hardware') return cur;
      cur = this.parent(cur);
    }
    return undefined;
  }

  /**
   * The machine a guest OS counts against: walking down past its hypervisor and any host
   * OS, the first hardware or guest OS. Undefined for anything but a guest OS, or where
   * the stack beneath is incomplete.
   */
  machineOf(guest: VNode): VNode | undefined {
    if (!this.isGuestOs(guest)) return undefined;
    const hv = this.parent(guest);
    const below = hv && this.parent(hv);
    if (!below) return undefined;
    if (below.kind === 'hardware') return below;
    if (below.kind !== 'os') return undefined;
    if (this.isGuestOs(below)) return below;
    if (this.isHostOs(below)) return this.parent(below);
    return undefined;
  }

  /** The guest OSes that count against a machine (a hardware or a guest OS). */
  guestsOf(machine: VNode): readonly VNode[] {
    // Each resource rule asks this of the machine it checks, one after another.
    if (this.lastMachine === machine) return this.lastGuests;
    // Asked for every machine on every pass, and most have none: no array until a guest is
    // found, and indexed loops (`for of` over a frozen empty list made iterator objects).
    let guests: VNode[] | undefined;
    const kids = this.children(machine);
    for (let k = 0; k < kids.length; k++) {
      const child = kids[k]!;
      if (child.kind === 'hypervisor') guests = this.guestsOfHypervisor(child, guests);
      else if (machine.kind === 'hardware' && child.kind === 'os') {
        const hvs = this.children(child);
        for (let h = 0; h < hvs.length; h++) {
          const hv = hvs[h]!;
          if (hv.kind === 'hypervisor') guests = this.guestsOfHypervisor(hv, guests);
        }
      }
    }
    this.lastMachine = machine;
    this.lastGuests = guests ?? NONE;
    return this.lastGuests;
  }

  private guestsOfHypervisor(hv: VNode, guests: VNode[] | undefined): VNode[] | undefined {
    const kids = this.children(hv);
    for (let k = 0; k < kids.length; k++) {
      const g = kids[k]!;
      if (g.kind === 'os') (guests ??= []).push(g);
    }
    return guests;
  }

  /** Where following `parent` from a node ends: a root, a missing parent, or a cycle. */
  stackEnd(node: VNode): StackEnd {
    // Every rule of a pass asks this of every node: answer repeats without allocating.
    const known = this.endMemo.get(node);
    if (known) return known;
    const path: VNode[] = [];
    // Walks are short but for a cycle or a freak chain: scan the path until it grows long.
    let onPath: Map<VNode, number> | undefined;
    let cur: VNode = node;
    let end: StackEnd;
    for (;;) {
      const memo = this.endMemo.get(cur);
      if (memo) {
        end = memo;
        break;
      }
      const seen = onPath ? (onPath.get(cur) ?? -1) : path.indexOf(cur);
      if (seen >= 0) {
        const members = path.slice(seen).map((n) => n.id);
        end = { kind: 'cycle', members };
        break;
      }
      if (onPath) onPath.set(cur, path.length);
      else if (path.length === 32) onPath = new Map(path.map((n, i) => [n, i]));
      path.push(cur);
      if (cur.parent === undefined) {
        end = { kind: 'root', id: cur.id };
        break;
      }
      const next = this.index.byId.get(cur.parent);
      if (!next) {
        end = { kind: 'orphan', missing: cur.parent };
        break;
      }
      cur = next;
    }
    // Nodes leading into a cycle share its stack but are not on it.
    for (const n of path) this.endMemo.set(n, end);
    return end;
  }

  /** The ids on the parent cycle through this node, or undefined when it is on none. */
  cycleThrough(node: VNode): readonly string[] | undefined {
    if (this.acyclic) return undefined;
    const end = this.stackEnd(node);
    if (end.kind !== 'cycle') return undefined;
    let set = this.cycleSets.get(end);
    if (!set) this.cycleSets.set(end, (set = new Set(end.members)));
    return set.has(node.id) && this.index.byId.get(node.id) === node ? end.members : undefined;
  }
}
