// Collects the SVG's lines. Thousands of small strings kept alive until the end would be
// copied by every young-generation GC; joining them into flat chunks as we go lets the
// pieces die young and keeps export of a 10,000-element document fast. Small chunks do it
// best: a line (a rope of small strings) is flattened soon after it is built, before a GC
// has to copy it; 64 lines measured ~15% faster than 512 at 10,000 elements (16 no better).

const LINES_PER_CHUNK = 64;

export class Out {
  private readonly chunks: string[] = [];
  private lines: string[] = [];

  /** Appends one line. */
  push(line: string): void {
    this.lines.push(line);
    if (this.lines.length >= LINES_PER_CHUNK) this.flush();
  }

  text(): string {
    this.flush();
    return this.chunks.join('');
  }

  private flush(): void {
    if (this.lines.length === 0) return;
    this.chunks.push(`${this.lines.join('\n')}\n`);
    this.lines = [];
  }
}
