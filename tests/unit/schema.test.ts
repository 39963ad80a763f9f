import { describe, expect, it } from 'vitest';
import { readFrontMatter } from '../../src/notes/frontmatter.ts';
import { parseMeta } from '../../src/notes/schema.ts';

const meta = (...lines: string[]) =>
  parseMeta('n.md', readFrontMatter('n.md', ['---', ...lines, '---', '', 'x'].join('\n')));

describe('parseMeta', () => {
  it('types a Wiki.js header', () => {
    const { meta: m, diagnostics } = meta(
      'title: Weekly: sync',
      'description: ',
      'published: true',
      'date: 2023-07-20T19:14:12.779Z',
      'tags: Design, process',
      'editor: markdown',
      'dateCreated: 2021-04-16T14:07:42.267Z',
    );
    expect(diagnostics).toEqual([]);
    expect(m).toEqual({
      title: 'Weekly: sync',
      description: '',
      published: true,
      date: '2023-07-20T19:14:12.779Z',
      tags: ['design', 'process'],
      editor: 'markdown',
      dateCreated: '2021-04-16T14:07:42.267Z',
    });
  });

  it.each([
    ['true', true],
    ['false', false],
    ['1', true],
    ['0', false],
    ['False', false],
  ])('reads published: %s', (value, expected) => {
    expect(meta('title: x', `published: ${value}`).meta?.published).toBe(expected);
  });

  it.each(['yes', 'no', 'maybe', '2', ''])(
    'rejects published: %j as an error at its line, never a publish',
    (value) => {
      const { meta: m, diagnostics } = meta('title: x', `published: ${value}`);
      expect(m).toBeUndefined();
      expect(diagnostics).toMatchObject([{ code: 'frontmatter/published', line: 3, severity: 'error' }]);
    },
  );

  it('reads Minutes extensions', () => {
    expect(
      meta('title: x', 'meetingDate: 2024-05-02', 'attendees: Ana, Bo (partial)', 'series: Design review').meta,
    ).toMatchObject({
      meetingDate: '2024-05-02',
      attendees: ['Ana', 'Bo (partial)'],
      series: 'Design review',
    });
    expect(meta('title: x', 'attendees:', '  - Ana', '  - Bo').meta?.attendees).toEqual(['Ana', 'Bo']);
  });

  it('reports every invalid field at its own line', () => {
    const { diagnostics } = meta('title: x', 'date: 2023-13-01', 'dateCreated: yesterday', 'meetingDate: 2023-02-30');
    expect(diagnostics.map((d) => [d.code, d.line])).toEqual([
      ['frontmatter/date', 3],
      ['frontmatter/date', 4],
      ['frontmatter/date', 5],
    ]);
    expect(diagnostics[0]?.hint).toMatch(/ISO/);
  });

  it('reports a missing or empty title', () => {
    expect(meta('description: x').diagnostics).toMatchObject([
      { code: 'frontmatter/missing-title', line: 1, message: expect.stringContaining('no "title"') },
    ]);
    expect(meta('title: ').diagnostics).toMatchObject([
      { code: 'frontmatter/missing-title', line: 2, message: expect.stringContaining('empty') },
    ]);
  });

  it('rejects a list where text is expected', () => {
    expect(meta('title:', '  - a', '  - b').diagnostics).toMatchObject([
      { code: 'frontmatter/missing-title', message: expect.stringContaining('not a list') },
    ]);
  });

  it('warns about unknown keys with a did-you-mean', () => {
    const { meta: m, diagnostics } = meta('title: x', 'titel: y', 'atendees: Ana', 'color: blue');
    expect(m?.title).toBe('x');
    expect(diagnostics.map((d) => d.message)).toEqual([
      expect.stringContaining('did you mean "title"'),
      expect.stringContaining('did you mean "attendees"'),
      expect.not.stringContaining('did you mean'),
    ]);
    expect(diagnostics.every((d) => d.severity === 'warning')).toBe(true);
  });

  it('never publishes a note whose header decides publication with another key, or twice', () => {
    for (const key of [
      'Published',
      'PUBLISHED',
      'publish',
      'publised',
      'isPublished',
      'is_published',
      'pub\u200blished',
      'draft',
      'Draft',
      'hidden',
      'private',
    ]) {
      const { meta: m, diagnostics } = meta('title: x', `${key}: false`);
      expect(m, key).toBeUndefined();
      expect(diagnostics, key).toMatchObject([
        {
          severity: 'error',
          code: 'frontmatter/published',
          line: 3,
          hint: expect.stringContaining('published: false'),
        },
      ]);
    }
    // Set twice, the header itself is in error, so the note is never read further.
    const twice = readFrontMatter('n.md', '---\ntitle: x\npublished: false\npublished: true\n---\n');
    expect(twice.diagnostics).toMatchObject([{ severity: 'error', code: 'frontmatter/published', line: 4 }]);
    // Other keys near the word are no decision.
    for (const key of ['publisher', 'publication_date'])
      expect(meta('title: x', `${key}: ACME`).meta?.title, key).toBe('x');
  });

  it('drops the characters XML forbids that YAML escapes can write into header values', () => {
    expect(meta('title: "A\\u0000B\\u001bC\\uffff\\ud800"', 'tags: ["x\\u0007y"]').meta).toMatchObject({
      title: 'ABC',
      tags: ['xy'],
    });
  });
});
