import { existsSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { VDoc } from '../../../app/model/document';
import { RULES, ruleById } from '../../../app/rules/catalogue';
import { sortDiagnostics, validate } from '../../../app/rules/engine';
import { applyEdit, editArb, startArb } from './engine-edits';
import { runRule } from './run-rule';

/** DOMAIN.md's catalogue tables: every id with its default severity. */
const DOMAIN: Record<string, 'error' | 'warning' | 'info'> = {
  'stack/hardware-root': 'error',
  'stack/single-boot': 'error',
  'stack/hypervisor-type1-on-hardware': 'error',
  'stack/hypervisor-type2-on-os': 'error',
  'stack/os-placement': 'error',
  'stack/engine-on-os': 'error',
  'stack/container-on-engine': 'error',
  'stack/runtime-placement': 'error',
  'stack/artifact-environment': 'error',
  'stack/unplaced': 'warning',
  'compat/virtualization-extensions': 'error',
  'compat/nested-virtualization': 'error',
  'compat/host-os-arch': 'error',
  'compat/guest-arch': 'error',
  'compat/emulated-guest': 'info',
  'compat/paravirtualized-guest': 'error',
  'compat/container-kernel': 'error',
  'compat/container-arch': 'error',
  'compat/native-os': 'error',
  'compat/native-arch': 'error',
  'compat/binary-arch': 'error',
  'resources/vcpu-exceeds-host': 'error',
  'resources/vcpu-overcommit': 'warning',
  'resources/memory-exceeds-host': 'error',
  'resources/memory-overcommit': 'warning',
  'resources/disk-overcommit': 'warning',
  'resources/container-memory': 'warning',
  'network/port-conflict': 'error',
  'network/bridge-single-host': 'error',
  'network/driver-none': 'warning',
  'doc/duplicate-id': 'error',
  'doc/missing-parent': 'error',
  'doc/parent-cycle': 'error',
  'doc/dangling-link': 'error',
  'doc/invalid-value': 'error',
  'doc/unknown-kind': 'warning',
};

describe('the rule catalogue', () => {
  it('registers every rule of DOMAIN.md exactly once, with its default severity', () => {
    for (const [id, severity] of Object.entries(DOMAIN)) {
      const found = RULES.filter((r) => r.meta.id === id);
      expect(found, id).toHaveLength(1);
      expect(found[0]?.meta.severity, id).toBe(severity);
      expect(ruleById(id), id).toBe(found[0]);
    }
  });

  it('has unique ids, each in its category', () => {
    const ids = RULES.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of RULES) {
      expect(rule.meta.id.startsWith(`${rule.meta.category}/`), rule.meta.id).toBe(true);
    }
  });

  it('has nothing beyond DOMAIN.md but teaching insights, which are info and off by default', () => {
    for (const rule of RULES) {
      if (Object.prototype.hasOwnProperty.call(DOMAIN, rule.meta.id)) continue;
      expect(rule.meta.category, rule.meta.id).toBe('insight');
      expect(rule.meta.severity, rule.meta.id).toBe('info');
      expect(rule.meta.defaultOff, rule.meta.id).toBe(true);
    }
  });

  it('gives every rule a title, an explanation and at least one check', () => {
    for (const { meta, checkNode, checkLink, checkDoc } of RULES) {
      expect(meta.title.trim(), meta.id).not.toBe('');
      expect(meta.explanation.trim().length, meta.id).toBeGreaterThan(40);
      expect(Boolean(checkNode ?? checkLink ?? checkDoc), meta.id).toBe(true);
    }
  });

  it('has a test file for every rule', () => {
    for (const { meta } of RULES) {
      const [category, name] = meta.id.split('/');
      const file = new URL(`./${category}/${name}.test.ts`, import.meta.url);
      expect(existsSync(file), `tests/unit/rules/${meta.id}.test.ts`).toBe(true);
    }
  });

  it('declares in meta.kinds every kind a node check reports on', () => {
    // The engine calls a node check only for its kinds; run on every node, it finds no more.
    const kinded = RULES.filter((r) => r.meta.kinds !== undefined);
    fc.assert(
      fc.property(startArb, fc.array(editArb, { maxLength: 25, size: 'max' }), (start, edits) => {
        const d: VDoc = edits.reduce(applyEdit, start);
        for (const rule of kinded) {
          const on = { ...d, settings: { rules: { [rule.meta.id]: rule.meta.severity } } };
          expect(validate(on, [], { rules: [rule] }), rule.meta.id).toEqual(
            sortDiagnostics(on, runRule(rule, on)),
          );
        }
      }),
      { numRuns: 60 },
    );
  });
});
