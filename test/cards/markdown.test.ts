import t from 'tap';
import type { Line } from '../../src/cards/inline.js';
import { markdownToBlocks, type Block } from '../../src/cards/markdown.js';

const OPTIONS = { githubUrl: 'https://ghe.example.com', repoUrl: 'https://ghe.example.com/o/r', maxChars: 5000, maxLines: 200 };

const convert = (md: string, extra = {}) => markdownToBlocks(md, { ...OPTIONS, ...extra });
const text = (line: Line) => line.map((r) => r.text).join('');
const lines = (blocks: Block[]) => blocks.flatMap((b) => b.lines.map(text));
const runs = (blocks: Block[]) => blocks.flatMap((b) => b.lines.flat());

t.test('bold, italic, strike and links keep their meaning as run styles', async (t) => {
  const { blocks } = convert('Some **bold**, *italic*, ~~gone~~ and [a link](https://example.com/x).');
  t.same(lines(blocks), ['Some bold, italic, gone and a link.']);
  const all = runs(blocks);
  t.ok(all.find((r) => r.text === 'bold')?.bold);
  t.ok(all.find((r) => r.text === 'italic')?.italic);
  t.ok(all.find((r) => r.text === 'gone')?.strike);
  t.equal(all.find((r) => r.text === 'a link')?.url, 'https://example.com/x');
});

t.test('headings become bold lines', async (t) => {
  const { blocks } = convert('## Summary\n\nText');
  t.same(lines(blocks), ['Summary', 'Text']);
  t.ok(blocks[0].lines[0].every((r) => r.bold));
});

t.test('HTML and HTML comments disappear', async (t) => {
  const { blocks } = convert('<!-- Describe your change -->\nFixes it\n\n<details><summary>More</summary>\n\nhidden <b>bits</b>\n\n</details>');
  const all = lines(blocks).join('\n');
  t.notMatch(all, /<|>|Describe your change/);
  t.match(all, 'Fixes it');
  t.match(all, 'hidden bits');
});

t.test('task lists show their state, lists their markers, nested lists their depth', async (t) => {
  const { blocks } = convert('- [x] done\n- [ ] todo\n\n1. one\n2. two\n   - nested');
  t.same(lines(blocks), ['☑ done', '☐ todo', '1. one', '2. two', '\u2003• nested']);
});

t.test('code stays verbatim and monospace; long code is cut', async (t) => {
  const { blocks } = convert('Use `npm **ci**`:\n\n```sh\nnpm ci\n  *not bold*\n```');
  t.ok(runs(blocks).find((r) => r.text === 'npm **ci**')?.mono);
  const code = blocks.find((b) => b.kind === 'code');
  t.same(code?.lines.map(text), ['npm ci', '  *not bold*']);
  const long = convert('```\n' + Array.from({ length: 40 }, (_, i) => `line ${i}`).join('\n') + '\n```');
  t.equal(long.blocks[0].lines.length, 13);
  t.match(text(long.blocks[0].lines[12]), /28 more lines/);
});

t.test('images become links; only http(s) links survive', async (t) => {
  const { blocks } = convert('![screen shot](https://img.example.com/a.png) [bad](javascript:alert(1)) [rel](/docs) <https://ok.example.com>');
  const all = runs(blocks);
  t.equal(all.find((r) => r.text.includes('screen shot'))?.url, 'https://img.example.com/a.png');
  t.equal(all.find((r) => r.text === 'bad')?.url, undefined);
  t.equal(all.find((r) => r.text === 'rel')?.url, undefined);
  t.equal(all.find((r) => r.text === 'https://ok.example.com')?.url, 'https://ok.example.com');
  t.notOk(all.some((r) => r.url?.startsWith('javascript')));
});

t.test('@user and #123 link to the configured GitHub, but not inside links, code or emails', async (t) => {
  const { blocks } = convert('Thanks @octo-cat for #42, see `#7` and [@x](https://e.com) mail a@b.com @org/team');
  const all = runs(blocks);
  t.equal(all.find((r) => r.text === '@octo-cat')?.url, 'https://ghe.example.com/octo-cat');
  t.equal(all.find((r) => r.text === '#42')?.url, 'https://ghe.example.com/o/r/issues/42');
  t.equal(all.find((r) => r.text === '#7')?.url, undefined);
  t.equal(all.find((r) => r.text === '@x')?.url, 'https://e.com');
  t.notOk(all.some((r) => r.url?.endsWith('/b.com')));
  t.equal(all.find((r) => r.text === '@org/team')?.url, 'https://ghe.example.com/orgs/org/teams/team');
});

t.test('tables become readable lines', async (t) => {
  const { blocks } = convert('| Name | Size |\n|---|---|\n| a | 1 |\n| b | 2 |');
  t.same(lines(blocks), ['• Name: a · Size: 1', '• Name: b · Size: 2']);
});

t.test('quotes are kept as quote blocks; reference links resolve', async (t) => {
  const { blocks } = convert('> quoted [ref]\n\n[ref]: https://example.com/ref');
  t.equal(blocks[0].kind, 'quote');
  t.equal(runs(blocks).find((r) => r.text === 'ref')?.url, 'https://example.com/ref');
});

t.test('long text is cut at a word boundary with an ellipsis and reported as truncated', async (t) => {
  const words = Array.from({ length: 3000 }, (_, i) => `word${i}`).join(' ');
  const { blocks, truncated } = convert(words, { maxChars: 500 });
  t.ok(truncated);
  const out = lines(blocks).join('');
  t.ok(out.length <= 510, `${out.length} chars`);
  t.match(out, /word\d+…$/);
  const many = convert(Array.from({ length: 100 }, (_, i) => `para ${i}`).join('\n\n'), { maxLines: 5 });
  t.ok(many.truncated);
  t.equal(lines(many.blocks).length, 5);
  t.notOk(convert('short').truncated);
});

t.test('plain text skips the parser but reads the same', async (t) => {
  t.same(lines(convert('Just a plain sentence').blocks), ['Just a plain sentence']);
  t.same(convert('   ').blocks, []);
});
