// Rasterizes the app and document icons (assets/icons/*.svg) with rsvg-convert into what
// electron-builder and the app use: PNGs at the usual sizes (Linux, the window icon), .ico
// (Windows) and .icns (macOS), both holding PNGs. Run after changing an SVG:
//   npx tsx scripts/build-icons.ts
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ICONS = join(dirname(fileURLToPath(import.meta.url)), '..', 'assets', 'icons');
const SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024] as const;
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];
/** icns element types that hold PNG data, by pixel size. */
const ICNS_TYPES: readonly [string, number][] = [
  ['icp4', 16],
  ['icp5', 32],
  ['icp6', 64],
  ['ic07', 128],
  ['ic08', 256],
  ['ic09', 512],
  ['ic10', 1024],
  ['ic11', 32],
  ['ic12', 64],
  ['ic13', 256],
  ['ic14', 512],
];

function rasterize(svg: string, size: number): Buffer {
  return execFileSync('rsvg-convert', ['-w', String(size), '-h', String(size), join(ICONS, svg)]);
}

function ico(pngs: ReadonlyMap<number, Buffer>): Buffer {
  const sizes = ICO_SIZES.filter((s) => pngs.has(s));
  const header = Buffer.alloc(6 + 16 * sizes.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(sizes.length, 4);
  let offset = header.length;
  sizes.forEach((size, i) => {
    const png = pngs.get(size)!;
    const at = 6 + 16 * i;
    header.writeUInt8(size >= 256 ? 0 : size, at);
    header.writeUInt8(size >= 256 ? 0 : size, at + 1);
    header.writeUInt16LE(1, at + 4); // colour planes
    header.writeUInt16LE(32, at + 6); // bits per pixel
    header.writeUInt32LE(png.length, at + 8);
    header.writeUInt32LE(offset, at + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...sizes.map((s) => pngs.get(s)!)]);
}

function icns(pngs: ReadonlyMap<number, Buffer>): Buffer {
  const elements = ICNS_TYPES.map(([type, size]) => {
    const png = pngs.get(size)!;
    const head = Buffer.alloc(8);
    head.write(type, 0, 'ascii');
    head.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([head, png]);
  });
  const body = Buffer.concat(elements);
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(body.length + 8, 4);
  return Buffer.concat([head, body]);
}

function build(svg: string, name: string, pngDir?: string): void {
  const pngs = new Map(SIZES.map((s) => [s, rasterize(svg, s)] as const));
  if (pngDir) {
    mkdirSync(join(ICONS, pngDir), { recursive: true });
    for (const [size, png] of pngs) writeFileSync(join(ICONS, pngDir, `${size}x${size}.png`), png);
  }
  writeFileSync(join(ICONS, `${name}.png`), pngs.get(1024)!);
  writeFileSync(join(ICONS, `${name}.ico`), ico(pngs));
  writeFileSync(join(ICONS, `${name}.icns`), icns(pngs));
}

build('vtopo.svg', 'icon', 'png');
build('document.svg', 'document');
console.log(`icons written to ${ICONS}`);
