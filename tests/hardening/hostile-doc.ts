// A document carrying hostile text in every place user text goes: labels, the title, ids,
// a container's image (its caption), an unknown kind, a link's driver. Shared by the SVG
// unit tests and the editor's end-to-end tests.
import type { VDoc, VLink, VNode } from '../../app/model/document';

/** Hardware carrying, for each text, an OS, an engine, two containers (one with the text
 * as its image), an element of an unknown kind named by the text, an app whose id is the
 * text, and a link between the containers whose driver is the text. */
export function hostileDoc(texts: readonly string[], title: string): VDoc {
  const nodes: VNode[] = [{ id: 'hw', kind: 'hardware', label: texts[0] ?? '', props: {} }];
  const links: VLink[] = [];
  texts.forEach((text, i) => {
    nodes.push({ id: `os${i}`, kind: 'os', parent: 'hw', label: text, props: { family: 'linux' } });
    nodes.push({ id: `e${i}`, kind: 'container-engine', parent: `os${i}`, label: text, props: {} });
    nodes.push({
      id: `c${i}`,
      kind: 'container',
      parent: `e${i}`,
      label: text,
      props: { image: text },
    });
    nodes.push({ id: `d${i}`, kind: 'container', parent: `e${i}`, label: `${i}`, props: {} });
    nodes.push({ id: `u${i}`, kind: text, parent: `c${i}`, label: text, props: {} });
    nodes.push({ id: text, kind: 'app', parent: `d${i}`, props: {} });
    links.push({
      id: `l${i}`,
      from: `c${i}`,
      to: `d${i}`,
      kind: 'network',
      props: { driver: text },
    });
  });
  return { format: 'vtopo', version: 1, title, nodes, links, settings: {} };
}
