import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
/** The project root, whether running from `src/` (tests) or compiled `dist/src/`. */
export const PROJECT_ROOT = here.includes(`${sep}dist${sep}`) ? resolve(here, '../../..') : resolve(here, '../..');
export const PUBLIC_DIR = join(PROJECT_ROOT, 'public');
