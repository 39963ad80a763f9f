import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const importer = (args: string[]) => spawnSync(process.execPath, ['scripts/import.ts', ...args], { encoding: 'utf8' });
const check = (dir: string) =>
  spawnSync(process.execPath, ['scripts/check.ts', dir, '--format', 'json'], { encoding: 'utf8' });

async function files(dir: string, tree: Record<string, string>) {
  for (const [file, text] of Object.entries(tree)) {
    await mkdir(join(dir, file, '..'), { recursive: true });
    await writeFile(join(dir, file), text);
  }
  return dir;
}
const temp = (name: string) => mkdtemp(join(tmpdir(), `minutes-import-${name}-`));

// A GitBook page exported as text, as GitBook writes it: furniture lines, and lines broken where
// inline code and links were (a fictional page).
const GITBOOK = `Deploying the map tiles
Last updated
Was this helpful?
Last updated 3 months ago
Was this helpful?
Tiles are rebuilt every night. Read the runbook first and ask in the ops channel before you start.
Run the tile build on the
build-01
host
Copy the output to the
tiles/
bucket ()
Purge the CDN cache
Tell the team in the channel`;

describe('npm run import', () => {
  it('turns a GitBook export into a clean, valid note, writing only with --write', async () => {
    const source = await files(await temp('gb'), { 'tile-deploys.gitbook-export.txt': GITBOOK });
    const out = await temp('gb-out');
    const dry = importer([join(source, 'tile-deploys.gitbook-export.txt'), '--out', out]);
    expect(dry.status).toBe(0);
    expect(dry.stdout).toMatch(
      /^create {2}\S*deploying-the-map-tiles\.md \(from \S*tile-deploys\.gitbook-export\.txt\)\n {8}title "Deploying the map tiles" from the first line; removed 4 lines of GitBook furniture; joined 4 lines/m,
    );
    expect(dry.stdout).toContain('Dry run: nothing was written.');
    expect(await readdir(out)).toEqual([]);

    expect(importer([join(source, 'tile-deploys.gitbook-export.txt'), '--out', out, '--write']).status).toBe(0);
    // Named from its title, as `npm run new` names notes: the export's file name is GitBook's.
    expect(await readdir(out)).toEqual(['deploying-the-map-tiles.md']);
    const note = await readFile(join(out, 'deploying-the-map-tiles.md'), 'utf8');
    expect(note).toMatch(
      /^---\ntitle: Deploying the map tiles\ndescription: \npublished: true\ndate: \S+Z\ntags: \neditor: markdown\ndateCreated: \S+Z\n---\n/,
    );
    expect(note).not.toMatch(/Last updated|Was this helpful|\(\)/);
    expect(note).toContain(
      '- Run the tile build on the build-01 host\n- Copy the output to the tiles/ bucket\n- Purge the CDN cache',
    );
    expect(JSON.parse(check(out).stdout)).toMatchObject({ errors: 0, warnings: 0, notes: 1 });
  });

  it('turns a folder of GitBook exports into .md notes named from their titles, with or without --from', async () => {
    const other = GITBOOK.replace('Tiles are rebuilt every night.', 'Tiles are checked every morning.');
    const source = await files(await temp('gb-folder'), {
      'tile-deploys.gitbook-export.txt': GITBOOK,
      'ops/Tiles Again.txt': GITBOOK.replace('Deploying the map tiles', 'Rolling back tiles'),
      'ops/same-title.txt': other.replace('Deploying the map tiles', 'Rolling back tiles'),
      'ops/readme.txt': 'Plain text, not a GitBook page.\n',
    });
    for (const from of [['--from', 'gitbook'], []]) {
      const out = await temp('gb-folder-out');
      const result = importer([source, '--out', out, '--write', ...from]);
      expect(result.status, result.stdout).toBe(0);
      expect((await readdir(out, { recursive: true })).sort()).toEqual(
        [
          'deploying-the-map-tiles.md',
          'ops',
          'ops/rolling-back-tiles.md',
          // Two pages of one title in one folder: the second is numbered, never written over the first.
          'ops/rolling-back-tiles-2.md',
          // A text file that is no GitBook page is an attachment, unless --from gitbook says it is one.
          from.length ? 'ops/plain-text-not-a-gitbook-page.md' : 'ops/readme.txt',
        ].sort(),
      );
      expect(JSON.parse(check(out).stdout)).toMatchObject({ errors: 0, notes: from.length ? 4 : 3 });
    }
  });

  it('gives plain Markdown a header: title from its heading or file name, date from its name', async () => {
    const source = await files(await temp('md'), {
      '2024-03-04-retro.md': '# Spring retro\n\nWhat went well.\n',
      'ideas/loose-ideas.md': 'No heading here.\n',
    });
    const out = await temp('md-out');
    expect(importer([source, '--out', out, '--write']).status).toBe(0);
    const retro = await readFile(join(out, '2024-03-04-retro.md'), 'utf8');
    expect(retro).toMatch(
      /^---\ntitle: Spring retro\n[\s\S]*date: 2024-03-04T00:00:00.000Z\n[\s\S]*---\n\nWhat went well.\n$/,
    );
    expect(await readFile(join(out, 'ideas/loose-ideas.md'), 'utf8')).toMatch(/^---\ntitle: Loose ideas\n/);
    expect(JSON.parse(check(out).stdout)).toMatchObject({ errors: 0, notes: 2 });
  });

  it('copies a Wiki.js tree, normalising only the headers that need it, and never overwrites', async () => {
    const header = (title: string, date: string) =>
      `---\ntitle: ${title}\ndescription: \npublished: true\ndate: ${date}\ntags: \neditor: markdown\ndateCreated: 2024-01-01T00:00:00.000Z\n---\n`;
    const clean = `${header('Clean page', '2024-02-01T00:00:00.000Z')}\nBody.\n`;
    const source = await files(await temp('wiki'), {
      'clean.md': clean,
      'stacked.md': `${header('Plan: phase 2', '2024-03-01T00:00:00.000Z')}\n${header('Plan: phase 2', '2024-02-01T00:00:00.000Z')}\nThe plan.\n`,
      'assets/diagram.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
    });
    const out = await files(await temp('wiki-out'), { 'clean.md': clean, 'stacked.md': 'Someone else’s note.\n' });

    const dry = importer([source, '--out', out]);
    expect(dry.stdout).toContain('same    ');
    expect(dry.stdout).toMatch(/exists {2}\S*stacked\.md: a different file is there; left alone/);
    expect(dry.status).toBe(1);

    const result = importer([source, '--out', out, '--write']);
    expect(result.status).toBe(1);
    expect(await readFile(join(out, 'stacked.md'), 'utf8')).toBe('Someone else’s note.\n');
    expect(existsSync(join(out, 'assets/diagram.svg'))).toBe(true);

    expect(importer([source, '--out', out, '--write', '--overwrite']).status).toBe(0);
    expect(await readFile(join(out, 'stacked.md'), 'utf8')).toBe(
      `${header('"Plan: phase 2"', '2024-03-01T00:00:00.000Z')}\nThe plan.\n`,
    );
    expect(await readFile(join(out, 'clean.md'), 'utf8')).toBe(clean);
    expect(JSON.parse(check(out).stdout)).toMatchObject({ errors: 0, warnings: 0 });
  });

  // The real GitBook export beside the project, when it is there (CI links it in).
  it.runIf(existsSync('../shared/seeds/moped-release-process.gitbook-export.txt'))(
    'imports the GitBook seed as a clean, valid note',
    async () => {
      const out = await temp('seed');
      expect(
        importer(['../shared/seeds/moped-release-process.gitbook-export.txt', '--out', out, '--write']).status,
      ).toBe(0);
      const note = await readFile(join(out, 'release-process.md'), 'utf8');
      expect(note).toMatch(/^---\ntitle: Release process\n/);
      expect(note).not.toMatch(/Last updated|Was this helpful/);
      expect(JSON.parse(check(out).stdout)).toMatchObject({ errors: 0, warnings: 0, notes: 1 });
    },
  );
});
