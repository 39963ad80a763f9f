import { describe, expect, it } from 'vitest';
import { buildIndexes } from '../../src/notes/indexes.ts';
import { slugify as fromPeople } from '../../src/notes/people.ts';
import { MAX_SLUG_BYTES, slugify } from '../../src/notes/slug.ts';
import type { NoteData } from '../../src/notes/tree.ts';
import { noteData } from '../note-data.ts';

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');
const HASHED = /-[0-9a-f]{8}$/;

describe('slugify', () => {
  it('keeps short names as readable slugs', () => {
    expect(slugify('María Guaranda')).toBe('maria-guaranda');
    expect(slugify('  Weekly  Sync! ')).toBe('weekly-sync');
    expect(slugify('設計会議 2024')).toBe('設計会議-2024');
    expect(fromPeople).toBe(slugify);
  });

  it('shortens a long ASCII name to at most 100 bytes, ending in a hash of the whole name', () => {
    const name = `2024-05-02 ${'Quarterly planning and review '.repeat(9)}`.trim();
    expect(name.length).toBeGreaterThan(270);
    const slug = slugify(name);
    expect(bytes(slug)).toBeLessThanOrEqual(MAX_SLUG_BYTES);
    expect(slug).toMatch(HASHED);
    expect(slug.startsWith('2024-05-02-quarterly-planning-and-review-')).toBe(true);
    expect(slug).not.toMatch(/--/);
    // Stable: the same name gives the same slug every time.
    expect(slugify(name)).toBe(slug);
    // A name just at the limit is kept whole.
    expect(slugify('a'.repeat(MAX_SLUG_BYTES))).toBe('a'.repeat(MAX_SLUG_BYTES));
    expect(slugify('a'.repeat(MAX_SLUG_BYTES + 1))).toMatch(HASHED);
  });

  it('counts bytes, not characters, and never cuts a character of multi-byte UTF-8', () => {
    const cjk = '会議の議事録と決定事項'.repeat(30); // 3 bytes a character
    const emoji = 'Team🎉Ünïcode'.repeat(40); // emoji are dropped, accents folded
    const astral = '𠀀𠀁𠀂'.repeat(100); // CJK letters outside the BMP, 4 bytes each
    for (const name of [cjk, emoji, astral]) {
      const slug = slugify(name);
      expect(bytes(slug), name.slice(0, 20)).toBeLessThanOrEqual(MAX_SLUG_BYTES);
      expect(slug).toMatch(HASHED);
      expect(slug.isWellFormed()).toBe(true);
      expect(slug).not.toContain('\ufffd');
    }
    // 30 characters of 3 bytes fit before the hash (90 + 9 bytes), not 31.
    expect(slugify(cjk).replace(HASHED, '')).toBe(cjk.slice(0, 30));
    expect(slugify(astral).replace(HASHED, '')).toHaveLength(2 * 22);
  });

  it('gives two long names sharing a start different slugs', () => {
    const start = 'Design review of the map legend and the colour scales '.repeat(4);
    const a = slugify(`${start}part one`);
    const b = slugify(`${start}part two`);
    expect(a).not.toBe(b);
    expect(a.replace(HASHED, '')).toBe(b.replace(HASHED, ''));
    expect(bytes(a)).toBeLessThanOrEqual(MAX_SLUG_BYTES);
  });

  it('gives names without a letter or digit distinct slugs', () => {
    expect(slugify('🎉')).toMatch(/^x-[0-9a-f]{8}$/);
    expect(slugify('🎉')).not.toBe(slugify('🚀'));
    expect(slugify('🎉')).toBe(slugify('🎉'));
  });
});

describe('index slugs', () => {
  const note = (over: Partial<NoteData>) => noteData(over.id ?? 'n', over);

  it('keeps people, tags and series with long names apart, each slug within the limit', () => {
    const long = 'Long name '.repeat(30);
    const indexes = buildIndexes([
      ...(['a', 'b'] as const).map((id, i) =>
        note({
          id,
          kind: 'meeting',
          meetingDate: `2024-01-0${i + 1}`,
          series: `${long}${id.toUpperCase()}`,
          tags: [`${long}${id}`.toLowerCase()],
          attendees: [{ name: `${long}${id.toUpperCase()}` }],
        }),
      ),
    ]);
    for (const list of [indexes.people, indexes.tags, indexes.series]) {
      expect(list).toHaveLength(2);
      expect(new Set(list.map((x) => x.slug)).size).toBe(2);
      for (const x of list) expect(bytes(x.slug)).toBeLessThanOrEqual(MAX_SLUG_BYTES);
    }
  });
});
