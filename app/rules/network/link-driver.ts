import type { VDoc, VLink } from '../../model/document';
import { LINK_DRIVERS } from '../../model/kinds';
import type { LinkDriver } from '../../model/kinds';
import { withKey } from '../../commands/util';

/** A network link's driver, or undefined when the link is not a network link or the driver is invalid. */
export function linkDriver(link: VLink): LinkDriver | undefined {
  if (link.kind !== 'network') return undefined;
  const raw = Object.prototype.hasOwnProperty.call(link.props, 'driver')
    ? link.props.driver
    : undefined;
  return typeof raw === 'string' && (LINK_DRIVERS as readonly string[]).includes(raw)
    ? (raw as LinkDriver)
    : undefined;
}

/** The document with one link's driver changed (the first link with that id). */
export function withDriver(doc: VDoc, linkId: string, driver: LinkDriver): VDoc {
  const i = doc.links.findIndex((l) => l.id === linkId);
  const link = doc.links[i];
  if (!link) return doc;
  const links = doc.links.slice();
  links[i] = { ...link, props: withKey(link.props, 'driver', driver) };
  return { ...doc, links };
}
