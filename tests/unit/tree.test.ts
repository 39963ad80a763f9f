import { describe, expect, it } from 'vitest';
import { breadcrumbPaths, buildTree, descendants, listing } from '../../src/notes/tree.ts';
import { noteData } from '../note-data.ts';

const note = (id: string) => noteData(id);
/** `a`, `a/b`, `a/b/c`…: a note per level of a chain of folders. */
const chain = (depth: number) =>
  Array.from({ length: depth }, (_, i) => Array.from({ length: i + 1 }, (_, j) => `f${j}`).join('/'));

describe('the folder tree', () => {
  const tree = buildTree(['home', 'a', 'a/x', 'a/b/y', 'a/b/c/z', 'd/index', 'e/f/g'].map(note));

  it('lists a folder’s direct children only: notes, then folders without a note of their own', () => {
    const ids = (folder: string) => listing(tree, folder).map((p) => [p.id, Boolean(p.note), p.below]);
    expect(ids('')).toEqual([
      ['a', true, true],
      ['d', false, true],
      ['e', false, true],
    ]);
    expect(ids('a')).toEqual([
      ['a/x', true, false],
      ['a/b', false, true],
    ]);
    expect(ids('a/b')).toEqual([
      ['a/b/y', true, false],
      ['a/b/c', false, true],
    ]);
    expect(ids('a/x')).toEqual([]);
    expect(tree.bareFolders).toEqual(['a/b', 'a/b/c', 'e', 'e/f']);
  });

  it('walks everything below a folder in tree order', () => {
    expect(descendants(tree, 'a').map((p) => p.id)).toEqual(['a/x', 'a/b', 'a/b/y', 'a/b/c', 'a/b/c/z']);
    expect(
      descendants(tree, '')
        .filter((p) => p.note)
        .map((p) => p.id),
    ).toEqual(['a', 'a/x', 'a/b/y', 'a/b/c/z', 'd/index', 'e/f/g']);
  });

  it('builds a chain of 2,000 folders and walks it without recursion', () => {
    const deep = buildTree(chain(2000).map(note));
    expect(listing(deep, '')).toHaveLength(1);
    expect(listing(deep, chain(1000).at(-1)!)).toHaveLength(1);
    expect(descendants(deep, '')).toHaveLength(2000);
  });

  it('registers each folder once, also in a folder of 20,000 sub-folders', () => {
    const wide = buildTree(Array.from({ length: 20_000 }, (_, i) => note(`w/f${i}/n`)));
    expect(listing(wide, 'w')).toHaveLength(20_000);
    expect(new Set(wide.children.get('w')!.folders).size).toBe(20_000);
  });
});

describe('breadcrumbs', () => {
  it('show every ancestor of a shallow page', () => {
    expect(breadcrumbPaths('top')).toEqual([]);
    expect(breadcrumbPaths('a/b/c')).toEqual(['a', 'a/b']);
    expect(breadcrumbPaths('a/b/c/d/e/f')).toEqual(['a', 'a/b', 'a/b/c', 'a/b/c/d', 'a/b/c/d/e']);
  });

  it('show the first and the nearest ancestors of a deep page, so their size does not grow with the square of the depth', () => {
    expect(breadcrumbPaths('a/b/c/d/e/f/g')).toEqual(['a', undefined, 'a/b/c', 'a/b/c/d', 'a/b/c/d/e', 'a/b/c/d/e/f']);
    const path = chain(1000).at(-1)!;
    const crumbs = breadcrumbPaths(path);
    expect(crumbs).toHaveLength(6);
    expect(crumbs[0]).toBe('f0');
    expect(crumbs.at(-1)).toBe(path.slice(0, path.lastIndexOf('/')));
    // What they hold is a few times the page's own path, not the sum of every ancestor's.
    expect(crumbs.join('').length).toBeLessThan(5 * path.length);
  });
});
