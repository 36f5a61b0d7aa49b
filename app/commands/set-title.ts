import type { VDoc } from '../model/document';

export function setTitle(doc: VDoc, title: string): VDoc | null {
  if ((doc.title ?? '') === title) return null;
  if (title === '') {
    const { title: _t, ...rest } = doc;
    return rest;
  }
  return { ...doc, title };
}
