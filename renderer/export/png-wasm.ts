// PNG in the browser: the same resvg as the CLI (compiled to WebAssembly, same version),
// fed the same Inter files with the same options, so the bytes match `vtopo export`.
import { Resvg, initWasm } from '@resvg/resvg-wasm';
import wasmUrl from '@resvg/resvg-wasm/index_bg.wasm?url';
import regularUrl from '../../assets/fonts/Inter-Regular.otf?url';
import semiboldUrl from '../../assets/fonts/Inter-SemiBold.otf?url';
import type { Rasterizer } from '../../app/export/png';

let ready: Promise<Uint8Array[]> | null = null;

async function bytes(url: string): Promise<Uint8Array> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`could not load ${url}: ${res.status}`);
  return new Uint8Array(await res.arrayBuffer());
}

function load(): Promise<Uint8Array[]> {
  ready ??= (async () => {
    await initWasm(fetch(wasmUrl));
    return Promise.all([bytes(regularUrl), bytes(semiboldUrl)]);
  })();
  ready.catch(() => {
    ready = null;
  });
  return ready;
}

export const wasmRasterizer: Rasterizer = {
  async render(svg, { scale, background }) {
    const fontBuffers = await load();
    const resvg = new Resvg(svg, {
      font: {
        loadSystemFonts: false,
        fontBuffers,
        defaultFontFamily: 'Inter',
        sansSerifFamily: 'Inter',
      },
      fitTo: { mode: 'zoom', value: scale },
      ...(background ? { background } : {}),
    });
    try {
      return resvg.render().asPng();
    } finally {
      resvg.free();
    }
  },
};
