// A number attribute's text from its closing quote on (`" y="-174`), remembered by value.
// Most of a drawing's y values, heights and widths recur (boxes stand on a few layers), and
// a remembered piece costs no formatting and no new strings.
import { num } from './xml';

/** Values remembered per attribute; past this many, the memo starts over. */
const MAX_VALUES = 4096;

export class NumAttr {
  private readonly memo = new Map<number, string>();

  /** `prefix` ends where the number starts: `" y="`. */
  constructor(private readonly prefix: string) {}

  of(v: number): string {
    let s = this.memo.get(v);
    if (s === undefined) {
      if (this.memo.size >= MAX_VALUES) this.memo.clear();
      // Joined, not added: a flat string, one piece however often it is written.
      s = [this.prefix, num(v)].join('');
      this.memo.set(v, s);
    }
    return s;
  }
}
