// Documents the export tests draw: the templates (loaded like a user's file) and small ones.
import { readFileSync } from 'node:fs';
import type { VDoc, VNode } from '../../../app/model/document';
import { loadDocumentBytes } from '../../../app/schema/load';

export const TEMPLATES = ['type1-type2', 'containers', 'mixed'] as const;

export function templatePath(name: string): string {
  return new URL(`../../../assets/templates/${name}.vtopo`, import.meta.url).pathname;
}

export function loadTemplate(name: string): VDoc {
  const loaded = loadDocumentBytes(new Uint8Array(readFileSync(templatePath(name))));
  if (!loaded.ok) throw new Error(`template ${name}: ${loaded.reason}`);
  return loaded.doc;
}

export function docOf(
  nodes: (Omit<VNode, 'props'> & { props?: Record<string, unknown> })[],
  extra: Partial<VDoc> = {},
): VDoc {
  return {
    format: 'vtopo',
    version: 1,
    nodes: nodes.map((n) => ({ ...n, props: n.props ?? {} })),
    links: [],
    settings: {},
    ...extra,
  };
}
