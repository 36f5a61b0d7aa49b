// Shared by the schema tests: loading that must succeed, and objects with any keys.
import { expect } from 'vitest';
import type { Diagnostic, VDoc } from '../../../app/model/document';
import { loadDocument, restoreDocument } from '../../../app/schema/load';

export function mustLoad(text: string): { doc: VDoc; diagnostics: Diagnostic[] } {
  const r = loadDocument(text);
  if (!r.ok) throw new Error(`refused: ${r.reason}`);
  return r;
}

export function mustRestore(json: unknown): { doc: VDoc; diagnostics: Diagnostic[] } {
  const r = restoreDocument(json);
  if (!r.ok) throw new Error(`refused: ${r.reason}`);
  return r;
}

/** Loads `{format, version: 1, ...fields}` written as JSON. */
export function loadWith(fields: Record<string, unknown>) {
  return mustLoad(JSON.stringify({ format: 'vtopo', version: 1, ...fields }));
}

/** An object with exactly these own keys, "__proto__" included, as JSON.parse would make. */
export function obj(entries: readonly (readonly [string, unknown])[]): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  for (const [k, v] of entries) {
    Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
  }
  return o;
}

export function rules(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => d.rule);
}

/** Nothing reached Object.prototype or Array.prototype. */
export function expectNoPollution(): void {
  const probe: Record<string, unknown> = {};
  expect(probe.polluted).toBeUndefined();
  expect(({} as Record<string, unknown>).x).toBeUndefined();
  expect(Object.keys(Object.prototype)).toEqual([]);
  expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('polluted');
  expect(Object.getOwnPropertyNames(Array.prototype)).not.toContain('polluted');
}
