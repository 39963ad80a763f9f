import { describe, expect, it } from 'vitest';
import { readNote } from '../../src/notes/note.ts';
import { createPeople } from '../../src/notes/people.ts';
import { isDay } from '../../src/notes/dates.ts';
import { newNote, newNotePath } from '../../src/notes/scaffold.ts';

describe('newNote', () => {
  const now = new Date('2024-05-02T08:15:00.000Z');

  it('writes the meeting where Wiki.js wikis keep it', () => {
    expect(newNotePath('meeting-notes', { title: 'Design review: Ünïcode & more', date: '2024-05-02' })).toBe(
      'meeting-notes/2024-05/2024-05-02-design-review-unicode-more.md',
    );
    expect(newNotePath('', { title: 'Sync', date: '2024-12-31' })).toBe('2024-12/2024-12-31-sync.md');
  });

  it('gives a complete Wiki.js header and the meeting sections, and reads back without a problem', () => {
    const text = newNote({
      title: 'Design review: v2',
      date: '2024-05-02',
      attendees: ['Ana', 'Bo'],
      series: 'Design review',
      now,
    });
    expect(text).toMatch(
      /^---\ntitle: "Design review: v2"\ndescription: \npublished: true\ndate: 2024-05-02T08:15:00.000Z\ntags: \neditor: markdown\ndateCreated: 2024-05-02T08:15:00.000Z\nmeetingDate: 2024-05-02\nseries: Design review\n---\n/,
    );
    for (const section of ['**Attendees**: Ana, Bo', '## Agenda', '## Decisions', '## Action items'])
      expect(text).toContain(section);
    const note = readNote(
      'meeting-notes/2024-05/2024-05-02-design-review-v2.md',
      new TextEncoder().encode(text),
      createPeople({}),
    );
    expect(note.diagnostics).toEqual([]);
    expect(note.meta).toMatchObject({
      title: 'Design review: v2',
      published: true,
      meetingDate: '2024-05-02',
      series: 'Design review',
    });
    expect(note.meetings?.attendees.map((a) => a.name)).toEqual(['Ana', 'Bo']);
  });

  it('accepts only real days', () => {
    expect(isDay('2024-02-29')).toBe(true);
    expect(isDay('2023-02-29')).toBe(false);
    expect(isDay('2024-5-2')).toBe(false);
  });
});
