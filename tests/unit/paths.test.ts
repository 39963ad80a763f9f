import { describe, expect, it } from 'vitest';
import { pathProblems, routeMoves } from '../../src/notes/paths.ts';
import { heldSegments, placeRoutes } from '../../src/notes/routes.ts';

const notes = (...files: string[]) => files.map((file) => ({ file, id: file.replace(/\.md$/, '') }));
const problems = (noteFiles: string[], files: string[] = [], assets = files) =>
  pathProblems({ notes: notes(...noteFiles), files, assets }).map((d) => `${d.file} ${d.code}`);

describe('pathProblems', () => {
  it('keeps the files the build writes for the build, whatever the letter case; notes keep every other URL', () => {
    expect(problems(['People.md', 'search.md', 'API/x.md', '404.md', 'people-we-met.md'])).toEqual([]);
    expect(problems(['_astro.md', 'pagefind/x.md'])).toEqual([
      '_astro.md path/reserved',
      'pagefind/x.md path/reserved',
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
          'api/Notes.json',
          'api/notes.png',
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
      'api/Notes.json path/reserved',
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

describe('placeRoutes', () => {
  it('moves a page of Minutes where notes hold its place, and says where it went', () => {
    const held = heldSegments(['search', 'search/algolia', 'Dates/2024', 'meetings/x'], ['people/photo.png']);
    const { routes, moved } = placeRoutes(held);
    expect(routes).toMatchObject({
      search: 'minutes-search',
      dates: 'minutes-dates',
      people: 'minutes-people',
      series: 'series',
      actions: 'actions',
    });
    expect(moved.map((m) => `${m.route}:${m.from}→${m.to}`)).toEqual([
      'meetings:meetings→minutes-meetings',
      'people:people→minutes-people',
      'dates:dates→minutes-dates',
      'search:search→minutes-search',
    ]);
    const warnings = routeMoves(moved, [
      'Dates/2024.md',
      'meetings/x.md',
      'people/photo.png',
      'search.md',
      'search/algolia.md',
    ]);
    expect(warnings.map((d) => `${d.file} ${d.code} ${d.severity}`)).toEqual([
      'meetings/x.md path/route-moved warning',
      'people/photo.png path/route-moved warning',
      'Dates/2024.md path/route-moved warning',
      'search.md path/route-moved warning',
    ]);
    expect(warnings[3]!.message).toBe(
      "Notes are served at /search/, so Minutes' search page moved to /minutes-search/.",
    );
  });

  it('takes the configured place, and the next free one when notes hold that too', () => {
    const { routes } = placeRoutes(heldSegments(['find', 'minutes-find', 't'], []), { search: 'find' });
    expect(routes.search).toBe('minutes-find-2');
    expect(routes.t).toBe('minutes-t');
    expect(placeRoutes(new Set(), { search: 'find' }).routes.search).toBe('find');
  });
});
