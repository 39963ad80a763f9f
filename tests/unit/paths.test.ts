import { describe, expect, it } from 'vitest';
import { pathProblems } from '../../src/notes/paths.ts';

const notes = (...files: string[]) => files.map((file) => ({ file, id: file.replace(/\.md$/, '') }));
const problems = (noteFiles: string[], files: string[] = [], assets = files) =>
  pathProblems({ notes: notes(...noteFiles), files, assets }).map((d) => `${d.file} ${d.code}`);

describe('pathProblems', () => {
  it('keeps the site’s own paths for the site, whatever the letter case', () => {
    expect(problems(['People.md', 'search.md', 'API/x.md', 'people-we-met.md'])).toEqual([
      'People.md path/reserved',
      'search.md path/reserved',
      'API/x.md path/reserved',
    ]);
    expect(
      problems(
        [],
        [
          '_astro/app.js',
          'PAGEFIND/x.png',
          'feed.xml',
          'robots.txt',
          'favicon.svg',
          'sitemap-3.xml',
          'assets/feed.xml',
        ],
        [],
      ),
    ).toEqual([
      '_astro/app.js path/reserved',
      'PAGEFIND/x.png path/reserved',
      'feed.xml path/reserved',
      'robots.txt path/reserved',
      'favicon.svg path/reserved',
      'sitemap-3.xml path/reserved',
    ]);
  });

  it('refuses names no URL can carry', () => {
    expect(problems(['a\\b.md', 'line\nbreak.md', 'tab\t.md', '100%.md', 'q?.md', 'fine name.md'])).toEqual([
      'a\\b.md path/unservable',
      'line\nbreak.md path/unservable',
      'tab\t.md path/unservable',
      '100%.md path/unservable',
      'q?.md path/unservable',
    ]);
  });

  it('finds one URL claimed twice: by case, by Unicode normalization, by a file named like a page', () => {
    expect(problems(['plan.md', 'Plan.md'])).toEqual(['Plan.md path/collision']);
    expect(problems(['caf\u00e9.md', 'cafe\u0301.md'])).toEqual(['cafe\u0301.md path/collision']);
    expect(problems(['plan.md'], ['plan'])).toEqual(['plan path/collision']);
    expect(problems(['docs/a.md'], ['Docs'])).toEqual(['Docs path/collision']);
    expect(problems([], ['a.png', 'A.PNG'])).toEqual(['A.PNG path/collision']);
    expect(problems(['plan.md', 'plan/index.md'])).toEqual(['plan/index.md path/collision']);
  });

  it('lets attachments sit in a note’s page folder', () => {
    expect(problems(['plan.md'], ['plan/diagram.png'])).toEqual([]);
  });
});
