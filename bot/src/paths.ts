import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The repository root: the nearest folder above this file with Guildhall's package.json. The same
 * code runs from bot/src (tests, tsx) and from dist/bot/src (npm start), at different depths.
 */
export function projectRoot(from: string = __dirname): string {
  let dir = from;
  for (;;) {
    const candidate = join(dir, 'package.json');
    if (
      existsSync(candidate) &&
      (JSON.parse(readFileSync(candidate, 'utf8')) as { name?: string }).name === 'guildhall'
    ) {
      return dir;
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error('Cannot find the Guildhall package.json above ' + from);
    dir = parent;
  }
}

/** Guildhall's version, from package.json. */
export function appVersion(): string {
  return (JSON.parse(readFileSync(join(projectRoot(), 'package.json'), 'utf8')) as { version: string })
    .version;
}

/** Where `npm run build:tab` writes the tab. */
export function builtTabDir(): string {
  return join(projectRoot(), 'dist', 'tab');
}
