// A tiny static file server on 127.0.0.1 for the built pages: each URL prefix maps to a
// folder. Only GET of files inside those folders; anything else is a 404.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.otf': 'font/otf',
  '.woff2': 'font/woff2',
};

export interface Served {
  readonly url: string;
  close(): Promise<void>;
}

/** Serves `folders` (URL prefix like "/vtopo/" -> folder) until closed. */
export async function serveFolders(folders: ReadonlyMap<string, string>): Promise<Served> {
  const server = createServer((req, res) => {
    void (async () => {
      const file = await resolveFile(folders, req.url ?? '/');
      if (req.method !== 'GET' || !file) {
        res.writeHead(404).end();
        return;
      }
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      });
      res.end(body);
    })().catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', ok);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}

async function resolveFile(
  folders: ReadonlyMap<string, string>,
  rawUrl: string,
): Promise<string | undefined> {
  let path: string;
  try {
    path = decodeURIComponent(new URL(rawUrl, 'http://x').pathname);
  } catch {
    return undefined;
  }
  for (const [prefix, folder] of folders) {
    if (!path.startsWith(prefix)) continue;
    const root = resolve(folder);
    const rest = path.slice(prefix.length) || 'index.html';
    const file = resolve(join(root, rest));
    if (file !== root && !file.startsWith(root + sep)) return undefined;
    const s = await stat(file).catch(() => undefined);
    if (s?.isFile()) return file;
    if (s?.isDirectory())
      return resolveFile(folders, `${prefix}${rest.replace(/\/?$/, '/')}index.html`);
    return undefined;
  }
  return undefined;
}
