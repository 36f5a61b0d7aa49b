// The published JSON Schema of the format, from the zod schemas: the generator script
// writes it to assets/json-schema/vtopo.schema.json and a test checks the file is current.
import { z } from 'zod';
import { DocumentSchema } from './zod';

export const JSON_SCHEMA_PATH = 'assets/json-schema/vtopo.schema.json';

export function jsonSchemaText(): string {
  const schema = z.toJSONSchema(DocumentSchema, { target: 'draft-2020-12', io: 'input' });
  return `${JSON.stringify(schema, null, 2)}\n`;
}
