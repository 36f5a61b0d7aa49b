/** A new id `prefix + n` that `taken` does not hold, n counting up from 1. */
export function freshId(prefix: string, taken: (id: string) => boolean): string {
  for (let n = 1; ; n++) {
    const id = `${prefix}${n}`;
    if (!taken(id)) return id;
  }
}

/** The id prefix used for new elements of a kind: hw, hv, os, eng, ct, rt, app. */
export function idPrefix(kind: string): string {
  switch (kind) {
    case 'hardware':
      return 'hw';
    case 'hypervisor':
      return 'hv';
    case 'os':
      return 'os';
    case 'container-engine':
      return 'eng';
    case 'container':
      return 'ct';
    case 'runtime':
      return 'rt';
    case 'app':
      return 'app';
    default:
      return 'n';
  }
}
