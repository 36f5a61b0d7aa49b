// Untrusted JSON -> document, field by field (Excalidraw's data/restore.ts): the envelope
// decides whether the value is a vtopo document at all (refused with a one-line reason when
// not), older versions are migrated, then every field gets its default or repair, and each
// repair a diagnostic. Nothing here recurses over kept values and nothing throws.
import type { Diagnostic, Settings, VDoc } from '../model/document';
import { FORMAT } from '../model/document';
import { MIGRATIONS, migrate } from './migrations';
import type { Migration } from './migrations';
import { TooLarge, describeValue, hasOwn, isRecord, oneLine, setOwn } from './plain';
import type { JsonObject } from './plain';
import { RestoreContext } from './restore-context';
import { draftLinks, restoreLinks } from './restore-links';
import { draftNodes, restoreNodes } from './restore-nodes';

export type LoadResult =
  { ok: true; doc: VDoc; diagnostics: Diagnostic[] } | { ok: false; reason: string };

export interface RestoreOptions {
  /** The value came from JSON.parse, so kept values need no copying. */
  readonly parsed?: boolean;
  /** The migration steps; the version they end at is the newest one read. */
  readonly migrations?: readonly Migration[];
  /** A bound on copying a caller's value (not used for parsed input); tests lower it. */
  readonly maxCopiedValues?: number;
}

export function restore(json: unknown, options: RestoreOptions = {}): LoadResult {
  try {
    return restoreOrRefuse(json, options);
  } catch (err) {
    // Only a caller's JS value gets here (a throwing getter or proxy, a graph of shared
    // references too large to copy); a parsed file cannot.
    if (err instanceof TooLarge) return { ok: false, reason: `too large (${err.message})` };
    return { ok: false, reason: `could not read the document (${oneLine(err)})` };
  }
}

function restoreOrRefuse(json: unknown, options: RestoreOptions): LoadResult {
  const steps = options.migrations ?? MIGRATIONS;
  const current = steps.length + 1;
  if (!isRecord(json)) {
    return { ok: false, reason: `not a vtopo document (it holds ${describeValue(json)})` };
  }
  if (!hasOwn(json, 'format')) {
    return { ok: false, reason: 'not a vtopo document (it has no "format" field)' };
  }
  if (json.format !== FORMAT) {
    return { ok: false, reason: `not a vtopo document (format is ${describeValue(json.format)})` };
  }
  const version = hasOwn(json, 'version') ? json.version : undefined;
  if (version === undefined) {
    return { ok: false, reason: 'no format version (the "version" field is missing)' };
  }
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, reason: `invalid format version (${describeValue(version)})` };
  }
  if (version > current) {
    return {
      ok: false,
      reason: `made by a newer vtopo (format version ${version}; this one reads up to ${current})`,
    };
  }
  let body: JsonObject = json;
  if (version < current) {
    const migrated = migrate(json, version, steps);
    if (!migrated.ok) return migrated;
    body = migrated.json;
  }
  const ctx = new RestoreContext(options.parsed === true, options.maxCopiedValues);
  return { ok: true, doc: restoreBody(body, current, ctx), diagnostics: ctx.diagnostics };
}

function restoreBody(json: JsonObject, version: number, ctx: RestoreContext): VDoc {
  let title: unknown;
  let nodes: unknown;
  let links: unknown;
  let settings: unknown;
  let extra: JsonObject | undefined;
  for (const key of Object.keys(json)) {
    const value = json[key];
    switch (key) {
      case 'format':
      case 'version':
        break;
      case 'title':
        title = value;
        break;
      case 'nodes':
        nodes = value;
        break;
      case 'links':
        links = value;
        break;
      case 'settings':
        settings = value;
        break;
      default:
        if (value === undefined) break;
        setOwn(
          (extra ??= {}),
          key,
          ctx.keep(value, () => `The document's field ${describeValue(key)}`, []),
        );
    }
  }

  // Diagnostics come in document order: title, elements, links, settings.
  const restoredTitle = restoreTitle(title, ctx);
  const nodeDrafts = draftNodes(nodes, ctx);
  const linkDrafts = draftLinks(links, ctx);
  const nodeIds = new Set<string>();
  const restoredNodes = restoreNodes(nodeDrafts, nodeIds, ctx);
  const restoredLinks = restoreLinks(linkDrafts, nodeIds, ctx);

  return {
    format: FORMAT,
    version,
    ...restoredTitle,
    nodes: restoredNodes,
    links: restoredLinks,
    settings: restoreSettings(settings, ctx),
    ...(extra === undefined ? {} : { extra }),
  };
}

function restoreTitle(raw: unknown, ctx: RestoreContext): { title?: string } {
  if (raw === undefined) return {};
  if (typeof raw === 'string') return { title: raw };
  if (typeof raw === 'number' || typeof raw === 'boolean') {
    const title = String(raw);
    ctx.report(
      'doc/invalid-value',
      `The title is not text (${describeValue(raw)}): it is now "${title}"`,
      [],
    );
    return { title };
  }
  ctx.report('doc/invalid-value', `The title is not text (${describeValue(raw)}): removed`, []);
  return {};
}

function restoreSettings(raw: unknown, ctx: RestoreContext): Settings {
  if (raw === undefined) return {};
  if (!isRecord(raw)) {
    ctx.report(
      'doc/invalid-value',
      `"settings" is not an object (${describeValue(raw)}): the defaults apply`,
      [],
    );
    return {};
  }
  let rules: JsonObject | undefined;
  let ratio: unknown;
  let extra: JsonObject | undefined;
  for (const key of Object.keys(raw)) {
    const value = raw[key];
    if (value === undefined) continue;
    if (key === 'rules') {
      if (isRecord(value)) {
        rules = ctx.keep(value, () => 'The settings\' "rules"', []) as JsonObject;
      } else {
        ctx.report(
          'doc/invalid-value',
          `The settings' "rules" is not an object (${describeValue(value)}): every rule has its default`,
          [],
        );
      }
    } else if (key === 'cpuOvercommitRatio') {
      // Kept even when invalid: the rules report it and use the default.
      ratio = ctx.keep(value, () => 'The settings\' "cpuOvercommitRatio"', []);
    } else {
      setOwn(
        (extra ??= {}),
        key,
        ctx.keep(value, () => `The settings' field ${describeValue(key)}`, []),
      );
    }
  }
  return {
    ...(rules === undefined ? {} : { rules }),
    ...(ratio === undefined ? {} : { cpuOvercommitRatio: ratio }),
    ...(extra === undefined ? {} : { extra }),
  };
}
