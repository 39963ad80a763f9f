import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/notes/corpus.ts';
import { formatGithub, formatPretty, loadedNotes } from '../../src/notes/report.ts';
import { FIXTURE, optionsFor } from '../options.ts';

describe('the build log', () => {
  it('accounts for every note read, in counts that add up', async () => {
    const cacheDir = await mkdtemp(join(tmpdir(), 'minutes-report-'));
    const load = () => loadCorpus({ ...optionsFor('tests/fixtures/site', FIXTURE), cacheDir });
    // Ten notes: nine published, one draft (parsed and rendered too, for its broken links).
    expect(loadedNotes(await load(), 'notes', 812.4)).toBe(
      'Loaded 9 notes (1 unpublished left out) from notes in 812 ms: 10 read, 10 parsed and 10 rendered, 0 from the cache',
    );
    expect(loadedNotes(await load(), 'notes', 95)).toBe(
      'Loaded 9 notes (1 unpublished left out) from notes in 95 ms: 10 read, 0 parsed and 0 rendered, 10 from the cache',
    );
  });
});

describe('the check report', () => {
  const list = [
    { file: 'a.md', line: 3, column: 1, severity: 'error', code: 'frontmatter/date', message: 'Bad date.' },
    { file: 'b/c.md', line: 7, column: 2, severity: 'warning', code: 'link/broken', message: 'Broken.' },
  ] as const;

  it('ends with what was checked and the counts', () => {
    const checked = 'Checked 345 notes in content';
    expect(formatPretty(list, { checked }).split('\n')).toEqual([
      'a.md:3:1  error    Bad date.  [frontmatter/date]',
      'b/c.md:7:2  warning  Broken.  [link/broken]',
      '',
      'Checked 345 notes in content: 1 error, 1 warning',
    ]);
    expect(formatPretty([], { checked })).toBe('Checked 345 notes in content: no problems');
    expect(formatGithub(list, { prefix: 'content/', checked }).split('\n')).toEqual([
      '::error file=content/a.md,line=3,col=1,title=frontmatter/date::Bad date.',
      '::warning file=content/b/c.md,line=7,col=2,title=link/broken::Broken.',
      'Checked 345 notes in content: 1 error, 1 warning',
    ]);
  });
});
