import type { Line } from './inline.js';

/**
 * A cheap upper bound of a card message's JSON size in UTF-8 bytes, summed from the text that
 * goes into it, so `fit` only serialises the rare card that might be too large. Serialising
 * every card to measure it was a third of a render's cost.
 *
 * Every string counts 6 bytes per UTF-16 unit (the worst case: a JSON `\uXXXX` escape) and
 * every element its largest possible markup, so the bound can be loose but never low; a test
 * checks it against the real size of every example card.
 */
export class SizeBound {
  /** Envelope, card skeleton, header, actor and action markup. */
  bytes = 2_500;

  text(value: string | undefined): this {
    if (value) this.bytes += 6 * value.length + 2;
    return this;
  }

  /** A URL is ASCII without characters JSON escapes (safeUrl guarantees it), so 1 byte each. */
  url(value: string | undefined): this {
    if (value) this.bytes += value.length + 2;
    return this;
  }

  /** Lines of runs: a RichTextBlock each (possibly in a fact row or code panel), a TextRun per run. */
  lines(lines: readonly Line[], perLine = 400): this {
    for (const line of lines) {
      this.bytes += perLine;
      for (const run of line) {
        this.bytes += 230;
        this.text(run.text).url(run.url);
      }
    }
    return this;
  }
}
