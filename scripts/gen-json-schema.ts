// Writes the JSON Schema of the document format (npm run schema).
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSON_SCHEMA_PATH, jsonSchemaText } from '../app/schema/json-schema';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = resolve(root, JSON_SCHEMA_PATH);
await mkdir(dirname(out), { recursive: true });
await writeFile(out, jsonSchemaText());
console.log(`wrote ${JSON_SCHEMA_PATH}`);
