import { EventEmitter } from 'node:events';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeIO, readLimited, wantsColour } from '../../../app/cli/node-io';

class FakeStream extends EventEmitter {
  text = '';
  constructor(readonly isTTY: boolean) {
    super();
  }
  write(text: string): boolean {
    this.text += text;
    return true;
  }
}

describe('nodeIO', () => {
  it('colours a terminal unless NO_COLOR is set or TERM is dumb', () => {
    expect(wantsColour(true, {})).toBe(true);
    expect(wantsColour(false, {})).toBe(false);
    expect(wantsColour(true, { NO_COLOR: '1' })).toBe(false);
    expect(wantsColour(true, { NO_COLOR: '' })).toBe(true);
    expect(wantsColour(true, { TERM: 'dumb' })).toBe(false);
    const tty = new FakeStream(true);
    expect(nodeIO({ stdout: tty, env: {} }).isTTY).toBe(true);
    expect(nodeIO({ stdout: tty, env: { NO_COLOR: 'yes' } }).isTTY).toBe(false);
    expect(nodeIO({ stdout: new FakeStream(false), env: {} }).isTTY).toBe(false);
  });

  it('drops output once the reader has gone (EPIPE) instead of throwing', () => {
    const stdout = new FakeStream(false);
    const io = nodeIO({ stdout, stderr: new FakeStream(false), env: {} });
    io.stdout('one\n');
    stdout.emit('error', Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
    io.stdout('two\n');
    expect(stdout.text).toBe('one\n');
  });

  it('reads and writes real files', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'vtopo-cli-'));
    try {
      const io = nodeIO({ stdout: new FakeStream(false), stderr: new FakeStream(false), env: {} });
      const path = join(dir, 'a.txt');
      await io.writeFile(path, 'hello');
      expect(new TextDecoder().decode(await io.readFile(path))).toBe('hello');
      expect(await readFile(path, 'utf8')).toBe('hello');
      await expect(io.readFile(join(dir, 'missing'))).rejects.toMatchObject({ code: 'ENOENT' });
      await expect(io.readFile(dir)).rejects.toMatchObject({ code: 'EISDIR' });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('reads files bigger than one chunk, and refuses those past the limit', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'vtopo-cli-'));
    try {
      const path = join(dir, 'big.bin');
      const data = new Uint8Array(3 * (1 << 20) + 17).map((_, i) => i % 251);
      await writeFile(path, data);
      const read = await readLimited(path);
      expect(read.length).toBe(data.length);
      expect(Buffer.compare(read, data)).toBe(0);
      await expect(readLimited(path, 1 << 20)).rejects.toMatchObject({
        code: 'ERR_FS_FILE_TOO_LARGE',
      });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('stops reading an endless device at the limit', async () => {
    await expect(readLimited('/dev/zero', 4 << 20)).rejects.toMatchObject({
      code: 'ERR_FS_FILE_TOO_LARGE',
    });
  });
});
