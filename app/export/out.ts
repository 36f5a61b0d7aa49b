// Collects the SVG's lines. Thousands of small strings kept alive until the end would be
// copied by every young-generation GC; flattening them into large chunks as we go lets
// the pieces die young and keeps export of a 10,000-element document fast.

const CHUNK = 1 << 18;

export class Out {
  private readonly chunks: string[] = [];
  private chunk = '';

  /** Appends one line. */
  push(line: string): void {
    this.chunk += `${line}\n`;
    if (this.chunk.length >= CHUNK) this.flush();
  }

  text(): string {
    this.flush();
    return this.chunks.join('');
  }

  private flush(): void {
    if (this.chunk === '') return;
    // Reading a character flattens the rope into one flat string, freeing its pieces.
    this.chunk.charCodeAt(0);
    this.chunks.push(this.chunk);
    this.chunk = '';
  }
}
