import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { KIND_SPECS, KINDS, parsePort } from '../../../app/model/kinds';
import { JSON_SCHEMA_PATH, jsonSchemaText } from '../../../app/schema/json-schema';
import {
  DocumentSchema,
  EnvelopeSchema,
  NodeSchema,
  SettingsSchema,
  propSchema,
} from '../../../app/schema/zod';

const root = new URL('../../../', import.meta.url);

describe('the committed JSON Schema', () => {
  it('is what the generator writes now (run `npm run schema` after changing kinds.ts)', () => {
    const committed = readFileSync(new URL(JSON_SCHEMA_PATH, root), 'utf8');
    expect(committed).toBe(jsonSchemaText());
  });

  it('lists every kind with its props and required props', () => {
    interface Schema {
      const?: string;
      enum?: string[];
      default?: unknown;
      required?: string[];
      properties: Record<string, Schema>;
      items: { oneOf: Schema[] };
    }
    const schema = JSON.parse(jsonSchemaText()) as Schema;
    const variants = schema.properties.nodes!.items.oneOf;
    expect(variants.map((v) => v.properties.kind!.const)).toEqual([...KINDS]);
    const hypervisor = variants[1]!.properties.props!;
    expect(Object.keys(hypervisor.properties)).toEqual(Object.keys(KIND_SPECS.hypervisor.props));
    expect(hypervisor.required).toEqual(['hypervisorType']);
    expect(hypervisor.properties.hypervisorType!.enum).toEqual(['type1', 'type2']);
    const hardware = variants[0]!.properties.props!;
    expect(hardware.properties.virtualizationExtensions!.default).toBe(true);
    expect(hardware.required).toBeUndefined();
  });
});

describe('the zod schemas', () => {
  it('accept the templates', () => {
    const dir = new URL('assets/templates/', root);
    for (const name of readdirSync(dir)) {
      const json: unknown = JSON.parse(readFileSync(new URL(name, dir), 'utf8'));
      const r = DocumentSchema.safeParse(json);
      expect(r.error).toBeUndefined();
    }
  });

  it('reject what the rules call invalid, and allow unknown props and fields', () => {
    expect(
      NodeSchema.safeParse({ id: 'a', kind: 'os', props: { family: 'linux', x: 1 }, y: 2 }).success,
    ).toBe(true);
    expect(NodeSchema.safeParse({ id: 'a', kind: 'os', props: {} }).success).toBe(false);
    expect(
      NodeSchema.safeParse({ id: 'a', kind: 'hardware', props: { arch: 'vax' } }).success,
    ).toBe(false);
    expect(
      NodeSchema.safeParse({ id: 'a', kind: 'hardware', props: { cpuCores: 1.5 } }).success,
    ).toBe(false);
    expect(NodeSchema.safeParse({ id: 'a', kind: 'quantum' }).success).toBe(false);
    expect(
      NodeSchema.safeParse({ id: 'a', kind: 'hardware', position: { x: 1, y: 2, z: 3 } }).success,
    ).toBe(false);
    expect(SettingsSchema.safeParse({ rules: { 'stack/unplaced': 'off' }, theme: 1 }).success).toBe(
      true,
    );
    expect(SettingsSchema.safeParse({ rules: { 'stack/unplaced': 'loud' } }).success).toBe(false);
    expect(SettingsSchema.safeParse({ cpuOvercommitRatio: 0 }).success).toBe(false);
    expect(EnvelopeSchema.safeParse({ format: 'vtopo', version: 1 }).success).toBe(true);
    expect(EnvelopeSchema.safeParse({ format: 'vtopo', version: 2 }).success).toBe(false);
  });

  it('agree with propProblem on port syntax (the range is checked by the rules)', () => {
    const ports = propSchema({ type: 'ports' });
    for (const p of ['80:80', '8080:80/tcp', '53:53/udp', '65535:1']) {
      expect(parsePort(p)).toBeDefined();
      expect(ports.safeParse([p]).success).toBe(true);
    }
    for (const p of ['80', '80:80/sctp', 'a:b', ':80', '123456:1']) {
      expect(parsePort(p)).toBeUndefined();
      expect(ports.safeParse([p]).success).toBe(false);
    }
  });
});
