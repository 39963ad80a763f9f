import { describe, expect, it } from 'vitest';
import { affectedNotes } from '../../src/notes/changed.ts';

describe('affectedNotes', () => {
  const sources = new Map([
    ['a/plan.md', 'The plan.'],
    ['b/links.md', 'See [the plan](/a/plan#goals).'],
    ['c/relative.md', 'See [the plan](../a/plan.md).'],
    ['d/other.md', 'Nothing to do with it.'],
  ]);

  it('takes the changed notes and every note naming one of them', () => {
    expect([...affectedNotes(['a/plan.md'], sources)].sort()).toEqual(['a/plan.md', 'b/links.md', 'c/relative.md']);
  });

  it('checks the notes linking to a deleted note, and ignores files that are not notes', () => {
    expect(
      [
        ...affectedNotes(['a/plan.md', 'assets/x.png'], new Map([...sources].filter(([f]) => f !== 'a/plan.md'))),
      ].sort(),
    ).toEqual(['b/links.md', 'c/relative.md']);
    expect(affectedNotes(['assets/x.png'], sources)).toEqual(new Set());
  });
});
