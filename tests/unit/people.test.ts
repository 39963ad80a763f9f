import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/notes/corpus.ts';
import { isHandle } from '../../src/notes/people.ts';
import { corpusSpellings, linkShortNames, type NoteNames } from '../../src/notes/spellings.ts';
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

describe('linkShortNames', () => {
  const note = (file: string, attendees: string[], series?: string, owners: string[] = []): NoteNames => ({
    file,
    attendees,
    owners,
    ...(series ? { series } : {}),
  });
  const spell = (notes: NoteNames[]) => {
    const { spelling, diagnostics } = linkShortNames(notes);
    return {
      names: notes.map((n) => [...n.attendees, ...n.owners].map((name) => spelling(name, n.file))),
      warnings: diagnostics.map((d) => `${d.file} ${d.code}: ${d.message}`),
    };
  };

  it('gives a first name the one full name that starts with it, owners too', () => {
    expect(
      spell([note('a.md', ['Rachel Kelly', 'Bo']), note('b.md', ['Rachel', 'Bo'], undefined, ['Rachel'])]),
    ).toEqual({
      names: [
        ['Rachel Kelly', 'Bo'],
        ['Rachel Kelly', 'Bo', 'Rachel Kelly'],
      ],
      warnings: [],
    });
  });

  it('gives initials the one full name among the note’s or its series’ attendees that has them', () => {
    const notes = [note('a.md', ['Jane Smith', 'Bo'], 'Steering'), note('b.md', ['JS', 'Bo'], 'Steering')];
    expect(spell(notes).names[1]).toEqual(['Jane Smith', 'Bo']);
    // Elsewhere, JS stays as written: nothing there says who it is.
    expect(spell([...notes, note('c.md', ['JS'], 'Other')]).names[2]).toEqual(['JS']);
  });

  it('never links two people who were at one meeting, nor a full name that is two attendees run together', () => {
    expect(spell([note('a.md', ['Ben', 'Ben Ortiz'])]).names).toEqual([['Ben', 'Ben Ortiz']]);
    expect(spell([note('a.md', ['Lucy Nathan']), note('b.md', ['Lucy', 'Nathan'])]).names[1]).toEqual([
      'Lucy',
      'Nathan',
    ]);
  });

  it('keeps a first name two full names fit as written, and says how to settle it', () => {
    const result = spell([note('a.md', ['Ben Cotton']), note('b.md', ['Ben Ortiz']), note('c.md', ['Ben'])]);
    expect(result.names[2]).toEqual(['Ben']);
    expect(result.warnings).toEqual([
      'c.md people/ambiguous: "Ben" could be Ben Cotton or Ben Ortiz; it is kept as written.',
    ]);
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
