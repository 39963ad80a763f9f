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
