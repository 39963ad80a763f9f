import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/notes/corpus.ts';
import { searchRecords } from '../../src/notes/search.ts';
import { optionsFor } from '../options.ts';

const run = (script: string, args: string[], notes: string) =>
  spawnSync(process.execPath, [`scripts/${script}.ts`, ...args], {
    env: { ...process.env, MINUTES_NOTES_DIR: notes },
    encoding: 'utf8',
  });

describe('npm run new', () => {
  it('writes a note that passes check and shows up in every index, and never overwrites it', async () => {
    const notes = await mkdtemp(join(tmpdir(), 'minutes-new-'));
    const first = run(
      'new',
      ['Design review', '--date', '2024-05-02', '--attendees', 'Ana, Bo', '--series', 'Design review'],
      notes,
    );
    expect(first.status, first.stderr).toBe(0);
    const file = join(notes, 'meeting-notes/2024-05/2024-05-02-design-review.md');
    expect(first.stdout.trim().endsWith('meeting-notes/2024-05/2024-05-02-design-review.md')).toBe(true);

    const check = run('check', ['--strict'], notes);
    expect(check.status, check.stdout).toBe(0);

    const corpus = await loadCorpus(optionsFor(notes));
    const { indexes } = corpus;
    expect(indexes.meetings.map((m) => [m.note.id, m.date])).toEqual([
      ['meeting-notes/2024-05/2024-05-02-design-review', '2024-05-02'],
    ]);
    expect(indexes.people.map((p) => p.name)).toEqual(['Ana', 'Bo']);
    expect(indexes.series.map((s) => s.name)).toEqual(['Design review']);
    expect(indexes.years.map((y) => y.months.map((m) => m.month))).toEqual([['2024-05']]);
    expect(searchRecords(corpus.notes, indexes, '/').map((r) => r.url)).toEqual([
      '/meeting-notes/2024-05/2024-05-02-design-review/',
    ]);

    const before = await readFile(file, 'utf8');
    const again = run('new', ['Design review', '--date', '2024-05-02'], notes);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('already exists; it was left as it was');
    expect(await readFile(file, 'utf8')).toBe(before);
  });

  it('writes to an absolute --dir as given, and says when that is outside the notes folder', async () => {
    const notes = await mkdtemp(join(tmpdir(), 'minutes-new-notes-'));
    const elsewhere = await mkdtemp(join(tmpdir(), 'minutes-new-elsewhere-'));
    const outside = run('new', ['Review', '--date', '2024-05-02', '--dir', join(elsewhere, 'meeting-notes')], notes);
    expect(outside.status, outside.stderr).toBe(0);
    const file = join(elsewhere, 'meeting-notes/2024-05/2024-05-02-review.md');
    expect(outside.stdout.trim()).toBe(file);
    expect(existsSync(file)).toBe(true);
    // Not nested under the notes folder (`<notes>/tmp/…`), which was never what the author meant.
    expect(await readdir(notes)).toEqual([]);
    expect(outside.stderr).toContain('outside the notes folder');

    const inside = run('new', ['Review', '--date', '2024-05-02', '--dir', join(notes, 'meeting-notes')], notes);
    expect(inside.status, inside.stderr).toBe(0);
    expect(inside.stderr).toBe('');
    expect(existsSync(join(notes, 'meeting-notes/2024-05/2024-05-02-review.md'))).toBe(true);
  });

  it('refuses a date that is not a day, and a missing title', () => {
    expect(run('new', ['Sync', '--date', '2024-02-30'], tmpdir())).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('not a day'),
    });
    expect(run('new', [], tmpdir())).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('Give the meeting a title'),
    });
  });
});
