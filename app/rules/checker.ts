// Runs the rules that are on in a document over nodes, links and the document, collecting
// their findings as diagnostics with the document's severities.
import { nameOf } from '../model/document';
import type { Diagnostic, Settings, VDoc, VLink, VNode } from '../model/document';
import type { Facts } from '../model/facts';
import { KINDS, UNKNOWN_KIND, isKind, kindCode } from '../model/kinds';
import type { Severity } from '../model/kinds';
import { effectiveSeverity, overcommitRatio } from './severity';
import type { Report, RuleContext, RuleMeta, RuleModule } from './types';

interface Active {
  readonly rule: RuleModule;
  readonly id: string;
  readonly severity: Severity;
  /**
   * The rule's node check, read once: rule modules have several shapes, so reading it from
   * the module on each of some 80,000 calls a pass is a look-up by name; here it is a field.
   */
  readonly checkNode: RuleModule['checkNode'];
}

export class Checker {
  /** The node rules for each of KINDS, by kind code (see `kindCode`). */
  private readonly byCode: Active[][] = KINDS.map(() => []);
  /** The node rules for each kind outside KINDS that some rule names; others get `anyKind`. */
  private readonly byOtherKind = new Map<string, Active[]>();
  private readonly anyKind: Active[] = [];
  private readonly linkRules: Active[] = [];
  /**
   * `doc/*` document checks read only the settings and whether ids are shared, so while
   * neither changes their findings stand; any other document check reruns on every edit.
   */
  readonly docLevel: Active[] = [];
  readonly otherLevel: Active[] = [];
  readonly ratio: number;
  private ctx: RuleContext | undefined;
  private current: Active | undefined;
  private out: Diagnostic[] = [];

  private readonly report: Report = (message, elements) => {
    const rule = this.current!;
    this.out.push({
      rule: rule.id,
      severity: rule.severity,
      message: String(message),
      elements: elements.map(String),
    });
  };

  constructor(rules: readonly RuleModule[], settings: Settings) {
    this.ratio = overcommitRatio(settings);
    const nodeRules: Active[] = [];
    for (const rule of rules) {
      const severity = effectiveSeverity(settings, rule.meta);
      if (severity === undefined) continue;
      const active: Active = { rule, id: rule.meta.id, severity, checkNode: rule.checkNode };
      if (active.checkNode) nodeRules.push(active);
      if (rule.checkLink) this.linkRules.push(active);
      if (rule.checkDoc)
        (rule.meta.category === 'doc' ? this.docLevel : this.otherLevel).push(active);
    }
    for (const active of nodeRules) {
      const kinds = active.rule.meta.kinds;
      if (!Array.isArray(kinds)) continue;
      for (const kind of kinds) if (!isKind(kind)) this.byOtherKind.set(kind, []);
    }
    for (const active of nodeRules) {
      if (speaksAbout(active.rule.meta, undefined)) this.anyKind.push(active);
      KINDS.forEach((kind, code) => {
        if (speaksAbout(active.rule.meta, kind)) this.byCode[code]!.push(active);
      });
      for (const [kind, list] of this.byOtherKind)
        if (speaksAbout(active.rule.meta, kind)) list.push(active);
    }
  }

  /** Starts a pass over the facts of the current document. */
  begin(facts: Facts): void {
    this.ctx = { facts, cpuOvercommitRatio: this.ratio };
  }

  node(node: VNode, out: Diagnostic[]): void {
    this.nodeOfKind(node, kindCode(node.kind), out);
  }

  /** The same for a caller that knows the node's kind code (a full pass has it in its table). */
  nodeOfKind(node: VNode, code: number, out: Diagnostic[]): void {
    const ctx = this.ctx!;
    this.out = out;
    const rules =
      code === UNKNOWN_KIND
        ? (this.byOtherKind.get(node.kind) ?? this.anyKind)
        : this.byCode[code]!;
    // Indexed: the loop runs once per element and rule of a pass, some 80,000 times at 10k.
    for (let r = 0; r < rules.length; r++) {
      const active = rules[r]!;
      this.current = active;
      try {
        active.checkNode!.call(active.rule, node, ctx, this.report);
      } catch (err) {
        this.failed(active, out, nameOf(node), node.id, err);
      }
    }
  }

  link(link: VLink, out: Diagnostic[]): void {
    const ctx = this.ctx!;
    this.out = out;
    for (const active of this.linkRules) {
      this.current = active;
      try {
        active.rule.checkLink!(link, ctx, this.report);
      } catch (err) {
        this.failed(active, out, `link "${String(link.id)}"`, link.id, err);
      }
    }
  }

  doc(doc: VDoc, rules: readonly Active[], out: Diagnostic[]): void {
    const ctx = this.ctx!;
    this.out = out;
    for (const active of rules) {
      this.current = active;
      try {
        active.rule.checkDoc!(doc, ctx, this.report);
      } catch (err) {
        this.failed(active, out, 'the document', undefined, err);
      }
    }
  }

  /** A rule that throws is a bug, but never takes validation down: it becomes a finding. */
  private failed(
    active: Active,
    out: Diagnostic[],
    what: string,
    id: string | undefined,
    err: unknown,
  ): void {
    out.push({
      rule: active.id,
      severity: active.severity,
      message: `Rule ${active.id} could not check ${what}: ${describeError(err)}`,
      elements: id === undefined ? [] : [String(id)],
    });
  }
}

/** Whether a node rule checks nodes of `kind` (undefined: a kind no rule names, not one of KINDS). */
function speaksAbout(meta: RuleMeta, kind: string | undefined): boolean {
  const { kinds } = meta;
  if (kinds === undefined) return true;
  if (kinds === 'unknown') return kind === undefined || !isKind(kind);
  return kind !== undefined && kinds.includes(kind);
}

function describeError(err: unknown): string {
  try {
    return err instanceof Error ? err.message : String(err);
  } catch {
    return 'unknown error';
  }
}
