import { describe, expect, it } from 'vitest';
import { CURRENT_VERSION } from '../../../app/model/document';
import { MIGRATIONS, migrate, migrationProblem } from '../../../app/schema/migrations';
import type { Migration } from '../../../app/schema/migrations';
import { restore } from '../../../app/schema/restore';

// A fake history: v1 called elements "items"; v2 renamed them to "nodes"; v3 moved the
// per-element "name" into "label".
const fake: Migration[] = [
  {
    from: 1,
    title: 'items -> nodes',
    up: (json) => {
      const { items, ...rest } = json;
      return { ...rest, nodes: items };
    },
  },
  {
    from: 2,
    title: 'name -> label',
    up: (json) => ({
      ...json,
      nodes: Array.isArray(json.nodes)
        ? json.nodes.map((n: unknown) => {
            if (typeof n !== 'object' || n === null) return n;
            const { name, ...rest } = n as Record<string, unknown>;
            return name === undefined ? rest : { ...rest, label: name };
          })
        : json.nodes,
    }),
  },
];

describe('the migration list', () => {
  it('is contiguous from 1 and ends at CURRENT_VERSION (checked at module load too)', () => {
    expect(migrationProblem(MIGRATIONS, CURRENT_VERSION)).toBeUndefined();
    expect(MIGRATIONS.length).toBe(CURRENT_VERSION - 1);
  });

  it('reports a gap, a wrong start, or a wrong end', () => {
    expect(migrationProblem(fake, 3)).toBeUndefined();
    expect(migrationProblem([fake[1]!], 2)).toBe('step 0 reads version 2, expected 1');
    expect(migrationProblem([fake[0]!, { ...fake[1]!, from: 3 }])).toBe(
      'step 1 reads version 3, expected 2',
    );
    expect(migrationProblem(fake, 2)).toBe('2 steps end at version 3, not at 2');
  });
});

describe('migrate', () => {
  const v1 = { format: 'vtopo', version: 1, items: [{ id: 'a', kind: 'os', name: 'A' }] };

  it('runs each step in order and says which ran', () => {
    const r = migrate(v1, 1, fake);
    expect(r).toEqual({
      ok: true,
      json: { format: 'vtopo', version: 3, nodes: [{ id: 'a', kind: 'os', label: 'A' }] },
      applied: [1, 2],
    });
    expect(v1.items[0]!.name).toBe('A');
  });

  it('starts where the file is', () => {
    const r = migrate({ format: 'vtopo', version: 2, nodes: [{ name: 'B' }] }, 2, fake);
    expect(r).toEqual({
      ok: true,
      json: { format: 'vtopo', version: 3, nodes: [{ label: 'B' }] },
      applied: [2],
    });
    expect(migrate({ version: 3 }, 3, fake)).toEqual({
      ok: true,
      json: { version: 3 },
      applied: [],
    });
  });

  it('refuses newer, invalid and misnumbered input with a reason, and a throwing step too', () => {
    expect(migrate({}, 4, fake)).toEqual({
      ok: false,
      reason: 'made by a newer vtopo (format version 4; this one reads up to 3)',
    });
    expect(migrate({}, 0, fake)).toMatchObject({ ok: false, reason: 'invalid format version (0)' });
    expect(migrate({}, 1, [fake[1]!])).toMatchObject({ ok: false });
    const boom: Migration = {
      from: 1,
      title: 'explodes',
      up: () => {
        throw new Error('bad\nthing');
      },
    };
    expect(migrate({}, 1, [boom])).toEqual({
      ok: false,
      reason: 'could not upgrade from format version 1 (explodes: bad thing)',
    });
    const nothing: Migration = { from: 1, title: 'returns nothing', up: () => null as never };
    expect(migrate({}, 1, [nothing])).toMatchObject({ ok: false });
  });

  it('keeps a "__proto__" key as data when it sets the version', () => {
    const json = JSON.parse('{"__proto__":{"polluted":1},"version":1}') as Record<string, unknown>;
    const r = migrate(json, 1, [{ from: 1, title: 'same', up: (j) => j }]);
    if (!r.ok) throw new Error(r.reason);
    expect(Object.keys(r.json)).toEqual(['__proto__', 'version']);
    expect(Object.getPrototypeOf(r.json)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('restore runs the migrations before restoring', () => {
  it('an old file is migrated, then restored as the newest version', () => {
    const r = restore(
      { format: 'vtopo', version: 1, items: [{ id: 'a', kind: 'os', name: 'A' }] },
      { migrations: fake },
    );
    expect(r).toEqual({
      ok: true,
      doc: {
        format: 'vtopo',
        version: 3,
        nodes: [{ id: 'a', kind: 'os', label: 'A', props: {} }],
        links: [],
        settings: {},
      },
      diagnostics: [],
    });
  });

  it('a file newer than the steps reach is refused; a failing step refuses the file', () => {
    expect(restore({ format: 'vtopo', version: 4 }, { migrations: fake })).toEqual({
      ok: false,
      reason: 'made by a newer vtopo (format version 4; this one reads up to 3)',
    });
    const r = restore(
      { format: 'vtopo', version: 2 },
      {
        migrations: [
          fake[0]!,
          {
            from: 2,
            title: 't',
            up: () => {
              throw new Error('no');
            },
          },
        ],
      },
    );
    expect(r).toEqual({ ok: false, reason: 'could not upgrade from format version 2 (t: no)' });
  });
});
