// Collects the SVG's lines. Thousands of small strings kept alive until the end would be
// copied by every young-generation GC; joining them into large flat chunks as we go lets
// the pieces die young and keeps export of a 10,000-element document fast.

const LINES_PER_CHUNK = 512;

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
