import { describe, expect, it } from 'vitest';
import { main } from '../../../app/cli/main';
import { COMMAND_USAGE, MAIN_USAGE } from '../../../app/cli/usage';
import pkg from '../../../package.json' with { type: 'json' };
import { memoryIO } from './memory-io';

describe('vtopo (the frame)', () => {
  it('prints the usage for --help, -h and help, exit 0', async () => {
    for (const argv of [['--help'], ['-h'], ['help']]) {
      const io = memoryIO();
      expect(await main(argv, io)).toBe(0);
      expect(io.out()).toBe(MAIN_USAGE);
      expect(io.err()).toBe('');
    }
  });

  it('prints a command usage for <command> --help, even among other arguments', async () => {
    for (const name of ['validate', 'export', 'rules'] as const) {
      const io = memoryIO();
      expect(await main([name, 'missing.vtopo', '--help'], io)).toBe(0);
      expect(io.out()).toBe(COMMAND_USAGE[name]);
      const io2 = memoryIO();
      expect(await main(['help', name], io2)).toBe(0);
      expect(io2.out()).toBe(COMMAND_USAGE[name]);
    }
  });

  it('treats --help after -- as a file name, not a request for help', async () => {
    const io = memoryIO();
    expect(await main(['validate', '--', '--help'], io)).toBe(2);
    expect(io.err()).toContain('--help');
  });

  it('prints the package version', async () => {
    for (const flag of ['--version', '-v']) {
      const io = memoryIO();
      expect(await main([flag], io)).toBe(0);
      expect(io.out()).toBe(`${pkg.version}\n`);
    }
  });

  it('rejects an unknown command, an unknown option and no command: usage on stderr, exit 2', async () => {
    for (const [argv, reason] of [
      [['frobnicate'], "unknown command 'frobnicate'"],
      [['--frob'], "unknown option '--frob'"],
      [[], 'no command given'],
      [['help', 'frobnicate'], "unknown command 'frobnicate'"],
    ] as const) {
      const io = memoryIO();
      expect(await main(argv, io)).toBe(2);
      expect(io.out()).toBe('');
      expect(io.err().split('\n')[0]).toBe(`vtopo: ${reason}`);
      expect(io.err()).toContain('Usage: vtopo <command>');
    }
  });

  it('rejects a bad option of a command with that command usage, exit 2', async () => {
    const io = memoryIO();
    expect(await main(['validate', 'x.vtopo', '--jsn'], io)).toBe(2);
    expect(io.err().split('\n')[0]).toBe("vtopo: Unknown option '--jsn'");
    expect(io.err()).toContain(COMMAND_USAGE.validate);
    const io2 = memoryIO();
    expect(await main(['rules', '--json=yes'], io2)).toBe(2);
    expect(io2.err()).toContain('does not take an argument');
  });

  it('turns an unexpected exception into one line on stderr, exit 2', async () => {
    const io = memoryIO();
    const broken = {
      ...io,
      readFile: async () => {
        throw new Error('disk on fire\n    at somewhere (file.ts:1:1)');
      },
      stdout: () => {
        throw new TypeError('stdout exploded\nsecond line');
      },
    };
    expect(await main(['validate', 'a.vtopo'], broken)).toBe(2);
    expect(await main(['rules', '--json'], broken)).toBe(2);
    expect(io.err()).toBe(
      'vtopo validate: a.vtopo: cannot read it: disk on fire\n' +
        'vtopo: internal error: stdout exploded\n',
    );
  });

  it('dispatches export to the export command', async () => {
    const io = memoryIO();
    const code = await main(['export', 'missing.vtopo', '-o', 'out.svg'], io);
    expect(code).toBe(2);
    expect(io.err()).not.toBe('');
    expect(io.written.size).toBe(0);
  });
});
