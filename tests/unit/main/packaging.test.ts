// electron-builder.yml: valid for electron-builder's own schema, with the targets, the
// .vtopo association, the icons and the fuses the desktop app promises.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');
const require = createRequire(import.meta.url);
// electron-builder's own modules (it depends on them): its YAML reader and schema check.
const yaml = require('js-yaml') as { load(text: string): unknown };
const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
  validateConfiguration(config: unknown, logger: unknown): Promise<void>;
};

interface Config {
  files: string[];
  asarUnpack: string[];
  electronFuses: Record<string, boolean>;
  fileAssociations: { ext: string; mimeType: string; icon: string; role: string }[];
  linux: { target: string[]; icon: string; mimeTypes: string[] };
  win: { target: string[]; icon: string };
  mac: { target: string[]; icon: string };
}

const config = yaml.load(readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8')) as Config;

describe('electron-builder.yml', () => {
  it('passes electron-builder’s schema', async () => {
    await expect(
      validateConfiguration(config, { add() {}, isEnabled: false }),
    ).resolves.toBeUndefined();
  });

  it('builds AppImage and deb, NSIS, dmg', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg']);
  });

  it('flips the fuses', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });

  it('associates .vtopo with its MIME type and document icon', () => {
    expect(config.fileAssociations).toEqual([
      expect.objectContaining({
        ext: 'vtopo',
        mimeType: 'application/x-vtopo+json',
        role: 'Editor',
      }),
    ]);
    const icon = config.fileAssociations[0]!.icon;
    for (const ext of ['.icns', '.ico']) expect(existsSync(join(ROOT, `${icon}${ext}`))).toBe(true);
    expect(config.linux.mimeTypes).toContain('application/x-vtopo+json');
  });

  it('has the app icons it names, and packs what the app loads at run time', () => {
    expect(existsSync(join(ROOT, config.mac.icon))).toBe(true);
    expect(existsSync(join(ROOT, config.win.icon))).toBe(true);
    for (const size of [16, 32, 48, 64, 128, 256, 512, 1024]) {
      expect(existsSync(join(ROOT, config.linux.icon, `${size}x${size}.png`))).toBe(true);
    }
    expect(config.files).toEqual(
      expect.arrayContaining(['dist/main/**/*', 'dist/renderer/**/*', 'assets/fonts/*.otf']),
    );
    expect(config.asarUnpack).toEqual(
      expect.arrayContaining(['**/node_modules/@resvg/**', 'assets/fonts/**']),
    );
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { main: string };
    expect(pkg.main).toBe('dist/main/main.js');
    expect(readFileSync(join(ROOT, 'vite.main.config.ts'), 'utf8')).toContain("'main.js'");
  });
});
