// The valid format as zod 4 schemas, generated from the prop spec table (KIND_SPECS), for
// the published JSON Schema and for checking small parts (the envelope, settings). Loading
// does not parse documents with these: restore checks fields by hand (fast, and it repairs
// instead of rejecting), and keeps unknown kinds that these schemas call invalid.
import { z } from 'zod';
import { CURRENT_VERSION, FORMAT } from '../model/document';
import { KIND_SPECS, KINDS, LINK_DRIVERS, LINK_KINDS, SEVERITY_SETTINGS } from '../model/kinds';
import type { Kind, PropSpec } from '../model/kinds';

/** The syntax parsePort reads; the 1..65535 range is stated in the description. */
const PORT_PATTERN = /^\d{1,5}:\d{1,5}(?:\/(?:tcp|udp))?$/;

export function propSchema(spec: PropSpec): z.ZodType {
  switch (spec.type) {
    case 'enum':
      return z.enum([...spec.values, ...(spec.extra ?? [])] as [string, ...string[]]);
    case 'string':
      return spec.suggestions ? z.string().meta({ examples: [...spec.suggestions] }) : z.string();
    case 'number': {
      const n = (spec.integer ? z.int() : z.number()).min(spec.min);
      return spec.unit ? n.meta({ description: `in ${spec.unit}` }) : n;
    }
    case 'boolean':
      return z.boolean().meta({ default: spec.default });
    case 'ports':
      return z.array(
        z.string().regex(PORT_PATTERN).meta({
          description: '"hostPort:containerPort" (each 1 to 65535), optionally /tcp or /udp',
        }),
      );
  }
}

export const PositionSchema = z.strictObject({ x: z.number(), y: z.number() });

/** The props of one kind: its known props (required ones required), any others allowed. */
export function propsSchema(kind: Kind): z.ZodObject {
  const shape: Record<string, z.ZodType> = {};
  for (const [name, spec] of Object.entries(KIND_SPECS[kind].props)) {
    const s = propSchema(spec);
    shape[name] = 'required' in spec && spec.required ? s : s.optional();
  }
  return z.looseObject(shape);
}

function hasRequiredProp(kind: Kind): boolean {
  return Object.values(KIND_SPECS[kind].props).some((s) => 'required' in s && s.required);
}

export function nodeSchemaFor(kind: Kind) {
  const props = propsSchema(kind);
  return z
    .looseObject({
      id: z.string(),
      kind: z.literal(kind),
      parent: z.string().optional(),
      label: z.string().optional(),
      position: PositionSchema.optional(),
      props: hasRequiredProp(kind) ? props : props.optional(),
    })
    .meta({ title: KIND_SPECS[kind].title, description: KIND_SPECS[kind].description });
}

const nodeSchemas = KINDS.map(nodeSchemaFor);

export const NodeSchema = z.discriminatedUnion(
  'kind',
  nodeSchemas as [(typeof nodeSchemas)[number], ...(typeof nodeSchemas)[number][]],
);

export const LinkSchema = z.looseObject({
  id: z.string(),
  from: z.string(),
  to: z.string(),
  kind: z.enum(LINK_KINDS),
  props: z.looseObject({ driver: z.enum(LINK_DRIVERS).optional() }).optional(),
});

export const SettingsSchema = z.looseObject({
  rules: z
    .record(z.string(), z.enum(SEVERITY_SETTINGS))
    .optional()
    .meta({ description: 'Rule id -> "off", "info", "warning" or "error".' }),
  cpuOvercommitRatio: z
    .number()
    .positive()
    .optional()
    .meta({ description: 'How many vCPUs per physical core before vcpu-overcommit (default 4).' }),
});

/** What decides whether a value is a document this version reads. */
export const EnvelopeSchema = z.looseObject({
  format: z.literal(FORMAT),
  version: z.int().min(1).max(CURRENT_VERSION),
});

export const DocumentSchema = z
  .looseObject({
    format: z.literal(FORMAT),
    version: z.int().min(1).max(CURRENT_VERSION),
    title: z.string().optional(),
    nodes: z.array(NodeSchema).optional(),
    links: z.array(LinkSchema).optional(),
    settings: SettingsSchema.optional(),
  })
  .meta({
    title: 'vtopo document',
    description: `A virtualization topology (format version ${CURRENT_VERSION}). Unknown fields and props are kept.`,
  });
