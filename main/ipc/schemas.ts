// The arguments each IPC handler accepts, as zod schemas. Whatever the page sends is
// checked here before main acts on it: sizes are bounded, names are names (never paths),
// refs are the opaque tokens main handed out.
import { isAbsolute } from 'node:path';
import { z } from 'zod';
import { MAX_DOCUMENT_BYTES } from '../fs/read-document';

/** A document's text: a vtopo file is at most MAX_DOCUMENT_BYTES, so its text is no longer. */
export const documentText = z.string().max(MAX_DOCUMENT_BYTES);

/** What main hands out as a file ref: 32 hex digits. */
export const fileRef = z.string().regex(/^[0-9a-f]{32}$/);

/** A ref from the page: one main handed out, or none (anything else counts as none). */
const refOrNone = fileRef.nullable().optional().catch(null);

/** A name to suggest in a save dialog; the folder always comes from the dialog. */
export const suggestedName = z.string().min(1).max(255);

const title = z.string().max(1000);

export const saveArgs = z.tuple([documentText, suggestedName, refOrNone]);

export const EXPORT_MIMES = ['image/svg+xml', 'image/png'] as const;
export const exportArgs = z.tuple([
  z.union([z.string().max(256 * 1024 * 1024), z.instanceof(Uint8Array)]),
  suggestedName,
  z.enum(EXPORT_MIMES),
]);

export const documentStateArgs = z.tuple([z.object({ title, dirty: z.boolean(), ref: refOrNone })]);

export const snapshot = z.object({
  dirty: z.boolean(),
  text: documentText,
  title,
  ref: refOrNone,
});
export type Snapshot = z.infer<typeof snapshot>;

export const snapshotArgs = z.tuple([z.number().int().nonnegative(), snapshot.nullable()]);

export const NATIVE_EDITS = [
  'undo',
  'redo',
  'cut',
  'copy',
  'paste',
  'delete',
  'selectAll',
] as const;
export const nativeEditArgs = z.tuple([z.enum(NATIVE_EDITS)]);

// The preload sends the dropped file's path as the OS gave it: always absolute. A relative
// one would be resolved against wherever main happens to run, which no user chose.
export const openDroppedArgs = z.tuple([
  z
    .string()
    .min(1)
    .max(4096)
    .refine((p) => isAbsolute(p)),
  z.instanceof(Uint8Array).refine((b) => b.byteLength <= MAX_DOCUMENT_BYTES),
]);

export const noArgs = z.tuple([]);
