import t from 'tap';
import fc from 'fast-check';
import { compileGlob, compileGlobs, globError, globListError, MAX_GLOB_LENGTH, type StepMeter } from '../../src/util/glob.js';

/** The glob from the report: picomatch turned it into a regex that backtracked for 9 s. */
const CRAFTED = '@(a|a)*'.repeat(9) + 'b';

t.test('plain glob semantics', async (t) => {
  const cases: Array<[string, string, boolean]> = [
    ['main', 'main', true],
    ['main', 'mainline', false],
    ['release/*', 'release/1.0', true],
    ['release/*', 'release/', true],
    ['release/*', 'release/1.0/hotfix', false], // `*` never crosses `/`
    ['*', 'feature/x', false],
    ['*-fix', 'bug-fix', true],
    ['release/**', 'release/1.0/hotfix', true],
    ['release/**', 'release', true],
    ['release/**', 'releases/1', false],
    ['a/**/b', 'a/b', true],
    ['a/**/b', 'a/x/y/b', true],
    ['a/**/b', 'ax/b', false],
    ['**/*.md', 'README.md', true],
    ['**/*.md', 'docs/deep/x.md', true],
    ['**/*.md', 'docs/x.mdx', false],
    ['**', 'any/thing/at/all', true],
    ['a**b', 'axxb', true], // `**` inside a segment is a `*`
    ['a**b', 'ax/b', false],
    ['v?', 'v1', true],
    ['v?', 'v10', false],
    ['a?b', 'a/b', false], // `?` never matches `/`
    ['[abc]x', 'bx', true],
    ['[abc]x', 'dx', false],
    ['v[0-9]', 'v7', true],
    ['v[0-9]', 'vx', false],
    ['[!a-c]x', 'dx', true],
    ['[!a-c]x', 'bx', false],
    ['[^a-c]x', 'dx', true],
    ['a[!x]b', 'a/b', false], // classes never match `/`, negated ones included
    ['[]]', ']', true],
    ['[a-]', '-', true],
    ['\\*', '*', true],
    ['\\*', 'x', false],
    ['.github/*', '.github/ci.yml', true], // dots are not special
    ['*.yml', '.yml', true],
    ['?', '😀', true], // one character is one code point
    ['[😀-😂]', '😁', true],
  ];
  for (const [glob, input, expected] of cases) t.equal(compileGlob(glob).match(input), expected, `${glob} ~ ${input}`);
});

t.test('a list: at least one include, no exclusion; only exclusions pass the rest', async (t) => {
  const branches = compileGlobs(['main', 'release/*', '!release/legacy-*']);
  t.ok(branches('main'));
  t.ok(branches('release/2.0'));
  t.notOk(branches('release/legacy-1'));
  t.notOk(branches('feature/x'));
  const onlyExcludes = compileGlobs(['!dependabot/**', '!renovate/*']);
  t.ok(onlyExcludes('main'));
  t.notOk(onlyExcludes('dependabot/npm/x'));
  t.notOk(onlyExcludes('renovate/lodash'));
  t.ok(compileGlobs([])('anything'), 'no globs, no filter');
  t.notOk(compileGlobs(['[unclosed'])('[unclosed'), 'a stored glob that does not compile matches nothing');
});

t.test('refusals name the glob and say why', async (t) => {
  const refused: Array<[string, RegExp]> = [
    [CRAFTED, /glob "@\(a\|a\)\*.*" uses extglob syntax "@\("/],
    ['feature/!(wip)', /extglob syntax "!\("/],
    ['+(a)', /extglob syntax "\+\("/],
    ['!(wip)*', /extglob syntax "!\("/],
    ['x*(a)', /extglob syntax "\*\("/],
    ['?(a)', /extglob syntax "\?\("/],
    ['{main,dev}', /glob "\{main,dev\}" uses braces/],
    ['v{1..3}', /uses braces/],
    ['[abc', /glob "\[abc": a character class \[ is not closed/],
    ['[z-a]', /range z-a is reversed/],
    ['!', /excludes nothing/],
    ['', /must not be empty/],
    ['a'.repeat(MAX_GLOB_LENGTH + 1), /longer than 255 characters/],
  ];
  for (const [glob, message] of refused) t.match(globError(glob), message, glob);
  for (const glob of ['main', 'release/*', '!release/legacy-*', '**/*.md', '[!a-z]x', 'v?.?', '\\{literal\\}', 'a(b)c', 'a|b']) {
    t.equal(globError(glob), undefined, glob);
  }
  t.match(globListError('branches', ['main', '@(x)']), /^branches: glob "@\(x\)" uses extglob/);
  t.match(globListError('branches', Array.from({ length: 51 }, (_, i) => `b${i}`)), /branches has 51 globs; at most 50/);
  t.equal(globListError('branches', undefined), undefined);
});

/** Steps of one match, with the bound the module promises: (input length + 1) × (states + 1). */
function stepsOf(glob: string, input: string): { steps: number; bound: number; matched: boolean } {
  const compiled = compileGlob(glob);
  const meter: StepMeter = { steps: 0 };
  const matched = compiled.match(input, meter);
  return { steps: meter.steps, bound: (Array.from(input).length + 1) * (compiled.states + 1), matched };
}

t.test('a stored crafted glob (saved before validation) matches in bounded steps', async (t) => {
  // As literal characters the extglob can be driven through its whole length by this input.
  const hostile = '@(a|a)'.repeat(9) + 'a'.repeat(20_000);
  const crafted = stepsOf(CRAFTED, hostile);
  t.notOk(crafted.matched);
  t.ok(crafted.steps <= crafted.bound, `${crafted.steps} ≤ ${crafted.bound}`);
  t.notOk(compileGlobs([CRAFTED])(hostile), 'through the list API too');

  // The classic backtracking killer for star matchers: many stars, a long near-miss.
  const stars = '*a'.repeat(30) + 'b';
  const small = stepsOf(stars, 'a'.repeat(1_000));
  const large = stepsOf(stars, 'a'.repeat(10_000));
  t.notOk(large.matched);
  t.ok(large.steps <= large.bound, `${large.steps} ≤ ${large.bound}`);
  // Linear: ten times the input costs about ten times the steps, not a hundred.
  t.ok(large.steps <= small.steps * 11, `${large.steps} steps for 10k vs ${small.steps} for 1k`);

  const deep = stepsOf('**/a/**/a/**/a/**/b', 'a/'.repeat(5_000));
  t.notOk(deep.matched);
  t.ok(deep.steps <= deep.bound, `${deep.steps} ≤ ${deep.bound}`);
});

/**
 * A reference matcher written from the definition, by backtracking over segments and characters:
 * exponential in the worst case, so only for the short inputs the properties generate.
 */
function referenceMatch(glob: string, input: string): boolean {
  const segment = (p: string, s: string): boolean => {
    if (p === '') return s === '';
    if (p[0] === '*') return segment(p.replace(/^\*+/, ''), s) || (s !== '' && segment(p, s.slice(1)));
    if (s === '') return false;
    if (p[0] === '?') return segment(p.slice(1), s.slice(1));
    if (p[0] === '[') {
      const end = p.indexOf(']', 2);
      const body = p.slice(1, end);
      const negated = body[0] === '!';
      const members = negated ? body.slice(1) : body;
      let inside = false;
      for (let i = 0; i < members.length; i++) {
        if (members[i + 1] === '-' && i + 2 < members.length) {
          if (s[0] >= members[i] && s[0] <= members[i + 2]) inside = true;
          i += 2;
        } else if (members[i] === s[0]) inside = true;
      }
      return inside !== negated && segment(p.slice(end + 1), s.slice(1));
    }
    return p[0] === s[0] && segment(p.slice(1), s.slice(1));
  };
  const segments = (gs: string[], ss: string[]): boolean => {
    if (gs.length === 0) return ss.length === 0;
    if (/^\*\*+$/.test(gs[0])) return segments(gs.slice(1), ss) || (ss.length > 0 && segments(gs, ss.slice(1)));
    return ss.length > 0 && segment(gs[0], ss[0]) && segments(gs.slice(1), ss.slice(1));
  };
  return segments(glob.split('/'), input.split('/'));
}

const pieces = fc.constantFrom('a', 'b', '.', '-', '*', '?', '[ab]', '[!a]', '[a-c]', '/', '**/', '/**', '**');
const globs = fc.array(pieces, { minLength: 1, maxLength: 8 }).map((p) => p.join(''));
const inputs = fc.array(fc.constantFrom('a', 'b', 'c', '.', '-', '/'), { maxLength: 12 }).map((c) => c.join(''));

t.test('property: agrees with the reference on the supported syntax', async (t) => {
  fc.assert(
    fc.property(globs, inputs, (glob, input) => {
      if (globError(glob) !== undefined) return true;
      return compileGlob(glob).match(input) === referenceMatch(glob, input);
    }),
    { seed: 7, numRuns: 2000 },
  );
  t.pass('2000 glob/input pairs agree');
});

/** The shapes compileGlob answers without its automaton, built from literal runs. */
const literalRun = fc.array(fc.constantFrom('a', 'b', '.', '-', '/'), { maxLength: 4 }).map((c) => c.join(''));
const shortcutGlobs = fc.oneof(
  literalRun.map((p) => `${p}*`),
  literalRun.filter((x) => !x.includes('/')).map((x) => `*${x}`),
  literalRun.filter((p) => p !== '').map((p) => `${p}/**`),
  literalRun.filter((x) => !x.includes('/')).map((x) => `**/*${x}`),
  literalRun.filter((x) => x !== '').map((x) => `**/${x}`),
  fc.constant('**'),
  literalRun,
);

t.test('property: the string shortcuts answer as the automaton and the reference do', async (t) => {
  fc.assert(
    fc.property(shortcutGlobs, inputs, (glob, input) => {
      if (globError(glob) !== undefined) return true;
      const expected = referenceMatch(glob, input);
      return compileGlob(glob).match(input) === expected && compileGlob(glob, { automaton: true }).match(input) === expected;
    }),
    { seed: 13, numRuns: 3000 },
  );
  t.pass('3000 glob/input pairs agree');
});

t.test('property: a list answers as its globs do, one by one through the automaton', async (t) => {
  const lists = fc.array(fc.tuple(fc.boolean(), fc.oneof(shortcutGlobs, globs)), { minLength: 1, maxLength: 5 }).map((l) => l.map(([not, g]) => (not ? `!${g}` : g)));
  fc.assert(
    fc.property(lists, inputs, (list, input) => {
      const valid = list.filter((g) => globError(g) === undefined);
      const one = (g: string) => compileGlob(g.replace(/^!/, ''), { automaton: true }).match(input);
      const includes = valid.filter((g) => !g.startsWith('!'));
      const expected = (includes.length === 0 || includes.some(one)) && !valid.filter((g) => g.startsWith('!')).some(one);
      return compileGlobs(valid)(input) === expected && compileGlobs(valid)(input, { steps: 0 }) === expected;
    }),
    { seed: 19, numRuns: 2000 },
  );
  t.pass('2000 lists agree');
});

t.test('property: a literal written with escapes is matched as the automaton matches it', async (t) => {
  const escaped = fc.array(fc.constantFrom('a', '/', '\\*', '\\[', '\\?', '\\\\', '[bot]'.replace(/[[\]]/g, '\\$&')), { minLength: 1, maxLength: 5 }).map((p) => p.join(''));
  const texts = fc.array(fc.constantFrom('a', '/', '*', '[', ']', '?', '\\', 'bot', '[bot]'), { maxLength: 6 }).map((c) => c.join(''));
  fc.assert(
    fc.property(escaped, texts, (glob, input) => {
      const itself = glob.replace(/\\(.)/g, '$1');
      return compileGlob(glob).match(input) === compileGlob(glob, { automaton: true }).match(input) && compileGlob(glob).match(itself) && compileGlob(glob, { automaton: true }).match(itself);
    }),
    { seed: 17, numRuns: 2000 },
  );
  t.ok(compileGlob('renovate\\[bot\\]').match('renovate[bot]'));
  t.notOk(compileGlob('renovate\\[bot\\]').match('renovateb'));
});

t.test('property: any glob and input: never throws, steps within the linear bound', async (t) => {
  fc.assert(
    fc.property(fc.string({ maxLength: 40 }), fc.string({ maxLength: 200 }), (glob, input) => {
      if (globError(glob) === undefined) {
        const { steps, bound } = stepsOf(glob.startsWith('!') ? glob.slice(1) : glob, input);
        if (steps > bound) return false;
      }
      // Unvalidated (stored) globs go through the list API, which never throws either.
      compileGlobs([glob, `!${glob}`])(input);
      return true;
    }),
    { seed: 11, numRuns: 500 },
  );
  t.pass('500 arbitrary globs');
});
