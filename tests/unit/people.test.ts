import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/notes/corpus.ts';
import { corpusSpellings, isHandle } from '../../src/notes/people.ts';
import { optionsFor } from '../options.ts';

describe('corpusSpellings', () => {
  it('gives names that differ only in letter case the spelling written most often', () => {
    const spelling = corpusSpellings(['salt', 'Salt', 'salt', 'Ana', 'ANA', 'ana']);
    expect(['salt', 'Salt', 'SALT'].map(spelling)).toEqual(['salt', 'salt', 'salt']);
    // A tie goes to the spelling with a capital.
    expect(spelling('ana')).toBe('Ana');
    expect(spelling('Bo')).toBe('Bo');
  });
});

describe('isHandle', () => {
  it('takes one word of letters, digits, dots and dashes, and no group word', () => {
    expect(['der.hans', 'wilco', 'sntxrr', 'mattb2'].filter(isHandle)).toHaveLength(4);
    expect(['everyone', 'tbd', 'canceled', 'two words', 'x', '.dot', 'a@b'].filter(isHandle)).toEqual([]);
  });
});

describe('one person across a folder', () => {
  it('is one attendee, owner and person page however the notes write the case of the name', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'minutes-spellings-'));
    await writeFile(join(dir, '2024-05-01-sync.md'), '---\ntitle: 2024-05-01 Sync\n---\nAttendees: Salt, Ana\n');
    await writeFile(
      join(dir, '2024-05-08-sync.md'),
      '---\ntitle: 2024-05-08 Sync\n---\nAttendees: salt, ana, Ana\n\n- [ ] order badges (salt)\n',
    );
    await writeFile(join(dir, '2024-05-15-sync.md'), '---\ntitle: 2024-05-15 Sync\n---\nAttendees: Salt\n');
    const corpus = await loadCorpus(optionsFor(dir));
    expect(corpus.notes.map((n) => n.attendees.map((a) => a.name))).toEqual([
      ['Salt', 'Ana'],
      ['Salt', 'Ana'],
      ['Salt'],
    ]);
    expect(corpus.indexes.people.map((p) => [p.name, p.meetings.length])).toEqual([
      ['Ana', 2],
      ['Salt', 3],
    ]);
    expect(corpus.notes[1]!.actions.map((a) => a.owners)).toEqual([['Salt']]);
  });
});
