import { existsSync, readFileSync } from 'node:fs';
import { copyFile, link, open, readFile, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Adapter } from 'lowdb';
import { DataDirError } from './data-dir.js';

export interface DurableJsonFileOptions {
  /** What the file holds, for the advice when it is broken ("links"). */
  holds: string;
  /** Says what is wrong with parsed content that is not the file's shape, or nothing. */
  check?: (data: unknown) => string | undefined;
}

/**
 * A lowdb adapter for a JSON file that survives power loss and keeps its last good version.
 * lowdb's JSONFile (steno) writes a temporary file and renames it, but syncs neither: after a
 * power cut the rename can be on disk while the data is not, leaving an empty file. Here each
 * write syncs the temporary file, keeps the current file as `<file>.bak` (a hard link: nothing
 * is copied), renames the temporary file over the file, and syncs the directory so the rename
 * itself is durable. A file that is empty or broken at start is refused with advice naming the
 * backup to restore.
 */
export class DurableJsonFile<T> implements Adapter<T> {
  readonly backup: string;
  private readonly temporary: string;

  constructor(
    readonly file: string,
    private readonly options: DurableJsonFileOptions,
  ) {
    this.backup = `${file}.bak`;
    this.temporary = join(dirname(file), `.${basename(file)}.tmp`);
  }

  async read(): Promise<T | null> {
    let text: string;
    try {
      text = await readFile(this.file, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw err;
    }
    const problem = this.problemOf(text);
    if (problem) throw new DataDirError(`${this.file} ${problem}. ${this.advice()}`);
    return JSON.parse(text) as T;
  }

  async write(data: T): Promise<void> {
    const handle = await open(this.temporary, 'w', 0o600);
    try {
      await handle.writeFile(JSON.stringify(data, null, 2));
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rm(this.backup, { force: true });
    try {
      await link(this.file, this.backup);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      // No file yet (the first write), or a file system without hard links.
      if (code !== 'ENOENT') await copyFile(this.file, this.backup);
    }
    await rename(this.temporary, this.file);
    const dir = await open(dirname(this.file), 'r');
    try {
      await dir.sync();
    } finally {
      await dir.close();
    }
  }

  private problemOf(text: string): string | undefined {
    if (text.trim() === '') return 'is empty';
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (err) {
      return `is not valid JSON (${(err as Error).message})`;
    }
    return this.options.check?.(data);
  }

  /** What the operator can do about a broken file: restore the backup if it is good. */
  private advice(): string {
    const backupProblem = existsSync(this.backup) ? this.problemOf(readFileSync(this.backup, 'utf8')) : 'does not exist';
    if (!backupProblem) {
      return `Its previous version is kept in ${this.backup}: restore it with \`cp ${this.backup} ${this.file}\` (changes since that version are lost), then start again.`;
    }
    return `There is no good backup (${this.backup} ${backupProblem}): move ${this.file} away to start with no ${this.options.holds}.`;
  }
}
