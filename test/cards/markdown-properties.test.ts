import t from 'tap';
import fc from 'fast-check';
import { lineLength } from '../../src/cards/inline.js';
import { markdownToBlocks } from '../../src/cards/markdown.js';

/**
 * Random markdown-ish text through markdownToBlocks: it never throws, keeps within its budget,
 * lets no HTML through as text and links only to http(s).
 */

const pieces = fc.constantFrom(
  '**', '*', '_', '~~', '`', '```', '```js\n', '\n', '\n\n', '# ', '## ', '- ', '* ', '1. ', '> ', '>> ', '- [ ] ', '- [x] ',
  '[link](https://example.com/x)', '[', ']', '(', ')', '![img](http://x.example/i.png)', '![](javascript:alert(1))', '[bad](javascript:alert(1))',
  '[ref]', '[ref]: https://r.example', '[^1]', '[^1]: note', '| a | b |\n| --- | --- |\n| 1 | 2 |\n', '|', ' --- ', '***\n',
  '<b>', '</b>', '<script>alert(1)</script>', '<!-- hidden -->', '<img src=x onerror=alert(1)>', '<details><summary>s</summary>', '</details>', '<br/>',
  '<https://auto.example/link>', 'https://bare.example/p', 'www.example.com', '@octocat', '@org/team', '#123', 'word', ' ', '    indented code\n', '\t', '\\', '&amp;', '&#60;', 'é', '😀',
);
const markdown = fc.oneof(
  { weight: 4, arbitrary: fc.array(pieces, { maxLength: 60 }).map((p) => p.join('')) },
  { weight: 1, arbitrary: fc.string({ maxLength: 400 }) },
  { weight: 1, arbitrary: fc.tuple(fc.array(pieces, { maxLength: 10 }), fc.nat({ max: 3000 })).map(([p, n]) => p.join('').repeat(Math.ceil(n / 10) + 1)) },
);
const budget = fc.record({ maxChars: fc.integer({ min: 20, max: 600 }), maxLines: fc.integer({ min: 1, max: 30 }) });

/** A complete tag or comment; a lone `<` in prose is text, as on GitHub. */
const HTML = /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>|<!--/;

t.test('property: markdown conversion never throws, stays within budget, shows no HTML and links only to http(s)', async (t) => {
  fc.assert(
    fc.property(markdown, budget, (source, { maxChars, maxLines }) => {
      const { blocks } = markdownToBlocks(source, { githubUrl: 'https://github.com', repoUrl: 'https://github.com/o/r', maxChars, maxLines });
      const lines = blocks.flatMap((b) => b.lines);
      if (lines.length > maxLines) throw new Error(`${lines.length} lines > ${maxLines}`);
      // A line cut at the budget may run past it by the 40 characters a cut always keeps, plus " …".
      const chars = lines.reduce((n, line) => n + lineLength(line), 0);
      if (chars > maxChars + 40 + 3) throw new Error(`${chars} characters > ${maxChars}`);
      // A backslash escape or a character reference makes `<` text the author meant to show.
      const literalLt = /\\|&/.test(source);
      for (const block of blocks) {
        if (block.kind === 'code') continue;
        for (const run of block.lines.flat()) {
          // Code spans keep what the author wrote verbatim (`<b>` in backticks is text about HTML).
          if (!run.mono && !literalLt && HTML.test(run.text)) throw new Error(`HTML in text: ${JSON.stringify(run.text)}`);
          if (run.url !== undefined && !/^https?:\/\/[^/.]/.test(run.url)) throw new Error(`link to ${run.url}`);
        }
      }
    }),
    { seed: 1234, numRuns: 400 },
  );
  t.pass('400 random texts');
});
