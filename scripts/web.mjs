// `npm run web`: builds the renderer and serves it on localhost with the web host.
// PORT picks the port (default 5173).
import { build, preview } from 'vite';

const port = Number(process.env.PORT ?? 5173);
if (!Number.isInteger(port) || port <= 0 || port > 65535) {
  console.error(`PORT must be a port number, not "${process.env.PORT}"`);
  process.exit(2);
}
if (!process.argv.includes('--no-build')) await build({ logLevel: 'warn' });
const server = await preview({ preview: { port, strictPort: true, host: '127.0.0.1' } });
server.printUrls();
