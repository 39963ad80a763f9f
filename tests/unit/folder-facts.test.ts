import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/notes/corpus.ts';
import { optionsFor } from '../options.ts';

const NOTES: Record<string, string> = {
  'team/2024-05-02-sync.md': '---\ntitle: 2024-05-02 Sync\n---\nAttendees: Ana, Bo\n',
  'team/2024-05-09.md': '---\ntitle: 2024-05-09\n---\n## Agenda\n- Budget\n',
  'plans/2024-06-01-release-plan.md': '---\ntitle: 2024-06-01 Release plan\n---\nShip the beta.\n',
  'plans/async-recall.md': '---\ntitle: Async recall ideas\n---\nIdeas.\n',
  'people/roster.md': '---\ntitle: Roster\n---\nAttendees: Ana, Bo\n',
};

async function folder() {
  const dir = await mkdtemp(join(tmpdir(), 'minutes-kinds-'));
  for (const [file, text] of Object.entries(NOTES)) {
    await mkdir(dirname(join(dir, file)), { recursive: true });
    await writeFile(join(dir, file), text);
  }
  return dir;
}

const kinds = (notes: { file: string; kind: string }[]) => Object.fromEntries(notes.map((n) => [n.file, n.kind]));

describe('kinds of page', () => {
  it('are meetings when dated and read as one, or undated with attendees; other pages otherwise', async () => {
    const corpus = await loadCorpus(optionsFor(await folder()));
    expect(kinds(corpus.notes)).toEqual({
      'people/roster.md': 'meeting',
      'plans/2024-06-01-release-plan.md': 'page',
      'plans/async-recall.md': 'page',
      'team/2024-05-02-sync.md': 'meeting',
      'team/2024-05-09.md': 'meeting',
    });
    // A dated page keeps its date, but no index of meetings counts it.
    expect(corpus.notes.find((n) => n.file.startsWith('plans/2024'))?.meetingDate).toBe('2024-06-01');
    expect(corpus.indexes.meetings.map((m) => m.note.file).sort()).toEqual([
      'people/roster.md',
      'team/2024-05-02-sync.md',
      'team/2024-05-09.md',
    ]);
  });

  it('follow the meetings option when a team’s folders say which notes are meetings', async () => {
    const corpus = await loadCorpus(optionsFor(await folder(), { meetings: ['team/**', 'plans/2024-*'] }));
    expect(kinds(corpus.notes)).toEqual({
      'people/roster.md': 'page',
      'plans/2024-06-01-release-plan.md': 'meeting',
      'plans/async-recall.md': 'page',
      'team/2024-05-02-sync.md': 'meeting',
      'team/2024-05-09.md': 'meeting',
    });
    expect(corpus.indexes.people.map((p) => [p.name, p.meetings.length])).toEqual([
      ['Ana', 1],
      ['Bo', 1],
    ]);
  });
});

describe('a date whose digits read two ways', () => {
  it('is settled by the dates of the other notes in its folder, or left undated with a warning', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'minutes-neighbours-'));
    await mkdir(join(dir, 'sync'));
    await mkdir(join(dir, 'alone'));
    for (const day of ['2024-03-01', '2024-03-08'])
      await writeFile(join(dir, 'sync', `${day}.md`), `---\ntitle: ${day} Sync\n---\nAttendees: Ana\n`);
    await writeFile(join(dir, 'sync', 'catch-up.md'), '---\ntitle: Sync 04/03/24\n---\nAttendees: Ana\n');
    await writeFile(join(dir, 'alone', 'catch-up.md'), '---\ntitle: Sync 04/03/24\n---\nAttendees: Ana\n');
    const corpus = await loadCorpus(optionsFor(dir));
    const date = (file: string) => corpus.notes.find((n) => n.file === file)?.meetingDate;
    expect(date('sync/catch-up.md')).toBe('2024-03-04');
    expect(date('alone/catch-up.md')).toBeUndefined();
    expect(corpus.diagnostics.filter((d) => d.code === 'meeting/date-ambiguous').map((d) => d.file)).toEqual([
      'alone/catch-up.md',
    ]);
    expect(corpus.diagnostics.find((d) => d.file === 'alone/catch-up.md')?.message).toContain(
      '2004-03-24 or 2024-03-04 or 2024-04-03',
    );
  });
});
