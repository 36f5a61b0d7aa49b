// The values `doc/invalid-value` reports, found one by one, each with its repairs: props
// outside their domain (KIND_SPECS), required props missing, link drivers, and settings.
import { setProp } from '../../commands/set-prop';
import { withKey } from '../../commands/util';
import type { Settings, VDoc, VLink, VNode } from '../../model/document';
import {
  KINDS,
  KIND_SPECS,
  LINK_DRIVERS,
  SEVERITY_SETTINGS,
  domainTest,
  propProblem,
} from '../../model/kinds';
import type { PropSpec } from '../../model/kinds';
import { clip, linkSubject, shown, subject } from '../naming';
import type { Fix } from '../types';

const hasOwn = (obj: object, key: string) => Object.prototype.hasOwnProperty.call(obj, key);

const SPEC_ENTRIES: ReadonlyMap<string, readonly (readonly [string, PropSpec])[]> = new Map(
  KINDS.map((kind) => [kind, Object.entries(KIND_SPECS[kind].props)]),
);

/** A required enum this small is fixed by picking a value (a hypervisor's type). */
const PICKABLE = 3;

function isRequired(spec: PropSpec): boolean {
  return (spec.type === 'enum' || spec.type === 'string') && spec.required === true;
}

/** Calls `found` for each prop of a node outside its domain and each required prop missing. */
export function forEachNodeProblem(
  node: VNode,
  found: (message: string, fixes: () => Fix[]) => void,
): void {
  const entries = SPEC_ENTRIES.get(node.kind);
  if (!entries) return;
  for (const [prop, spec] of entries) {
    const value = hasOwn(node.props, prop) ? node.props[prop] : undefined;
    const required = isRequired(spec);
    if (value === undefined) {
      if (!required) continue;
      const domain = spec.type === 'enum' ? ` (one of ${spec.values.join(', ')})` : '';
      found(`${subject(node)} has no ${prop}, which is required${domain}`, () =>
        picks(node.id, prop, spec),
      );
      continue;
    }
    const problem = propProblem(spec, value);
    if (problem === undefined) continue;
    found(`${subject(node)} has an invalid ${prop}: ${problem}`, () =>
      required
        ? picks(node.id, prop, spec)
        : [
            {
              title: `Remove the invalid ${prop}`,
              apply: (d) => setProp(d, node.id, prop, undefined) ?? d,
            },
          ],
    );
  }
}

function picks(id: string, prop: string, spec: PropSpec): Fix[] {
  if (spec.type !== 'enum' || spec.values.length > PICKABLE) return [];
  return spec.values.map((value) => ({
    title: `Set ${prop} to ${value}`,
    apply: (d: VDoc) => setProp(d, id, prop, value) ?? d,
  }));
}

const isLinkDriver = domainTest({ type: 'enum', values: LINK_DRIVERS });

/** Whether `forEachLinkProblem` finds nothing, asked without building its messages. */
export function linkInDomain(link: VLink): boolean {
  return (
    link.kind !== 'network' || !hasOwn(link.props, 'driver') || isLinkDriver(link.props.driver)
  );
}

/** A link's driver, when given, must be one of LINK_DRIVERS (links of unknown kind are not read). */
export function forEachLinkProblem(
  link: VLink,
  found: (message: string, fixes: () => Fix[]) => void,
): void {
  if (link.kind !== 'network' || !hasOwn(link.props, 'driver')) return;
  const problem = propProblem({ type: 'enum', values: LINK_DRIVERS }, link.props.driver);
  if (problem === undefined) return;
  found(`${linkSubject(link.id)} has an invalid driver: ${problem}`, () => [
    {
      title: 'Use the bridge driver',
      apply: (d) => ({
        ...d,
        links: d.links.map((l) =>
          l.id === link.id ? { ...l, props: withKey(l.props, 'driver', 'bridge') } : l,
        ),
      }),
    },
  ]);
}

/** Settings values that are ignored: a severity outside off/info/warning/error, a bad ratio. */
export function forEachSettingsProblem(
  settings: Settings,
  found: (message: string, fixes: () => Fix[]) => void,
): void {
  const rules: unknown = settings.rules;
  if (rules !== undefined) {
    if (typeof rules !== 'object' || rules === null || Array.isArray(rules)) {
      found(
        `The setting "rules" is ${shown(rules)}, not a map from rule ids to off, info, warning or error; it is ignored`,
        () => [settingsFix('Remove the rule settings', ({ rules: _gone, ...rest }) => rest)],
      );
    } else {
      const record = rules as Readonly<Record<string, unknown>>;
      for (const id of Object.keys(record)) {
        const value = record[id];
        if ((SEVERITY_SETTINGS as readonly unknown[]).includes(value)) continue;
        found(
          `The setting for rule "${clip(id)}" is ${shown(value)}, not one of ${SEVERITY_SETTINGS.join(', ')}; it is ignored`,
          () => [
            settingsFix(`Remove the setting for ${clip(id)}`, (s) => ({
              ...s,
              rules: withKey(record, id, undefined),
            })),
          ],
        );
      }
    }
  }
  const ratio = settings.cpuOvercommitRatio;
  if (ratio !== undefined && !isPositiveNumber(ratio)) {
    found(
      `The setting "cpuOvercommitRatio" is ${shown(ratio)}, not a positive number; the default 4 applies`,
      () => [
        settingsFix('Use the default ratio (4)', ({ cpuOvercommitRatio: _gone, ...rest }) => rest),
      ],
    );
  }
}

export function isPositiveNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0;
}

function settingsFix(title: string, edit: (s: Settings) => Settings): Fix {
  return { title, apply: (d) => ({ ...d, settings: edit(d.settings) }) };
}
