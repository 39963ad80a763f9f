import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { CODES } from '../../src/notes/codes.ts';
import { failure } from '../../src/notes/note.ts';

describe('diagnostic codes', () => {
  it('are each documented in CONTRIBUTING.md, and it documents no other', async () => {
    const guide = await readFile('CONTRIBUTING.md', 'utf8');
    const documented = [...guide.matchAll(/^\| `([a-z]+\/[a-z-]+)` \|/gm)].map((m) => m[1]);
    expect([...documented].sort()).toEqual(Object.keys(CODES).sort());
  });

  it('blame the note for nesting that exhausts the parser, and Minutes for anything else', () => {
    expect(failure('n.md', new RangeError('Maximum call stack size exceeded'), 4)).toMatchObject({
      code: 'markdown/too-complex',
      line: 4,
      severity: 'error',
    });
    const bug = failure('n.md', new TypeError("Cannot read properties of undefined (reading 'children')"));
    expect(bug).toMatchObject({
      code: 'internal/error',
      severity: 'error',
      message: expect.stringContaining("reading 'children'"),
    });
    expect(bug.hint).toMatch(/bug in Minutes.*report/);
  });
});
