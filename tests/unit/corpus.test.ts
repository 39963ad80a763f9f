import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Corpus, loadCorpus } from '../../src/notes/corpus.ts';
import { buildIndexes } from '../../src/notes/indexes.ts';
import { readNote } from '../../src/notes/note.ts';
import { createPeople } from '../../src/notes/people.ts';
import { writeBrokenNotes } from '../broken-notes.ts';
import { FIXTURE, optionsFor } from '../options.ts';

const options = optionsFor('', { wikiHost: FIXTURE.wikiHost });

describe('loadCorpus on the fixture wiki', () => {
  let corpus: Corpus;
  beforeAll(async () => {
    corpus = await loadCorpus({ ...options, dir: 'tests/fixtures/site' });
  });

  it('reads every published note, and no unpublished one', () => {
    expect(corpus.notes.map((n) => n.id)).toEqual([
      'archive/old/loose',
      'home',
      'meeting-notes/2024-01',
      'meeting-notes/2024-02/2024-02-05-kickoff',
      'meeting-notes/2024-02/2024-02-12-review',
      'meeting-notes/2024-02/2024-02-19-weekly-sync',
      'meeting-notes/2024-03/2024-03-01-planning',
      'meeting-notes/2024-03/2024-03-08-storage-review',
      'team/roster',
    ]);
    expect(JSON.stringify(corpus.notes)).not.toContain('SECRETMARKER');
  });

  it('types each note from its header and path', () => {
    const kickoff = corpus.notes.find((n) => n.id.endsWith('kickoff'))!;
    expect(kickoff).toMatchObject({
      file: 'meeting-notes/2024-02/2024-02-05-kickoff.md',
      path: 'meeting-notes/2024-02/2024-02-05-kickoff/',
      title: '2024-02-05 Kickoff',
      meetingDate: '2024-02-05',
      tags: ['planning', 'kickoff'],
      updated: '2024-02-20T10:00:00.000Z',
      links: ['meeting-notes/2024-02/2024-02-12-review', 'team/roster'],
    });
    expect(corpus.notes.find((n) => n.id === 'team/roster')?.title).toBe('Roster: who is who');
  });

  it('titles a note without front matter from its first heading, without a warning', () => {
    expect(corpus.notes.find((n) => n.id === 'archive/old/loose')?.title).toBe('Loose page');
    expect(corpus.diagnostics.filter((d) => d.file === 'archive/old/loose.md')).toEqual([]);
  });

  it('titles a note with neither front matter nor heading from its file name, with a warning', () => {
    const note = readNote('notes/2024-05-02-sync.md', new TextEncoder().encode('Just a few lines.\n'), createPeople());
    expect(note.meta?.title).toBe('2024-05-02-sync');
    expect(note.diagnostics.map((d) => `${d.code} ${d.severity}`)).toEqual(['frontmatter/missing warning']);
  });

  it('reports a link to an unpublished note as broken, at its line', () => {
    expect(corpus.diagnostics).toContainEqual(
      expect.objectContaining({ file: 'meeting-notes/2024-02/2024-02-05-kickoff.md', line: 18, code: 'link/broken' }),
    );
  });

  it('builds its indexes once, from its published notes, when first asked', () => {
    const { indexes } = corpus;
    expect(corpus.indexes).toBe(indexes);
    expect(indexes).toEqual(buildIndexes(corpus.notes));
  });

  it('lists assets to copy', () => {
    expect(corpus.assets).toEqual(['assets/pixel.svg']);
  });
});

describe('loadCorpus on broken notes', () => {
  let corpus: Corpus;
  beforeAll(async () => {
    const dir = await mkdtemp(join(tmpdir(), 'minutes-broken-'));
    await writeBrokenNotes(dir);
    corpus = await loadCorpus({ ...options, dir });
  });

  it('reports every problem of every file in one run, with file and line', () => {
    const found = corpus.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.file}:${d.line} ${d.code}`);
    expect(found).toEqual([
      '_astro.md:1 path/reserved',
      'bad-date.md:4 frontmatter/date',
      'bad-published.md:3 frontmatter/published',
      'binary.md:2 file/encoding',
      'collision/plan.md:1 path/collision',
      'empty.md:1 file/empty',
      'missing-title.md:1 frontmatter/missing-title',
      'unclosed.md:1 frontmatter/unclosed',
      'unreadable-yaml.md:3 frontmatter/yaml',
    ]);
  });

  it('still reads the valid notes next to them', () => {
    expect(corpus.notes.map((n) => n.id)).toContain('valid');
  });

  it('warns about unknown keys, broken links and missing images at their lines', () => {
    const warnings = corpus.diagnostics
      .filter((d) => d.severity === 'warning' && d.file === 'valid.md')
      .map((d) => `${d.line} ${d.code}`);
    expect(warnings).toEqual(['3 frontmatter/unknown-key', '6 link/broken', '7 image/missing']);
  });
});

describe('loadCorpus file handling', () => {
  it('skips dot folders and reports HTML pages as unsupported', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'minutes-files-'));
    await mkdir(join(dir, '.git'), { recursive: true });
    await writeFile(join(dir, '.git', 'note.md'), '---\ntitle: hidden\n---\n');
    await writeFile(join(dir, 'page.html'), '<!--\ntitle: html page\n-->\n<p>x</p>');
    await writeFile(join(dir, 'ok.md'), '---\ntitle: ok\n---\n');
    const corpus = await loadCorpus({ ...options, dir });
    expect(corpus.notes.map((n) => n.id)).toEqual(['ok']);
    expect(corpus.assets).toEqual([]);
    expect(corpus.diagnostics).toMatchObject([{ file: 'page.html', code: 'file/unsupported' }]);
  });
});

describe('loadCorpus on a page of meetings with a tabset', () => {
  it('anchors each meeting at its own heading, whatever headings render otherwise', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'minutes-tabset-'));
    await writeFile(
      join(dir, 'sync.md'),
      [
        '---',
        'title: Sync',
        'published: true',
        '---',
        '',
        '# Platforms {.tabset}',
        '## Web',
        'Web notes.',
        '## Mobile',
        'Mobile notes.',
        '',
        '# 2024-01-08 Sync',
        'Attendees: Ana, Bo',
        '',
        '# 2024-01-15 Sync',
        'Attendees: Ana',
      ].join('\n'),
    );
    const [note] = (await loadCorpus({ ...options, dir })).notes;
    const anchors = note!.meetings!.map((m) => m.anchor);
    expect(anchors).toEqual(['h-2024-01-08-sync', 'h-2024-01-15-sync']);
    for (const [i, anchor] of anchors.entries())
      expect(note!.html).toMatch(new RegExp(`<h2 id="${anchor}">2024-01-${['08', '15'][i]} Sync`));
  });
});
