import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

const astro = join('node_modules', 'astro', 'bin', 'astro.mjs');
/** Fixture config: a project subpath (base `/minutes`) and the fixture wiki's own host. */
export const FIXTURE_CONFIG = 'tests/fixtures/astro.config.mjs';

/**
 * The environment without what Vitest adds (NODE_ENV=test, MODE, BASE_URL, VITEST…): Astro run
 * as a child reads them and builds or serves something else than a user would get.
 */
export function userEnv(): NodeJS.ProcessEnv {
  const vitest = /^(NODE_ENV|TEST|MODE|BASE_URL|DEV|PROD|SSR|VITEST.*)$/;
  return {
    ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !vitest.test(k))),
    ASTRO_TELEMETRY_DISABLED: '1',
    NO_COLOR: '1',
  };
}

/**
 * Runs `astro build` with the fixture config into a fresh temp folder, or into `outDir`: a build
 * into the folder of an earlier build of the same notes folder is incremental.
 */
export async function buildSite(notesDir: string, outDir?: string) {
  outDir ??= join(await mkdtemp(join(tmpdir(), 'minutes-dist-')), 'dist');
  const result = spawnSync(process.execPath, [astro, 'build', '--config', FIXTURE_CONFIG, '--outDir', outDir], {
    env: { ...userEnv(), MINUTES_NOTES_DIR: notesDir, MINUTES_TEST_CACHE_DIR: join(outDir, '..', 'astro-cache') },
    encoding: 'utf8',
  });
  return { outDir, status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** Where a build into `outDir` keeps Astro's cache, with the pages an incremental build copies. */
export const pageCacheDir = (outDir: string) => join(outDir, '..', 'astro-cache', 'dist');

export async function allFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

/** A file's text as a reader of the site could get it: Pagefind's `.pf_*` files are gzipped. */
export async function readText(file: string) {
  const bytes = await readFile(file);
  return (/\.pf_\w+$/.test(file) ? gunzipSync(bytes) : bytes).toString('utf8');
}
