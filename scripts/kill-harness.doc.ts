// The documents the kill harness saves: version v of a vtopo document, its size varying
// with v (from a few KB to about 150 KB) so that kills land in small and large writes.
// Deterministic, so the harness can tell exactly which version a file holds.

export function harnessDocument(version: number): string {
  const count = 20 + ((version * 7919) % 1500);
  const nodes: string[] = [];
  for (let i = 0; i < count; i++) {
    const parent = i === 0 ? '' : `, "parent": "n${Math.floor((i - 1) / 3)}"`;
    nodes.push(
      `    { "id": "n${i}", "kind": "${i === 0 ? 'hardware' : 'app'}"${parent}, "label": "v${version} element ${i}", "props": {} }`,
    );
  }
  return (
    `{\n  "format": "vtopo",\n  "version": 1,\n  "title": "harness v${version}",\n` +
    `  "nodes": [\n${nodes.join(',\n')}\n  ],\n  "links": [],\n  "settings": {}\n}\n`
  );
}

/** The version a file claims to be (from its title); the caller compares the bytes exactly. */
export function claimedVersion(text: string): number | undefined {
  const m = /"title": "harness v(\d+)"/.exec(text.slice(0, 200));
  return m ? Number(m[1]) : undefined;
}
