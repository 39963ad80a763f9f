import { readdir, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, relative } from 'node:path';
import pMap from 'p-map';
import { HOST_LIMITS } from './notes/assets.ts';
import { OPEN_FILES } from './notes/files.ts';
import { mebibytes } from './notes/format.ts';

/**
 * Empties the output folder before a build, so a rebuild leaves exactly what a fresh build does.
 * Astro empties it too, but skips every top-level entry named `.`, `g`, `i` or `t` (it passes
 * `new Set('.git')`, a set of characters): the tag pages under `t/` of notes since unpublished,
 * deleted or retagged would stay online. Like Astro, a `.git` folder is kept.
 */
export async function emptyOutDir(dir: string) {
  const entries = await readdir(dir).catch(() => []);
  await Promise.all(
    entries.filter((name) => name !== '.git').map((name) => rm(join(dir, name), { recursive: true, force: true })),
  );
}

/**
 * Why a build cannot go into `outDir`, or undefined. Astro takes a folder whose path starts with
 * the working folder's, as text, for one inside the project (`../m-dist` beside a project in
 * `m/`), and then fails half-way, looking for its own packages there.
 */
export function outDirProblem(cwd: string, outDir: string): string | undefined {
  const path = outDir.replace(/[\\/]+$/, '');
  if (!path.startsWith(cwd) || !relative(cwd, path).startsWith('..')) return undefined;
  const elsewhere = join(dirname(cwd), 'site', basename(path));
  return `The output folder ${path} is outside the project, but its path starts with the project's (${cwd}); Astro cannot build there. Build into a folder inside the project (dist/) or one whose path does not start with the project's, such as ${elsewhere}.`;
}

/** What in a built site exceeds what the common static hosts accept (Cloudflare Pages' limits). */
export async function hostLimitProblems(dir: string, limits = HOST_LIMITS): Promise<string[]> {
  const files = (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
  const problems: string[] = [];
  if (files.length > limits.files)
    problems.push(
      `The site has ${files.length} files; some static hosts take at most ${limits.files} (Cloudflare Pages).`,
    );
  const sizes = await pMap(files, async (file) => [file, (await stat(file)).size] as const, {
    concurrency: OPEN_FILES,
  });
  for (const [file, size] of sizes) {
    if (size > limits.fileBytes)
      problems.push(
        `${file.slice(dir.length + 1)} is ${mebibytes(size)}; some static hosts take at most ${mebibytes(limits.fileBytes)} a file (Cloudflare Pages).`,
      );
  }
  return problems;
}
