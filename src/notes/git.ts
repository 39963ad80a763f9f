import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** A file's last commit: who and when (ISO with offset, as Git records it). */
export interface LastCommit {
  date: string;
  author: string;
}

export interface History {
  /** Path relative to the folder → its last commit. */
  commits: Map<string, LastCommit>;
  /** Why there is none: not a Git folder, Git missing, or a shallow clone (whose dates would be wrong). */
  missing?: 'not-git' | 'shallow';
}

const git = (dir: string, args: string[]) =>
  run('git', ['-C', dir, '-c', 'core.quotePath=false', ...args], { maxBuffer: 1 << 30, encoding: 'utf8' });

/**
 * The last commit of every file under `dir`, from one `git log` over the whole folder (not one
 * process per file): commits come newest first, so a file's first appearance is its last change.
 */
export async function readHistory(dir: string): Promise<History> {
  const commits = new Map<string, LastCommit>();
  try {
    if ((await git(dir, ['rev-parse', '--is-shallow-repository'])).stdout.trim() === 'true')
      return { commits, missing: 'shallow' };
    const { stdout } = await git(dir, [
      'log',
      '--format=%x00%aI%x09%an',
      '--name-only',
      '--no-renames',
      '--relative',
      '--',
      '.',
    ]);
    for (const entry of stdout.split('\0')) {
      const [head, ...files] = entry.split('\n');
      const [date, author] = (head ?? '').split('\t');
      if (!date || !author) continue;
      for (const file of files) if (file && !commits.has(file)) commits.set(file, { date, author });
    }
  } catch {
    return { commits, missing: 'not-git' };
  }
  return { commits };
}

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
