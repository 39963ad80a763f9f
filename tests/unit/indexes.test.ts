import { beforeAll, describe, expect, it } from 'vitest';
import { type Corpus, loadCorpus } from '../../src/notes/corpus.ts';
import { FIXTURE, optionsFor } from '../options.ts';

const options = optionsFor('', FIXTURE);

describe('meetings and indexes of the fixture wiki', () => {
  let corpus: Corpus;
  beforeAll(async () => {
    corpus = await loadCorpus({ ...options, dir: 'tests/fixtures/site' });
  });
  const note = (id: string) => corpus.notes.find((n) => n.id === id)!;

  it('splits a monthly page into one meeting per dated H1, anchored at its heading', () => {
    const january = note('meeting-notes/2024-01');
    expect(january.meetingDate).toBeUndefined();
    expect(january.meetings).toEqual([
      {
        anchor: 'h-2024-01-22-weekly-sync',
        title: '2024-01-22 Weekly Sync',
        date: '2024-01-22',
        series: 'Weekly Sync',
        attendees: [{ name: 'Ana' }, { name: 'Bo', partial: true }, { name: 'Cy' }],
        line: 11,
      },
      { anchor: 'h-2024-01-15', title: '2024-01-15', date: '2024-01-15', attendees: [], line: 19 },
      {
        anchor: 'h-2024-01-08-weekly-sync',
        title: '2024-01-08 weekly sync',
        date: '2024-01-08',
        series: 'weekly sync',
        attendees: [{ name: 'Ana' }, { name: 'Bo' }],
        line: 25,
      },
    ]);
    expect(january.html).toContain('id="h-2024-01-22-weekly-sync"');
    expect(january.attendees.map((a) => a.name)).toEqual(['Ana', 'Bo', 'Cy']);
  });

  it('reads a list under "Attending:" and leaves group terms and absences out', () => {
    expect(note('meeting-notes/2024-02/2024-02-19-weekly-sync').attendees).toEqual([
      { name: 'Ana' },
      { name: 'Cy', partial: true },
    ]);
    expect(note('meeting-notes/2024-03/2024-03-01-planning').attendees).toEqual([{ name: 'Bo' }]);
  });

  it('warns when date sources disagree, and takes the one matching the folder', () => {
    expect(note('meeting-notes/2024-03/2024-03-01-planning').meetingDate).toBe('2024-03-01');
    expect(corpus.diagnostics).toContainEqual(
      expect.objectContaining({
        file: 'meeting-notes/2024-03/2024-03-01-planning.md',
        code: 'meeting/date-conflict',
        severity: 'warning',
        message: expect.stringContaining('title 2023-03-01, file name 2024-03-01'),
      }),
    );
  });

  it('groups spellings of one series and orders its meetings oldest first', () => {
    const weekly = corpus.indexes.seriesBySlug.get('weekly-sync')!;
    expect(weekly.name).toBe('Weekly Sync');
    expect(weekly.meetings.map((m) => m.date)).toEqual(['2024-01-08', '2024-01-22', '2024-02-19']);
    expect(corpus.indexes.series.map((s) => s.name)).toEqual([
      'Kickoff',
      'Planning',
      'Review',
      'Storage review',
      'Weekly Sync',
    ]);
  });

  it('lists people with their meetings, newest first, and no one who was absent or unpublished', () => {
    const { people, personBySlug } = corpus.indexes;
    expect(people.map((p) => p.name)).toEqual(['Ana', 'Bo', 'Cy']);
    const ana = personBySlug.get('ana')!;
    expect(ana.meetings.map((m) => m.date)).toEqual(['2024-02-19', '2024-02-05', '2024-01-22', '2024-01-08']);
    expect([ana.first, ana.last]).toEqual(['2024-01-08', '2024-02-19']);
    expect(personBySlug.get('bo')!.meetings.map((m) => `${m.date}${m.anchor ? `#${m.anchor}` : ''}`)).toEqual([
      '2024-03-08',
      '2024-03-01',
      '2024-02-05',
      '2024-01-22#h-2024-01-22-weekly-sync',
      '2024-01-08#h-2024-01-08-weekly-sync',
    ]);
  });

  it('counts meetings per year, month and day, including those inside monthly pages', () => {
    const [y2024] = corpus.indexes.years;
    expect(corpus.indexes.years.map((y) => y.year)).toEqual(['2024']);
    expect(y2024!.months.map((m) => [m.month, m.meetings.length])).toEqual([
      ['2024-03', 2],
      ['2024-02', 3],
      ['2024-01', 3],
    ]);
    expect(y2024!.count).toBe(8);
    expect(y2024!.days.get('2024-01-15')).toBe(1);
  });

  it('indexes tags and backlinks', () => {
    expect(corpus.indexes.tagBySlug.get('planning')!.notes.map((n) => n.id)).toEqual([
      'meeting-notes/2024-03/2024-03-08-storage-review',
      'meeting-notes/2024-03/2024-03-01-planning',
      'meeting-notes/2024-02/2024-02-19-weekly-sync',
      'meeting-notes/2024-02/2024-02-05-kickoff',
    ]);
    expect(corpus.indexes.backlinks.get('team/roster')!.map((n) => n.title)).toEqual([
      '2024-02-05 Kickoff',
      'Fixture wiki',
      'January 2024',
    ]);
  });
});
