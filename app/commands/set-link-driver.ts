import type { VDoc } from '../model/document';

export function setLinkDriver(doc: VDoc, id: string, driver: string): VDoc | null {
  const i = doc.links.findIndex((l) => l.id === id);
  const link = doc.links[i];
  if (!link || link.props.driver === driver) return null;
  const links = doc.links.slice();
  links[i] = { ...link, props: { ...link.props, driver } };
  return { ...doc, links };
}
