/**
 * Reading a directory import: a JSON array of `{login, teams, name}` or CSV with the header row
 * `login,teams,name` (any order and case; quoted fields, a BOM and CRLF line ends are fine).
 * Every row is checked as a PUT would check it, and logins must be distinct; the answer is
 * either everyone or every bad row with its number and why, so an import is all-or-nothing.
 */
import { parse } from 'csv-parse/sync';
import { checkPerson, loginKey, type Person } from './person.js';

export const MAX_IMPORT_ROWS = 10_000;

/**
 * `row`: for JSON the item's position in the array, from 1; for CSV the line of the file the
 * record starts on (the header is line 1), as a spreadsheet numbers its rows.
 */
export interface RowError {
  row: number;
  reason: string;
}

export type ImportResult = { people: Person[] } | { errors: RowError[] };

const COLUMNS = ['login', 'teams', 'name'] as const;

export function peopleFromJson(value: unknown): ImportResult {
  if (!Array.isArray(value)) return { errors: [{ row: 0, reason: 'the body must be a JSON array of {"login", "teams", "name"} objects' }] };
  return checkRows(
    value.map((item, index) => {
      const row = index + 1;
      if (!item || typeof item !== 'object' || Array.isArray(item)) return { row, error: 'not an object' };
      const unknown = Object.keys(item).filter((key) => !(COLUMNS as readonly string[]).includes(key));
      if (unknown.length) return { row, error: `unknown field ${unknown.map((k) => JSON.stringify(k.slice(0, 40))).join(', ')}` };
      return { row, input: item as Record<string, unknown> };
    }),
  );
}

export function peopleFromCsv(text: string): ImportResult {
  const errors: RowError[] = [];
  let records: CsvRecord[];
  try {
    // With `info` and `raw`, each record comes as {record, info, raw}; the types do not say so.
    records = parse(text, {
      bom: true,
      trim: true,
      skip_empty_lines: true,
      info: true,
      raw: true,
      // A malformed record is reported with its line and parsing goes on, so one answer lists them all.
      skip_records_with_error: true,
      on_skip: (err) => void errors.push({ row: lineOf(err), reason: err?.message ?? 'unreadable record' }),
    }) as unknown as CsvRecord[];
  } catch (err) {
    return { errors: [...errors, { row: lineOf(err), reason: (err as Error).message }] };
  }
  const [header, ...rows] = records;
  if (!header) return { errors: [{ row: 1, reason: 'empty file: the first row must be the header login,teams,name' }] };
  const names = header.record.map((name) => name.toLowerCase());
  const missing = COLUMNS.filter((column) => !names.includes(column));
  const extra = names.filter((name, i) => !(COLUMNS as readonly string[]).includes(name) || names.indexOf(name) !== i);
  if (missing.length || extra.length) {
    const problems = [...missing.map((m) => `no ${m} column`), ...extra.map((e) => `unexpected column ${JSON.stringify(e.slice(0, 40))}`)];
    return { errors: [{ row: startLine(header), reason: `the header row must be login,teams,name: ${problems.join(', ')}` }] };
  }
  const checked = checkRows(rows.map((r) => ({ row: startLine(r), input: Object.fromEntries(names.map((name, i) => [name, r.record[i]])) })));
  if (errors.length === 0) return checked;
  return { errors: [...errors, ...('errors' in checked ? checked.errors : [])].sort((a, b) => a.row - b.row) };
}

interface CsvRecord {
  record: string[];
  info: { lines: number };
  raw: string;
}

/** The line csv-parse names in an error (it counts from 1). */
function lineOf(err: unknown): number {
  const lines = (err as { lines?: unknown } | undefined)?.lines;
  return typeof lines === 'number' ? lines : 0;
}

/** The line a record starts on: where it ends, less the line breaks inside its quoted fields. */
function startLine(record: CsvRecord): number {
  return record.info.lines - (record.raw.replace(/\r?\n$/, '').match(/\n/g)?.length ?? 0);
}

function checkRows(rows: Array<{ row: number; input?: Record<string, unknown>; error?: string }>): ImportResult {
  if (rows.length > MAX_IMPORT_ROWS) return { errors: [{ row: rows[MAX_IMPORT_ROWS].row, reason: `at most ${MAX_IMPORT_ROWS} people in one import` }] };
  const errors: RowError[] = [];
  const people: Person[] = [];
  const firstRow = new Map<string, number>();
  for (const { row, input, error } of rows) {
    if (error || !input) {
      errors.push({ row, reason: error ?? 'not a person' });
      continue;
    }
    const checked = checkPerson(input);
    if ('error' in checked) {
      errors.push({ row, reason: checked.error });
      continue;
    }
    const key = loginKey(checked.person.login);
    const earlier = firstRow.get(key);
    if (earlier !== undefined) {
      errors.push({ row, reason: `login ${checked.person.login} is also on row ${earlier}` });
      continue;
    }
    firstRow.set(key, row);
    people.push(checked.person);
  }
  return errors.length ? { errors } : { people };
}
