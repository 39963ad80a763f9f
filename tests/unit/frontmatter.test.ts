import { describe, expect, it } from 'vitest';
import { readFrontMatter } from '../../src/notes/frontmatter.ts';
import { readNote } from '../../src/notes/note.ts';
import { createPeople } from '../../src/notes/people.ts';

const header = (...lines: string[]) => ['---', ...lines, '---', '', 'Body text'].join('\n');
const values = (text: string) =>
  Object.fromEntries([...readFrontMatter('n.md', text).fields].map(([k, f]) => [k, f.value]));

describe('readFrontMatter', () => {
  it('keeps unquoted Wiki.js values literally, including colons and date-like titles', () => {
    expect(
      values(
        header(
          'title: Inventory: Data Exploration',
          'description: ',
          'published: true',
          'date: 2023-07-20T19:14:12.779Z',
          'tags: ',
          'editor: markdown',
        ),
      ),
    ).toEqual({
      title: 'Inventory: Data Exploration',
      description: null,
      published: 'true',
      date: '2023-07-20T19:14:12.779Z',
      tags: null,
      editor: 'markdown',
    });
    expect(values(header('title: 2022-11-02'))).toEqual({ title: '2022-11-02' });
    expect(values(header('title: Issue #12 fix', 'description: &anchor text'))).toEqual({
      title: 'Issue #12 fix',
      description: '&anchor text',
    });
  });

  it('reads what people hand-edit: quoted strings, YAML lists, flow lists', () => {
    expect(values(header('title: "Design review: legend"', "description: 'it''s fine'"))).toEqual({
      title: 'Design review: legend',
      description: "it's fine",
    });
    expect(values(header('tags:', '  - design', '  - accessibility'))).toEqual({ tags: ['design', 'accessibility'] });
    expect(values(header('attendees: [Ana, Bo]'))).toEqual({ attendees: ['Ana', 'Bo'] });
  });

  it('falls back to strict YAML for block scalars', () => {
    expect(values(header('title: Plan', 'description: >', '  folded', '  text'))).toEqual({
      title: 'Plan',
      description: 'folded text\n',
    });
  });

  it('reports a header that neither reader can take, at its line', () => {
    const fm = readFrontMatter('n.md', header('title: ok', 'this is not a key', '  - nor: [this'));
    expect(fm.diagnostics).toMatchObject([{ code: 'frontmatter/yaml', line: 3, severity: 'error' }]);
  });

  it('reports an unclosed header', () => {
    const fm = readFrontMatter('n.md', '---\ntitle: x\n\nno closing line');
    expect(fm.diagnostics).toMatchObject([{ code: 'frontmatter/unclosed', line: 1, severity: 'error' }]);
  });

  it('keeps body lines at their file line numbers', () => {
    const fm = readFrontMatter('n.md', header('title: x', 'tags: a'));
    expect(fm.body.split('\n')[5]).toBe('Body text');
    expect(fm.fields.get('tags')?.line).toBe(3);
  });

  it('strips stacked header blocks and warns where the inner one starts', () => {
    const text = [
      '---',
      'title: Outer',
      '---',
      '',
      '---',
      'title: Inner',
      'date: 2023-05-11T00:00:00.000Z',
      '---',
      '---',
      'title: Innermost',
      '---',
      'Real body',
    ].join('\n');
    const fm = readFrontMatter('n.md', text);
    expect(fm.fields.get('title')?.value).toBe('Outer');
    expect(fm.body).not.toContain('Inner');
    expect(fm.body.split('\n')[11]).toBe('Real body');
    expect(fm.diagnostics.map((d) => [d.code, d.line])).toEqual([
      ['frontmatter/stacked', 5],
      ['frontmatter/stacked', 9],
    ]);
  });

  it('does not take a horizontal rule section for a stacked header', () => {
    const fm = readFrontMatter('n.md', header('title: x').replace('Body text', '---\nSome text\n---\nmore'));
    expect(fm.body).toContain('Some text');
    expect(fm.diagnostics).toEqual([]);
  });

  it('reports a note without front matter as absent', () => {
    const fm = readFrontMatter('n.md', '# Just a heading\n');
    expect(fm.present).toBe(false);
    expect(fm.body).toBe('# Just a heading\n');
  });

  it('keeps a note whose unknown key holds nested values, with a warning; a known key must hold text', () => {
    const read = (...lines: string[]) => {
      const note = readNote(
        'n.md',
        new TextEncoder().encode(header('title: T', 'published: true', ...lines)),
        createPeople(),
      );
      return {
        published: note.meta?.published,
        found: note.diagnostics.map((d) => `${d.line} ${d.code} ${d.severity}`),
      };
    };
    expect(read('__proto__:', '  polluted: yes')).toEqual({
      published: true,
      found: ['4 frontmatter/unknown-key warning'],
    });
    expect(read('extra:', '  a: 1', '  b: [2]')).toEqual({
      published: true,
      found: ['4 frontmatter/unknown-key warning'],
    });
    expect(read('tags:', '  a: 1').found).toEqual(['4 frontmatter/type error']);
    // A publication flag nobody can read keeps the note off the site.
    expect(read('draft:', '  a: 1')).toMatchObject({ published: undefined, found: ['4 frontmatter/published error'] });
  });

  it('warns about a key set twice', () => {
    const fm = readFrontMatter('n.md', header('title: a', 'title: b'));
    expect(fm.fields.get('title')?.value).toBe('b');
    expect(fm.diagnostics).toMatchObject([{ code: 'frontmatter/duplicate-key', line: 3 }]);
  });

  describe('hostile headers', () => {
    it('refuses a YAML alias bomb without expanding it', () => {
      const bomb = [
        'a: &a ["x","x","x","x","x","x","x","x","x"]',
        ...Array.from(
          { length: 9 },
          (_, i) =>
            `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)}]`,
        ),
        'title: |',
        '  x',
      ];
      const fm = readFrontMatter('n.md', header(...bomb));
      // The aliases are never followed: the keys holding them are left empty (and unknown to the schema).
      expect(fm.fields.get('j')?.value).toBeNull();
      expect(JSON.stringify([...fm.fields.values()]).length).toBeLessThan(10_000);
    });

    it('reads a 1 MB value', () => {
      const long = 'x'.repeat(1_000_000);
      expect(values(header(`title: ${long}   `)).title).toHaveLength(1_000_000);
      expect(values(header(`title: a${' '.repeat(1_000_000)}b`)).title).toHaveLength(1_000_002);
    });

    it('survives thousands of nesting levels in a flow value', () => {
      const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;
      const fm = readFrontMatter('n.md', header(`tags: ${deep}`, 'title: ok'));
      expect(fm.fields.get('title')?.value).toBe('ok');
    });
  });
});
