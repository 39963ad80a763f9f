import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { allFiles, FIXTURE_CONFIG, userEnv } from '../build-site.ts';
import { header, leftOut, leftOutFolder, refusedFolder, refusedLines, writeFolder } from '../hostile/folders.ts';

const astro = join('node_modules', 'astro', 'bin', 'astro.mjs');
const env = (notes: string) => ({ ...userEnv(), MINUTES_NOTES_DIR: notes, MINUTES_CACHE_DIR: 'off' });
const build = (notes: string, outDir: string, extra: NodeJS.ProcessEnv = {}) =>
  spawnSync(process.execPath, [astro, 'build', '--config', FIXTURE_CONFIG, '--outDir', outDir], {
    env: { ...env(notes), ...extra },
    encoding: 'utf8',
  });
const check = (notes: string, extra: string[] = []) =>
  spawnSync(process.execPath, ['scripts/check.ts', notes, '--config', FIXTURE_CONFIG, '--format', 'json', ...extra], {
    env: env(notes),
    encoding: 'utf8',
  });

interface Report {
  diagnostics: { file: string; line: number; severity: string; code: string; message: string; hint?: string }[];
}

const temp = (name: string) => mkdtemp(join(tmpdir(), `minutes-${name}-`));

describe('a notes folder that claims what is not a note’s to claim', () => {
  let notes: string;
  beforeAll(async () => {
    notes = await temp('refused');
    await writeFolder(notes, refusedFolder);
  });

  it('is an error at every file in check, in one run, each with a hint', () => {
    const result = check(notes);
    expect(result.status).toBe(1);
    const { diagnostics } = JSON.parse(result.stdout) as Report;
    const errors = diagnostics.filter((d) => d.severity === 'error');
    const cafe = ['caf\u00e9.md', 'cafe\u0301.md'];
    const expected = Object.keys(refusedFolder).filter((f) => f !== 'home.md' && f !== 'plan.md' && !cafe.includes(f));
    for (const file of expected) {
      const found = errors.filter((d) => d.file === file);
      expect(found, file).not.toEqual([]);
      expect(found[0]!.line, file).toBe(refusedLines[file] ?? 1);
      expect(found[0]!.hint, file).toBeTruthy();
    }
    // café written two ways is one URL: the second of the two is the collision.
    expect(errors.filter((d) => cafe.includes(d.file)).map((d) => d.code)).toEqual(['path/collision']);
    // The publication keys are named in their messages.
    expect(errors.find((d) => d.file === 'keys/capital.md')?.message).toContain('"Published"');
    expect(errors.find((d) => d.file === 'keys/zero-width.md')?.message).toContain('pub\\u200blished');
  });

  it('stops the build with the same errors, writing nothing', async () => {
    const outDir = join(await temp('refused-out'), 'dist');
    const result = build(notes, outDir);
    expect(result.status).toBe(1);
    const output = result.stdout + result.stderr;
    for (const file of ['_astro/search-trigger.js', '_Astro.md', 'keys/twice.md', '100%.md'])
      expect(output).toContain(file);
    expect(output).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/); // no stack trace
    expect(existsSync(outDir)).toBe(false);
  });

  it('a notes folder that is not there stops the build with one line, no stack trace', async () => {
    const result = build(join(notes, 'no-such-folder'), join(await temp('missing-out'), 'dist'));
    expect(result.status).toBe(1);
    expect(result.stdout + result.stderr).toMatch(/Cannot read the notes folder .*no-such-folder \(ENOENT\)/);
    expect(result.stdout + result.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('attachments a browser would run, and hosting files', () => {
  let notes: string;
  let outDir: string;
  let built: ReturnType<typeof build>;
  let timings: string;
  beforeAll(async () => {
    notes = await temp('left-out');
    await writeFolder(notes, leftOutFolder);
    outDir = join(await temp('left-out-out'), 'dist');
    timings = join(await temp('timings'), 'timings.json');
    built = build(notes, outDir, { MINUTES_TIMINGS: timings });
  });

  it('are left out with a warning each in check, and the rest passes', () => {
    const result = check(notes);
    expect(result.status).toBe(0);
    const { diagnostics } = JSON.parse(result.stdout) as Report;
    const warned = new Set(diagnostics.filter((d) => d.severity === 'warning').map((d) => d.file));
    for (const file of [...leftOut, 'assets/diagram.svg']) expect(warned, file).toContain(file);
  });

  it('are not in the built site; the SVG is there without its script', async () => {
    expect(built.status, built.stdout + built.stderr).toBe(0);
    for (const file of leftOut) expect(existsSync(join(outDir, file)), file).toBe(false);
    expect(await readFile(join(outDir, 'assets/photo.png'), 'utf8')).toBe(leftOutFolder['assets/photo.png']);
    const svg = await readFile(join(outDir, 'assets/diagram.svg'), 'utf8');
    expect(svg).toContain('<rect');
    expect(svg).not.toMatch(/script|onload|pwned/i);
  });

  it('a build writes its timings as data for the benchmark', async () => {
    const figures = JSON.parse(await readFile(timings, 'utf8')) as Record<string, unknown>;
    expect(Object.keys(figures).sort()).toEqual(['loadSeconds', 'pagesSeconds', 'searchWaitSeconds']);
    for (const value of Object.values(figures)) expect(value).toBeTypeOf('number');
  });
});

describe('a rebuild into the same folder', () => {
  it('leaves exactly what a build into an empty folder leaves', async () => {
    const notes = await temp('rebuild');
    await writeFolder(notes, {
      'home.md': `${header('Home')}Home.\n`,
      'a/kept.md': `${header('Kept')}Kept.\n`,
      'a/unpublished-later.md': `${header('Secret later', 'tags: secret-tag\n')}Soon private.\n`,
      'a/deleted-later.md': `${header('Deleted later', 'tags: gone-tag\n')}Soon gone.\n`,
      'a/retagged-later.md': `${header('Retagged later', 'tags: old-tag\n')}Soon retagged.\n`,
    });
    const outDir = join(await temp('rebuild-out'), 'dist');
    expect(build(notes, outDir).status).toBe(0);
    expect(existsSync(join(outDir, 't', 'old-tag'))).toBe(true);

    await writeFile(
      join(notes, 'a/unpublished-later.md'),
      `${header('Secret later', 'tags: secret-tag\n').replace('published: true', 'published: false')}Private now.\n`,
    );
    await rm(join(notes, 'a/deleted-later.md'));
    await writeFile(
      join(notes, 'a/retagged-later.md'),
      `${header('Retagged later').replace('tags: hostile', 'tags: new-tag')}Retagged.\n`,
    );
    await writeFile(join(outDir, 'stray.txt'), 'left by someone');
    const rebuilt = build(notes, outDir);
    expect(rebuilt.status, rebuilt.stderr).toBe(0);
    const freshDir = join(await temp('fresh-out'), 'dist');
    expect(build(notes, freshDir).status).toBe(0);

    const list = async (dir: string) => (await allFiles(dir)).map((f) => f.slice(dir.length + 1)).sort();
    const files = await list(outDir);
    expect(files).toEqual(await list(freshDir));
    for (const file of files)
      expect(await readFile(join(outDir, file)), file).toEqual(await readFile(join(freshDir, file)));
    const text = (
      await Promise.all(
        files.filter((f) => f.endsWith('.html') || f.endsWith('.json')).map((f) => readFile(join(outDir, f), 'utf8')),
      )
    ).join('\n');
    expect(text).not.toMatch(/Secret later|secret-tag|Deleted later|gone-tag|old-tag/);
  }, 300_000);
});

describe('builds at once, and interrupted builds', () => {
  const staging = async (pid: number) =>
    (await readdir(tmpdir())).filter((name) => name.startsWith(`minutes-search-${pid}-`));

  it('two builds in one project both succeed (the second waits) and leave no temp folder', async () => {
    const notes = await temp('twice');
    await writeFolder(notes, { 'home.md': `${header('Home')}Home.\n`, 'a.md': `${header('A')}A.\n` });
    const run = (outDir: string) =>
      new Promise<{ status: number | null; pid: number; output: string }>((done) => {
        const child = spawn(process.execPath, [astro, 'build', '--config', FIXTURE_CONFIG, '--outDir', outDir], {
          env: env(notes),
        });
        let output = '';
        child.stdout.on('data', (d) => (output += d));
        child.stderr.on('data', (d) => (output += d));
        child.on('close', (status) => done({ status, pid: child.pid!, output }));
      });
    const [one, two] = await Promise.all([
      run(join(await temp('twice-1'), 'dist')),
      run(join(await temp('twice-2'), 'dist')),
    ]);
    expect(one.status, one.output).toBe(0);
    expect(two.status, two.output).toBe(0);
    expect(one.output + two.output).toContain('Another build is running in this project');
    expect([...(await staging(one.pid)), ...(await staging(two.pid))]).toEqual([]);
    // Released at exit: the next build need not wait for it to go stale.
    expect(existsSync(join('.astro', 'minutes-build.lock'))).toBe(false);
  }, 240_000);

  it('a build stopped with Ctrl+C removes its search folder', async () => {
    const notes = await temp('interrupted');
    await writeFolder(
      notes,
      Object.fromEntries(
        Array.from({ length: 300 }, (_, i) => [
          `n${i}.md`,
          `${header(`Note ${i}`)}${'Words of a note. '.repeat(200)}\n`,
        ]),
      ),
    );
    const child = spawn(
      process.execPath,
      [astro, 'build', '--config', FIXTURE_CONFIG, '--outDir', join(await temp('interrupted-out'), 'dist')],
      { env: env(notes), stdio: 'ignore' },
    );
    await expect.poll(async () => (await staging(child.pid!)).length, { timeout: 120_000, interval: 50 }).toBe(1);
    const closed = new Promise((done) => child.on('close', done));
    child.kill('SIGINT');
    await closed;
    expect(await staging(child.pid!)).toEqual([]);
  }, 180_000);
});

describe('large folders', () => {
  it('are read with a bounded number of open files', async () => {
    const notes = await temp('many');
    await writeFolder(
      notes,
      Object.fromEntries(Array.from({ length: 3000 }, (_, i) => [`n/${i}.md`, `${header(`Note ${i}`)}Body.\n`])),
    );
    const result = spawnSync(
      'bash',
      ['-c', `ulimit -n 256 && exec "${process.execPath}" scripts/check.ts "${notes}" --format json`],
      { env: { ...env(notes) }, encoding: 'utf8' },
    );
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).not.toContain('file/unreadable');
  });

  it('refuse a note over the size limit with an error instead of rendering it', async () => {
    const notes = await temp('huge');
    await writeFolder(notes, {
      'home.md': `${header('Home')}Home.\n`,
      'huge.md': `${header('Huge')}${'- item\n'.repeat(700_000)}`,
    });
    const result = check(notes);
    expect(result.status).toBe(1);
    const { diagnostics } = JSON.parse(result.stdout) as Report;
    expect(diagnostics.map((d) => `${d.file} ${d.code}`)).toEqual(['huge.md file/too-large']);
  });
});
