import { chmodSync, lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** A problem with DATA_DIR or a file in it that the operator must fix; the message says how. */
export class DataDirError extends Error {
  override name = 'DataDirError';
}

const octal = (mode: number) => (mode & 0o7777).toString(8).padStart(4, '0');

/**
 * DATA_DIR holds the generated secrets, the sealed webhook URLs, their key, and every event
 * body: only the bridge's own user may read it. Called at start, before any store opens, so a
 * directory created earlier with a looser umask is closed too: the directory becomes 0700 and
 * each file in it loses every group and other permission (the stores create theirs 0600).
 * Throws DataDirError when that cannot be done.
 */
export function secureDataDir(dir: string): void {
  const stat = lstatSync(dir);
  // A shared directory such as /tmp is not the bridge's to close.
  if (stat.mode & 0o1000) {
    throw new DataDirError(`DATA_DIR ${dir} is a shared directory (sticky bit, mode ${octal(stat.mode)}): give the bridge a directory of its own`);
  }
  restrict(dir, 'DATA_DIR', () => 0o700);
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    // Symbolic links are skipped: chmod would follow them to a file outside DATA_DIR. Files keep
    // their owner's bits (a script stays executable); only group and others lose theirs.
    if (entry.isFile()) restrict(join(dir, entry.name), 'data file', (mode) => mode & 0o700);
  }
}

function restrict(path: string, what: string, wanted: (mode: number) => number): void {
  const mode = lstatSync(path).mode & 0o777;
  const target = wanted(mode);
  if (mode === target) return;
  try {
    chmodSync(path, target);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
    throw new DataDirError(
      `${what} ${path} is readable by other users (mode ${octal(mode)}) and cannot be made private (chmod ${octal(target)}: ${code}): ` +
        `fix its owner or permissions, or set DATA_DIR to a directory of the bridge's own user`,
    );
  }
  const after = lstatSync(path).mode & 0o777;
  if (after !== target) {
    throw new DataDirError(
      `${what} ${path} stays readable by other users (mode ${octal(after)}): its file system ignores permissions; set DATA_DIR to a directory on one that keeps them`,
    );
  }
}
