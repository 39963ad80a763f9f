import { execFileSync, spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const header = (title: string) => `---\ntitle: ${title}\npublished: true\ndate: 2024-05-02T10:00:00.000Z\n---\n\n`;

/** Runs the check script on a folder, as CI would (`env` adds e.g. GITHUB_ACTIONS). */
const check = (dir: string, args: string[] = [], env: Record<string, string> = {}) => {
  const { GITHUB_ACTIONS: _, ...rest } = process.env;
  return spawnSync(process.execPath, [join(process.cwd(), 'scripts/check.ts'), dir, ...args], {
    cwd: process.cwd(),
    env: { ...rest, ...env },
    encoding: 'utf8',
  });
};

describe('npm run check in CI', () => {
  let repo: string;
  const notes = () => join(repo, 'notes');
  const write = async (file: string, text: string) => {
    await mkdir(join(notes(), file, '..'), { recursive: true });
    await writeFile(join(notes(), file), text);
  };
  beforeAll(async () => {
    repo = await mkdtemp(join(tmpdir(), 'minutes-pr-'));
    const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, stdio: 'pipe' });
    git('init', '-q', '-b', 'main');
    await write('plan.md', `${header('Plan')}The plan.\n`);
    await write('team/links-to-plan.md', `${header('Links')}See the [plan](/plan).\n`);
    await write('old.md', `${header('Old')}A [dead link](/nowhere) nobody touched.\n`);
    await write('gone.md', `${header('Gone')}Soon deleted.\n`);
    await write('uses-gone.md', `${header('Uses gone')}See [gone](./gone.md).\n`);
    git('add', '-A');
    git('-c', 'user.name=T', '-c', 'user.email=t@example.org', 'commit', '-q', '-m', 'base');
    git('checkout', '-q', '-b', 'pr');
    // The pull request: a new broken note, an edited note, a deleted note.
    await write('meeting-notes/2024-05/new.md', '---\ntitle: New\npublished: yes\ndate: 2024-13-01\n---\n\nBody.\n');
    await write('plan.md', `${header('Plan')}The plan, revised.\n`);
    await rm(join(notes(), 'gone.md'));
  });

  it('--changed checks what changed since a ref and what links to it, not the rest', () => {
    const result = check(notes(), ['--changed', 'main', '--format', 'json']);
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout) as { diagnostics: { file: string; line: number; code: string }[] };
    expect(report.diagnostics.map((d) => `${d.file}:${d.line} ${d.code}`)).toEqual([
      'meeting-notes/2024-05/new.md:3 frontmatter/published',
      'meeting-notes/2024-05/new.md:4 frontmatter/date',
      'uses-gone.md:7 link/broken',
    ]);
    // The untouched note's dead link is left for a full check.
    expect(check(notes(), ['--format', 'json']).stdout).toContain('"file": "old.md"');
    expect(check(notes(), ['--changed', 'main']).stdout).toMatch(
      /\nChecked 4 notes changed since main, or linking to one, in \S+: 2 errors, 1 warning\n$/,
    );
  });

  it('prints paths relative to the notes folder, then how many notes it checked', () => {
    const result = check(notes());
    // Not `../../tmp/…/notes/meeting-notes/…`: the path an editor opened on the notes folder has.
    expect(result.stdout).toMatch(/^meeting-notes\/2024-05\/new\.md:3:1 {2}error/m);
    expect(result.stdout).toMatch(/^old\.md:7:\d+ {2}warning/m);
    expect(result.stdout).not.toMatch(/^\.\.\//m);
    expect(result.stdout.trimEnd().split('\n').at(-1)).toBe(`Checked 5 notes in ${notes()}: 2 errors, 2 warnings`);
    // The JSON keeps its fields and adds how many notes were checked.
    expect(JSON.parse(check(notes(), ['--format', 'json']).stdout)).toMatchObject({
      notes: 4,
      checked: 5,
      errors: 2,
      warnings: 2,
      diagnostics: expect.arrayContaining([expect.objectContaining({ file: 'old.md', line: 7 })]),
    });
    expect(JSON.parse(check(notes(), ['--changed', 'main', '--format', 'json']).stdout)).toMatchObject({ checked: 4 });
  });

  it('writes GitHub annotations on the broken lines when run under GitHub Actions', () => {
    const result = check(notes(), ['--changed', 'main'], { GITHUB_ACTIONS: 'true' });
    expect(result.status).toBe(1);
    const lines = result.stdout.split('\n');
    // The path from the repository's root (the notes are in its notes/ folder), where GitHub looks
    // for the file in the pull request's diff, wherever the check runs from.
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^::error file=notes\/meeting-notes\/2024-05\/new\.md,line=3,col=1,title=frontmatter\/published::"published" must be true, false, 1 or 0\.%0AWrite "published: true"/,
      ),
    );
    expect(
      lines.some((l) => l.startsWith('::error') && l.includes('line=4') && l.includes('title=frontmatter/date')),
    ).toBe(true);
  });

  it('writes annotations relative to the notes folder when it is not in Git', async () => {
    const plain = await mkdtemp(join(tmpdir(), 'minutes-no-git-'));
    await mkdir(join(plain, 'team'));
    await writeFile(join(plain, 'team/links.md'), `${header('Links')}A [dead link](/nowhere).\n`);
    const result = check(plain, ['--format', 'github']);
    expect(result.stdout).toMatch(/^::warning file=team\/links\.md,line=7,/m);
  });

  it('exits 2 on a ref Git does not know', () => {
    const result = check(notes(), ['--changed', 'no-such-branch']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Cannot compare with "no-such-branch"');
  });
});
