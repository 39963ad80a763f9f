import { createHash } from 'node:crypto';
import { resolve } from 'node:path';

/**
 * Astro's cache folder for a build of `notesPath` into `outDir` (its content store and the pages an
 * incremental build copies instead of rendering): one per notes folder and output folder, so two
 * builds of different notes never reuse or race on each other's pages.
 */
export function buildCacheDir(root: URL, notesPath: string, outDir: string): URL {
  const key = createHash('sha256')
    .update(`${resolve(notesPath)}\0${resolve(outDir)}`)
    .digest('hex');
  return new URL(`node_modules/.astro/minutes-${key.slice(0, 16)}/`, root);
}
