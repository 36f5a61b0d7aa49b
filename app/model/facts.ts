// Derived facts about a node's place in its stack, never stored: the element beneath,
// effective arch, kernel family, the machine a guest counts against. Every walk is
// iterative and bounded, so a 10,000-deep chain or a parent cycle cannot break it.
import type { VDoc, VNode } from './document';
import { KINDS, KIND_SPECS, domainTest, isKind } from './kinds';
import type { Arch, OsFamily } from './kinds';

export interface DocIndex {
  /** The first element with each id. */
  readonly byId: ReadonlyMap<string, VNode>;
  /** The elements whose `parent` is `id`, in document order (also for ids naming nothing). */
  children(id: string): readonly VNode[];
  /**
   * True when every element's parent, where it names one, is an earlier element: then no
   * chain of parents can loop. (Documents are mostly written that way; false proves nothing.)
   */
  readonly parentsFirst?: boolean;
  /**
   * Each id's slot, when the index never changes (`buildIndex`): facts over it keep what
   * they work out about each element there rather than in maps of their own.
   */
  readonly slots?: ReadonlyMap<string, Slot>;
}

/** The index `buildIndex` makes: with slots, and each node's slot in document order. */
export interface SlotIndex extends DocIndex {
  readonly slots: ReadonlyMap<string, Slot>;
  /** Each node's own slot (a later element sharing an id has one in no map). */
  readonly order: readonly Slot[];
}

const NONE: readonly VNode[] = Object.freeze([]);
const NO_PROPS: Readonly<Record<string, unknown>> = Object.freeze(Object.create(null));

/**
 * One id of a document (or a later element sharing one): the first element with the id, the
 * elements on it, and what a pass works out about that element, kept for any pass over the
 * same index (the index never changes).
 */
export class Slot {
  /** Where `node` stands in the document (the first element with the id). */
  position = -1;
  /** The slot of the id that `node`'s parent names. */
  below: Slot | undefined = undefined;
  // The elements on this id, linked through their own slots in document order: most lists
  // are never asked for, so they are made into arrays only when asked.
  private firstKid: Slot | undefined = undefined;
  private lastKid: Slot | undefined = undefined;
  private nextKid: Slot | undefined = undefined;
  private kidList: readonly VNode[] | undefined = undefined;

  // Worked out by Facts on first ask (`valid` undefined until then).
  parent: VNode | undefined = undefined;
  /**
   * The node's props that are inside their domain: `node.props` itself when every prop it
   * has is one of its kind's and inside its domain (nearly always), else a copy of those.
   */
  valid: Readonly<Record<string, unknown>> | undefined = undefined;
  /** Every prop given is inside its domain and every required prop is given. */
  inDomain = true;
  /** The parent's slot, once asked. */
  up: Slot | undefined = undefined;

  constructor(public node: VNode | undefined) {}

  addKid(kid: Slot): void {
    if (this.lastKid) this.lastKid.nextKid = kid;
    else this.firstKid = kid;
    this.lastKid = kid;
  }

  kids(): readonly VNode[] {
    if (this.kidList) return this.kidList;
    if (!this.firstKid) return NONE;
    const list: VNode[] = [];
    for (let kid: Slot | undefined = this.firstKid; kid; kid = kid.nextKid) list.push(kid.node!);
    return (this.kidList = list);
  }
}

/**
 * One map from id to slot, filled in one pass over the nodes: it answers both "which
 * element has this id" and "which sit on it", and holds what a validation works out.
 */
export function buildIndex(doc: Pick<VDoc, 'nodes'>): SlotIndex {
  const slots = new Map<string, Slot>();
  const order: Slot[] = [];
  let parentsFirst = true;
  let size = 0;
  const { nodes } = doc;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    // The parent first: an element sitting on itself has not come before itself.
    let below: Slot | undefined;
    if (node.parent !== undefined) {
      below = slots.get(node.parent);
      if (!below) slots.set(node.parent, (below = new Slot(undefined)));
      if (below.node === undefined) parentsFirst = false;
    }
    let own = slots.get(node.id);
    if (own?.node !== undefined) {
      // A later element with a shared id: a slot in no map, to link it among its siblings.
      own = new Slot(node);
    } else {
      if (own) own.node = node;
      else slots.set(node.id, (own = new Slot(node)));
      own.position = i;
      size++;
    }
    order.push(own);
    own.below = below;
    below?.addKid(own);
  }
  return {
    byId: new NodesById(slots, size),
    children: (id) => slots.get(id)?.kids() ?? NONE,
    parentsFirst,
    slots,
    order,
  };
}

/** The first element with each id, read from the slots rather than a second map. */
class NodesById implements ReadonlyMap<string, VNode> {
  constructor(
    private readonly slots: ReadonlyMap<string, Slot>,
    readonly size: number,
  ) {}

  get(id: string): VNode | undefined {
    return this.slots.get(id)?.node;
  }

  has(id: string): boolean {
    return this.slots.get(id)?.node !== undefined;
  }

  forEach(
    f: (node: VNode, id: string, map: ReadonlyMap<string, VNode>) => void,
    thisArg?: unknown,
  ): void {
    for (const [id, node] of this) f.call(thisArg, node, id, this);
  }

  *entries(): MapIterator<[string, VNode]> {
    for (const [id, slot] of this.slots) if (slot.node) yield [id, slot.node];
  }

  *keys(): MapIterator<string> {
    for (const [id, slot] of this.slots) if (slot.node) yield id;
  }

  *values(): MapIterator<VNode> {
    for (const slot of this.slots.values()) if (slot.node) yield slot.node;
  }

  [Symbol.iterator](): MapIterator<[string, VNode]> {
    return this.entries();
  }
}

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

const hasOwn = (obj: object, key: string) => Object.prototype.hasOwnProperty.call(obj, key);

/** How one prop of a kind is checked. */
interface PropCheck {
  readonly name: string;
  readonly inDomain: (value: unknown) => boolean;
  readonly required: boolean;
}

/** The props of each kind, by name, and how many of them are required. */
const CHECKS: ReadonlyMap<
  string,
  { readonly byName: ReadonlyMap<string, PropCheck>; readonly required: number }
> = new Map(
  KINDS.map((kind) => {
    const checks = Object.entries(KIND_SPECS[kind].props).map(([name, spec]) => ({
      name,
      inDomain: domainTest(spec),
      required: (spec.type === 'enum' || spec.type === 'string') && spec.required === true,
    }));
    const byName = new Map(checks.map((c) => [c.name, c]));
    return [kind, { byName, required: checks.filter((c) => c.required).length }];
  }),
);

/** Checks each prop of a slot's node once, keeping those inside their domain. */
function checkProps(slot: Slot, node: VNode): void {
  const kind = CHECKS.get(node.kind);
  if (!kind) {
    slot.valid = NO_PROPS;
    return;
  }
  const props = node.props;
  const proto: unknown = Object.getPrototypeOf(props);
  // `for in` reads own keys only of a plain object (a prototype of ours has no enumerable keys).
  if (proto !== Object.prototype && proto !== null) {
    checkOwnProps(slot, node);
    return;
  }
  let allValid = true;
  let inDomain = true;
  let required = 0;
  for (const name in props) {
    const check = kind.byName.get(name);
    const value = props[name];
    // Not a prop of this kind, or unset: the view must not answer for it.
    if (check === undefined || value === undefined) {
      allValid = false;
      continue;
    }
    if (check.required) required++;
    if (!check.inDomain(value)) allValid = inDomain = false;
  }
  slot.inDomain = inDomain && required === kind.required;
  slot.valid = allValid ? props : validCopy(props, kind.byName);
}

/** The same for props of any other object: own props only, asked one by one. */
function checkOwnProps(slot: Slot, node: VNode): void {
  const kind = CHECKS.get(node.kind)!;
  let inDomain = true;
  for (const check of kind.byName.values()) {
    const value = hasOwn(node.props, check.name) ? node.props[check.name] : undefined;
    if (value === undefined ? check.required : !check.inDomain(value)) inDomain = false;
  }
  slot.inDomain = inDomain;
  slot.valid = validCopy(node.props, kind.byName);
}

/**
 * The props inside their domain, in an object with no prototype, so any name looked up in
 * it answers only for the props kept.
 */
function validCopy(
  props: Readonly<Record<string, unknown>>,
  checks: ReadonlyMap<string, PropCheck>,
): Readonly<Record<string, unknown>> {
  const valid: Record<string, unknown> = Object.create(null);
  for (const check of checks.values()) {
    const value = hasOwn(props, check.name) ? props[check.name] : undefined;
    if (value !== undefined && check.inDomain(value)) {
      valid[check.name] = value;
    }
  }
  return valid;
}

/**
 * Facts over one index, memoized for the life of this object (one validation pass).
 * Prop getters return undefined for a value outside its domain: rules that need the
 * prop skip the element, and `doc/invalid-value` reports it once.
 */
export class Facts {
  /**
   * Each node's parent and valid props, worked out once: in its slot, or in a slot of our
   * own for an index without slots (the Validator's, which changes) and for an element whose
   * id is shared. The rules checking a node ask about it and what it sits on, one after
   * another: the last two asked are kept at hand.
   */
  private readonly ownSlots = new Map<VNode, Slot>();
  private recent: Slot | undefined;
  private previous: Slot | undefined;
  private lastGuests: { machine: VNode; guests: readonly VNode[] } | undefined;
  /** The node a pass is checking, kept at hand while its rules run (see `focus`). */
  private focused: Slot | undefined;
  private readonly archMemo = new Map<VNode, Arch | null>();
  private readonly osMemo = new Map<VNode, VNode | null>();
  private readonly endMemo = new Map<VNode, StackEnd>();
  private readonly cycleSets = new WeakMap<StackEnd, ReadonlySet<string>>();
  /** Set by `settleCycles` when no parent chain loops: `cycleThrough` then walks nothing. */
  private acyclic = false;

  private readonly slots: ReadonlyMap<string, Slot> | undefined;

  constructor(readonly index: DocIndex) {
    this.slots = index.slots;
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
    return this.index.byId.get(id);
  }

  /**
   * For a pass over a `buildIndex` index, about to run the rules on one node: its slot, in
   * hand, so that what they all ask about it needs no look-up.
   */
  focus(slot: Slot): void {
    this.focused = this.checked(slot, slot.node!);
  }

  /** The node's slot, its parent and props worked out. */
  private info(node: VNode): Slot {
    if (this.focused?.node === node) return this.focused;
    const recent = this.recent;
    if (recent?.node === node) return recent;
    const previous = this.previous;
    let info: Slot;
    if (previous?.node === node) info = previous;
    // What a rule asks about next is often what the node it just asked about sits on.
    else if (recent?.parent === node) info = this.up(recent);
    else if (previous?.parent === node) info = this.up(previous);
    else info = this.lookUp(node);
    this.previous = recent;
    this.recent = info;
    return info;
  }

  private up(slot: Slot): Slot {
    if (slot.up) return slot.up;
    const below = slot.below;
    const node = slot.parent!;
    return (slot.up = below?.node === node ? this.checked(below, node) : this.lookUp(node));
  }

  private lookUp(node: VNode): Slot {
    const slot = this.slots?.get(node.id);
    if (slot?.node === node) return this.checked(slot, node);
    let own = this.ownSlots.get(node);
    if (!own) {
      own = new Slot(node);
      own.parent = node.parent === undefined ? undefined : this.index.byId.get(node.parent);
      checkProps(own, node);
      this.ownSlots.set(node, own);
    }
    return own;
  }

  private checked(slot: Slot, node: VNode): Slot {
    if (slot.valid === undefined) {
      slot.parent = slot.below?.node;
      checkProps(slot, node);
    }
    return slot;
  }

  parent(node: VNode): VNode | undefined {
    return this.info(node).parent;
  }

  /** Whether every prop a node gives is inside its domain and every required one is given. */
  propsInDomain(node: VNode): boolean {
    return this.info(node).inDomain;
  }

  children(node: VNode): readonly VNode[] {
    // A duplicate id's children belong to the first element with that id: its slot is the
    // one children are linked to.
    if (this.slots) return this.info(node).kids();
    return this.index.byId.get(node.id) === node ? this.index.children(node.id) : NONE;
  }

  /**
   * A prop's value when it is inside its domain, else undefined (unset or invalid). `name`
   * is a prop of the node's kind (KIND_SPECS), as rules ask: no other name is looked up.
   */
  prop(node: VNode, name: string): unknown {
    return this.info(node).valid![name];
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
    if (this.lastGuests?.machine === machine) return this.lastGuests.guests;
    // Asked for every machine on every pass: no closure per call (cheap under any transpiler).
    const guests: VNode[] = [];
    for (const child of this.children(machine)) {
      if (child.kind === 'hypervisor') this.guestsOfHypervisor(child, guests);
      else if (machine.kind === 'hardware' && child.kind === 'os') {
        for (const hv of this.children(child)) {
          if (hv.kind === 'hypervisor') this.guestsOfHypervisor(hv, guests);
        }
      }
    }
    this.lastGuests = { machine, guests };
    return guests;
  }

  private guestsOfHypervisor(hv: VNode, into: VNode[]): void {
    for (const g of this.children(hv)) if (g.kind === 'os') into.push(g);
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
