/**
 * User globs (branch names, later labels and paths) matched in time linear in the input.
 *
 * Syntax (DESIGN §2 "Filters", docs/filters.md): `*` any run of characters but `/`; `**` as a
 * whole path segment, any number of segments (`a/**` then `/b`, `**` then `/x`, `a/**`, `**`);
 * `?` one character (a code point) but `/`; classes `[abc]`, `[a-z]`, `[!a-z]` (or `[^a-z]`),
 * never matching `/`; `\` takes the next character literally; a leading `!` makes the glob an
 * exclusion. Dots are not special. Extglobs (`@(…)`, `!(…)`, `+(…)`, `*(…)`, `?(…)`) and braces
 * are refused by `globError`; a stored glob that predates that check matches them as literal
 * characters.
 *
 * Why not picomatch or minimatch: both compile to backtracking regular expressions, and one
 * extglob froze the process for seconds on one push. Here a glob compiles to a small NFA that is
 * simulated over the input (Thompson's construction, no backtracking): at each input position
 * every state enters the next set at most once, so a match takes at most
 * (input length + 1) × (states + 1) steps. That is O(n·m) — bounded, not strictly linear — and
 * with a glob capped at MAX_GLOB_LENGTH characters (at most 2 states per character) it is linear
 * in the input with a constant the cap bounds. `match` can count its steps, so tests check the
 * bound rather than a timer.
 */

export const MAX_GLOB_LENGTH = 255;
export const MAX_GLOBS = 50;

/**
 * One NFA state. A consumed character leads to `to`; a state with `skip` may also be left
 * without consuming anything, to `skip`. Indices are absolute; `states.length` accepts.
 */
interface State {
  consume: (ch: string) => boolean;
  to: number;
  /** A second consuming edge (inside a globstar segment, `/` starts the next segment). */
  alt?: { consume: (ch: string) => boolean; to: number };
  skip?: number;
}

const notSlash = (ch: string) => ch !== '/';
const anyChar = () => true;
const isSlash = (ch: string) => ch === '/';

type Token =
  | { kind: 'test'; test: (ch: string) => boolean }
  | { kind: 'star' }
  /** `**` and `/` at a segment start: zero or more whole segments, each with its `/`. */
  | { kind: 'segments' }
  /** `/**` at the end: nothing, or `/` and anything. */
  | { kind: 'tail' }
  /** `**` as the whole glob. */
  | { kind: 'any' };

export class GlobSyntaxError extends Error {}

interface ParsedClass {
  test: (ch: string) => boolean;
  end: number;
}

/** Parses `[…]` starting at `start` (the `[`); undefined when it is not closed. */
function parseClass(glob: readonly string[], start: number): ParsedClass | undefined {
  let i = start + 1;
  const negated = glob[i] === '!' || glob[i] === '^';
  if (negated) i++;
  const singles = new Set<string>();
  const ranges: Array<[number, number]> = [];
  let first = true;
  while (i < glob.length) {
    let ch = glob[i];
    if (ch === ']' && !first) {
      const test = (c: string) => {
        if (c === '/') return false;
        const code = c.codePointAt(0)!;
        const inside = singles.has(c) || ranges.some(([lo, hi]) => code >= lo && code <= hi);
        return inside !== negated;
      };
      return { test, end: i };
    }
    first = false;
    if (ch === '\\' && i + 1 < glob.length) ch = glob[++i];
    if (glob[i + 1] === '-' && i + 2 < glob.length && glob[i + 2] !== ']') {
      let hi = glob[i + 2];
      let skip = 2;
      if (hi === '\\' && i + 3 < glob.length) {
        hi = glob[i + 3];
        skip = 3;
      }
      const [from, to] = [ch.codePointAt(0)!, hi.codePointAt(0)!];
      if (to < from) throw new GlobSyntaxError(`range ${ch}-${hi} is reversed`);
      ranges.push([from, to]);
      i += skip + 1;
      continue;
    }
    singles.add(ch);
    i++;
  }
  return undefined;
}

const SLASH: Token = { kind: 'test', test: isSlash };

function tokenize(text: string): Token[] {
  const glob = Array.from(text); // code points, so `?` and classes take one character each
  const tokens: Token[] = [];
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i];
    if (ch === '*') {
      let j = i;
      while (glob[j + 1] === '*') j++;
      const segmentStart = i === 0 || glob[i - 1] === '/';
      const segmentEnd = j + 1 === glob.length || glob[j + 1] === '/';
      if (j > i && segmentStart && segmentEnd && j + 1 < glob.length) {
        tokens.push({ kind: 'segments' });
        j++; // the `/` after `**` belongs to each segment it repeats
      } else if (j > i && segmentStart && segmentEnd) {
        // A final `**` takes in the segments before it (`a/**/**`) and the `/` before them, so
        // that `a/**` matches `a` too.
        while (tokens.at(-1)?.kind === 'segments') tokens.pop();
        if (tokens.at(-1) === SLASH) {
          tokens.pop();
          tokens.push({ kind: 'tail' });
        } else tokens.push({ kind: 'any' });
      } else tokens.push({ kind: 'star' });
      i = j;
    } else if (ch === '?') tokens.push({ kind: 'test', test: notSlash });
    else if (ch === '[') {
      const parsed = parseClass(glob, i);
      if (!parsed) throw new GlobSyntaxError('a character class [ is not closed');
      tokens.push({ kind: 'test', test: parsed.test });
      i = parsed.end;
    } else if (ch === '/') tokens.push(SLASH);
    else {
      const literal = ch === '\\' && i + 1 < glob.length ? glob[++i] : ch;
      tokens.push({ kind: 'test', test: (c) => c === literal });
    }
  }
  return tokens;
}

/** States in order; the accepting state is `states.length`. */
function build(tokens: Token[]): State[] {
  const states: State[] = [];
  for (const token of tokens) {
    const i = states.length;
    switch (token.kind) {
      case 'test':
        states.push({ consume: token.test, to: i + 1 });
        break;
      case 'star':
        states.push({ consume: notSlash, to: i, skip: i + 1 });
        break;
      case 'any':
        states.push({ consume: anyChar, to: i, skip: i + 1 });
        break;
      case 'segments':
        // At a segment start (i) the globstar may end; a `/` there or inside a segment (i + 1)
        // closes a segment (empty ones too, as `a//b` has).
        states.push({ consume: notSlash, to: i + 1, alt: { consume: isSlash, to: i }, skip: i + 2 });
        states.push({ consume: notSlash, to: i + 1, alt: { consume: isSlash, to: i } });
        break;
      case 'tail':
        // Nothing more, or `/` and then anything.
        states.push({ consume: isSlash, to: i + 1, skip: i + 2 });
        states.push({ consume: anyChar, to: i + 1, skip: i + 2 });
        break;
    }
  }
  return states;
}

/** A counter `match` adds its steps to (one per state visited per input position). */
export interface StepMeter {
  steps: number;
}

export interface CompiledGlob {
  readonly glob: string;
  /** Number of NFA states: a match takes at most (input length + 1) × (states + 1) steps. */
  readonly states: number;
  /** Set when string operations answer for the automaton. */
  readonly shape?: GlobShape;
  match(input: string, meter?: StepMeter): boolean;
}

/**
 * The shapes most user globs take, answered by string operations instead of the automaton: the
 * same answers (the glob tests hold both to one reference matcher), at a fraction of the cost.
 * `text` is the literal part: the whole input (`literal`, with escapes resolved, as author globs
 * are compiled: `renovate\[bot\]`), `prefix` + `*`, `*` + `suffix`, `under` + `/**`,
 * `**` + `/*` + `deepSuffix`, `**` + `/` + `deepName`, or `**` (`any`).
 */
export interface GlobShape {
  kind: 'literal' | 'prefix' | 'suffix' | 'under' | 'deepSuffix' | 'deepName' | 'any';
  text: string;
}

function shapeOf(glob: string): GlobShape | undefined {
  if (/^(?:[^*?[\\]|\\.)*$/su.test(glob)) return { kind: 'literal', text: glob.replace(/\\(.)/gsu, '$1') };
  if (/[?[\\]/.test(glob)) return undefined;
  if (glob === '**') return { kind: 'any', text: '' };
  const shapes: Array<[RegExp, GlobShape['kind']]> = [
    [/^([^*]*)\*$/, 'prefix'],
    [/^\*([^*/]*)$/, 'suffix'],
    [/^([^*]+)\/\*\*$/, 'under'],
    [/^\*\*\/\*([^*/]*)$/, 'deepSuffix'],
    [/^\*\*\/([^*]+)$/, 'deepName'],
  ];
  for (const [pattern, kind] of shapes) {
    const m = pattern.exec(glob);
    if (m) return { kind, text: m[1] };
  }
  return undefined;
}

const SLASH_CODE = 47;

/** Whether `s` matches a glob of this shape. */
function matchesShape({ kind, text }: GlobShape, s: string): boolean {
  switch (kind) {
    case 'literal':
      return s === text;
    case 'prefix':
      return s.startsWith(text) && s.indexOf('/', text.length) === -1;
    case 'suffix':
      return s.endsWith(text) && !s.includes('/');
    case 'under':
      return s.startsWith(text) && (s.length === text.length || s.charCodeAt(text.length) === SLASH_CODE);
    case 'deepSuffix':
      return s.endsWith(text);
    case 'deepName':
      return s.endsWith(text) && (s.length === text.length || s.charCodeAt(s.length - text.length - 1) === SLASH_CODE);
    case 'any':
      return true;
  }
}

/**
 * Compiles one glob (without the leading `!`); throws GlobSyntaxError on an unclosed class or
 * reversed range. `automaton: true` skips the string shortcuts (tests compare the two).
 */
export function compileGlob(glob: string, { automaton = false }: { automaton?: boolean } = {}): CompiledGlob {
  const states = build(tokenize(glob));
  const n = states.length;
  const shape = automaton ? undefined : shapeOf(glob);
  // Which states are already in the set being built, by generation, so none is added twice; the
  // two sets are kept between matches, so a match allocates nothing.
  const mark = new Float64Array(n + 1);
  let generation = 0;
  let current = new Int32Array(n + 1);
  let next = new Int32Array(n + 1);

  /** Adds `start` and the states reachable from it by skipping to `into` from `size`; returns the new size. */
  const close = (start: number, into: Int32Array, size: number, meter?: StepMeter): number => {
    for (let i: number | undefined = start; i !== undefined && mark[i] !== generation; i = i < n ? states[i].skip : undefined) {
      mark[i] = generation;
      into[size++] = i;
      if (meter) meter.steps++;
    }
    return size;
  };

  return {
    glob,
    states: n,
    shape,
    match(input, meter) {
      if (shape) {
        if (meter) meter.steps += input.length + 1;
        return matchesShape(shape, input);
      }
      generation++;
      let size = close(0, current, 0, meter);
      for (const ch of input) {
        if (size === 0) return false;
        generation++;
        let nextSize = 0;
        for (let k = 0; k < size; k++) {
          const i = current[k];
          if (i === n) continue;
          const s = states[i];
          if (s.consume(ch)) nextSize = close(s.to, next, nextSize, meter);
          if (s.alt?.consume(ch)) nextSize = close(s.alt.to, next, nextSize, meter);
        }
        [current, next] = [next, current];
        size = nextSize;
      }
      // The last set was built in this generation: the accepting state is in it when marked.
      return size > 0 && mark[n] === generation;
    },
  };
}

const EXTGLOB = /(?<!\\)[@!+*?]\(/;
const BRACE = /(?<!\\)[{}]/;

/**
 * Why a user glob is refused, naming it; undefined when it is accepted. The message is meant for
 * a 400 answer and the configuration page.
 */
export function globError(raw: string): string | undefined {
  const q = JSON.stringify(raw);
  if (raw.length === 0) return 'a glob must not be empty';
  if (raw.length > MAX_GLOB_LENGTH) return `glob ${q.slice(0, 40)}… is longer than ${MAX_GLOB_LENGTH} characters`;
  const glob = raw.startsWith('!') ? raw.slice(1) : raw;
  if (glob === '') return `glob ${q} excludes nothing: put a glob after the !`;
  // On the raw glob: a leading `!(` reads as picomatch's negated extglob, so it is refused too.
  const ext = EXTGLOB.exec(raw);
  if (ext) return `glob ${q} uses extglob syntax "${ext[0]}", which is not supported: use *, **, ? and [classes] (see docs/filters.md)`;
  if (BRACE.test(glob)) return `glob ${q} uses braces, which are not supported: list each alternative as its own glob (see docs/filters.md)`;
  try {
    compileGlob(glob);
  } catch (err) {
    if (err instanceof GlobSyntaxError) return `glob ${q}: ${err.message}`;
    throw err;
  }
  return undefined;
}

/** The first refusal in a list of globs, or undefined; `field` names the list in the message. */
export function globListError(field: string, globs: readonly string[] | undefined): string | undefined {
  if (!globs) return undefined;
  if (globs.length > MAX_GLOBS) return `${field} has ${globs.length} globs; at most ${MAX_GLOBS} are allowed`;
  for (const glob of globs) {
    const error = globError(glob);
    if (error) return `${field}: ${error}`;
  }
  return undefined;
}

/**
 * Globs of one list, sorted by shape so that a match is a set lookup and a few string checks in
 * one function, whatever the globs: routing asks every link's lists on every event.
 */
class GlobSet {
  private readonly literals = new Set<string>();
  private readonly shaped: GlobShape[] = [];
  private readonly automata: CompiledGlob[] = [];
  private readonly all: CompiledGlob[] = [];

  add(glob: CompiledGlob): void {
    this.all.push(glob);
    if (glob.shape?.kind === 'literal') this.literals.add(glob.shape.text);
    else if (glob.shape) this.shaped.push(glob.shape);
    else this.automata.push(glob);
  }

  get size(): number {
    return this.all.length;
  }

  has(input: string, meter?: StepMeter): boolean {
    // With a meter, glob by glob, so the steps of each are counted as compileGlob counts them.
    if (meter) {
      for (const glob of this.all) if (glob.match(input, meter)) return true;
      return false;
    }
    if (this.literals.has(input)) return true;
    for (const shape of this.shaped) if (matchesShape(shape, input)) return true;
    for (const glob of this.automata) if (glob.match(input)) return true;
    return false;
  }
}

/**
 * One predicate for a list of globs: a string passes when it matches at least one include glob
 * (or the list has only exclusions) and no exclusion (`!glob`). An empty list passes everything.
 * Globs that do not compile (stored before validation) match nothing rather than throw.
 */
export function compileGlobs(globs: readonly string[]): (input: string, meter?: StepMeter) => boolean {
  const include = new GlobSet();
  const exclude = new GlobSet();
  let includes = 0;
  for (const raw of globs) {
    const negated = raw.startsWith('!');
    if (!negated) includes++;
    try {
      (negated ? exclude : include).add(compileGlob(negated ? raw.slice(1) : raw));
    } catch (err) {
      if (!(err instanceof GlobSyntaxError)) throw err;
    }
  }
  return (input, meter) => {
    if (includes > 0 && !include.has(input, meter)) return false;
    return exclude.size === 0 || !exclude.has(input, meter);
  };
}
