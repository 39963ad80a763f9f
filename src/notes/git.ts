import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** A file's last commit: who and when (ISO with offset, as Git records it). */
export interface LastCommit {
  date: string;
  author: string;
}

export interface History {
  /** Path relative to the folder → its last commit that was not a bulk change. */
  commits: Map<string, LastCommit>;
  /** Bulk changes left out (an import or a reformat that touched most notes), newest first. */
  bulk: string[];
  /** Why there is none: not a Git folder, Git missing, or a shallow clone (whose dates would be wrong). */
  missing?: 'not-git' | 'shallow';
}

const git = (dir: string, args: string[]) =>
  run('git', ['-C', dir, '-c', 'core.quotePath=false', ...args], { maxBuffer: 1 << 30, encoding: 'utf8' });

/** A commit is a bulk change when it touched at least this many files, and most of the folder's. */
const BULK_FILES = 10;

/** The commits `.git-blame-ignore-revs` at the repository's root names (reformats, imports). */
async function ignoredRevisions(dir: string): Promise<Set<string>> {
  const root = (await git(dir, ['rev-parse', '--show-toplevel'])).stdout.trim();
  const text = await readFile(join(root, '.git-blame-ignore-revs'), 'utf8').catch(() => '');
  return new Set(
    text
      .split('\n')
      .map((line) => line.replace(/#.*/, '').trim())
      .filter(Boolean),
  );
}

/**
 * The last commit of every file under `dir`, from one `git log` over the whole folder (not one
 * process per file): commits come newest first, so a file's first appearance is its last change.
 * A bulk change (one that touched most of the folder's files, such as the commit that imported a
 * wiki, or one listed in `.git-blame-ignore-revs`) is nobody's edit of a note and is skipped: a
 * file it alone touched has no last commit, and its page shows the header's date.
 */
export async function readHistory(dir: string): Promise<History> {
  const commits = new Map<string, LastCommit>();
  const bulk: string[] = [];
  try {
    if ((await git(dir, ['rev-parse', '--is-shallow-repository'])).stdout.trim() === 'true')
      return { commits, bulk, missing: 'shallow' };
    const [{ stdout }, ignored] = await Promise.all([
      git(dir, ['log', '--format=%x00%H%x09%aI%x09%an', '--name-only', '--no-renames', '--relative', '--', '.']),
      ignoredRevisions(dir),
    ]);
    const log = stdout.split('\0').flatMap((entry) => {
      const [head, ...files] = entry.split('\n');
      const [hash, date, author] = (head ?? '').split('\t');
      return hash && date && author ? [{ hash, date, author, files: files.filter(Boolean) }] : [];
    });
    const all = new Set(log.flatMap((c) => c.files)).size;
    for (const { hash, date, author, files } of log) {
      const isBulk =
        [...ignored].some((rev) => hash.startsWith(rev)) || (files.length >= BULK_FILES && files.length > all / 2);
      if (isBulk) bulk.push(hash);
      else for (const file of files) if (!commits.has(file)) commits.set(file, { date, author });
    }
  } catch {
    return { commits, bulk, missing: 'not-git' };
  }
  return { commits, bulk };
}

/** Where `dir` is in its Git repository, as a prefix of its files' paths (`content/`, or '' at the root); undefined outside Git. */
export const repositoryPrefix = (dir: string): Promise<string | undefined> =>
  git(dir, ['rev-parse', '--show-prefix']).then(
    (r) => r.stdout.trim(),
    () => undefined,
  );

/**
 * Files under `dir` that differ from where the current branch left `ref` (their merge base), with
 * uncommitted and untracked files: what a pull request changes. Deleted files are included.
 */
export async function changedSince(dir: string, ref: string): Promise<string[]> {
  const base = await git(dir, ['merge-base', ref, 'HEAD']).then(
    (r) => r.stdout.trim(),
    () => ref,
  );
  const [changed, untracked] = await Promise.all([
    git(dir, ['diff', '--name-only', '--no-renames', '--relative', base, '--', '.']),
    git(dir, ['ls-files', '--others', '--exclude-standard', '--', '.']),
  ]);
  return [...new Set(`${changed.stdout}\n${untracked.stdout}`.split('\n').filter(Boolean))].sort();
}
