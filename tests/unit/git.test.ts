import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readHistory } from '../../src/notes/git.ts';

/** A Git repository whose notes live in `notes/`, with commits at fixed times by named people. */
async function repository() {
  const root = await mkdtemp(join(tmpdir(), 'minutes-git-'));
  const git = (args: string[], env: Record<string, string> = {}) =>
    execFileSync('git', args, { cwd: root, env: { ...process.env, ...env }, stdio: 'pipe', encoding: 'utf8' });
  const commit = async (files: Record<string, string>, author: string, date: string) => {
    for (const [file, text] of Object.entries(files)) {
      await mkdir(join(root, file, '..'), { recursive: true });
      await writeFile(join(root, file), text);
    }
    git(['add', '-A']);
    const env = {
      GIT_AUTHOR_NAME: author,
      GIT_AUTHOR_EMAIL: 'a@example.org',
      GIT_AUTHOR_DATE: date,
      GIT_COMMITTER_NAME: author,
      GIT_COMMITTER_EMAIL: 'a@example.org',
      GIT_COMMITTER_DATE: date,
    };
    git(['commit', '-q', '-m', 'notes'], env);
  };
  git(['init', '-q']);
  await commit(
    { 'notes/a.md': 'a', 'notes/sub/b ü.md': 'b', 'README.md': 'outside' },
    'Ana Example',
    '2024-01-02T10:00:00+01:00',
  );
  await commit({ 'notes/a.md': 'a2' }, 'Bo', '2024-03-04T09:30:00Z');
  await commit({ 'README.md': 'outside again' }, 'Cy', '2024-05-06T00:00:00Z');
  return { root, commit, git };
}

describe('readHistory', () => {
  let root: string;
  beforeAll(async () => {
    root = (await repository()).root;
  });

  it('gives each file its last commit, with paths relative to the notes folder', async () => {
    const { commits, missing } = await readHistory(join(root, 'notes'));
    expect(missing).toBeUndefined();
    expect(Object.fromEntries(commits)).toEqual({
      'a.md': { date: '2024-03-04T09:30:00+00:00', author: 'Bo' },
      'sub/b ü.md': { date: '2024-01-02T10:00:00+01:00', author: 'Ana Example' },
    });
  });

  it('has nothing, and says why, for a folder outside Git or a shallow clone', async () => {
    expect(await readHistory(await mkdtemp(join(tmpdir(), 'minutes-nogit-')))).toEqual({
      commits: new Map(),
      bulk: [],
      missing: 'not-git',
    });
    const shallow = join(await mkdtemp(join(tmpdir(), 'minutes-shallow-')), 'clone');
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${root}`, shallow], { stdio: 'pipe' });
    expect(await readHistory(join(shallow, 'notes'))).toEqual({ commits: new Map(), bulk: [], missing: 'shallow' });
  });
});

describe('readHistory and bulk commits', () => {
  it('takes no commit that touched most notes at once, nor one listed in .git-blame-ignore-revs, as a note’s edit', async () => {
    const { root, commit, git } = await repository();
    const many = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`notes/n${i}.md`, `n${i}`]));
    await commit(many, 'Importer', '2024-06-01T00:00:00Z');
    await commit({ 'notes/n1.md': 'edited' }, 'Dee', '2024-07-01T00:00:00Z');
    await commit({ 'notes/n2.md': 'reformatted', 'notes/a.md': 'reformatted' }, 'Bot', '2024-08-01T00:00:00Z');
    const reformat = git(['rev-parse', 'HEAD']).trim();
    await writeFile(join(root, '.git-blame-ignore-revs'), `# reformat\n${reformat}\n`);
    const { commits, bulk } = await readHistory(join(root, 'notes'));
    expect(bulk).toHaveLength(2);
    expect(bulk[0]).toBe(reformat);
    // Edited after the import: its own commit. Only imported: none, the header's date is used.
    expect(commits.get('n1.md')).toEqual({ date: '2024-07-01T00:00:00+00:00', author: 'Dee' });
    expect(commits.has('n2.md')).toBe(false);
    expect(commits.has('n3.md')).toBe(false);
    // Its last commit before the two bulk ones.
    expect(commits.get('a.md')).toEqual({ date: '2024-03-04T09:30:00+00:00', author: 'Bo' });
  });
});
