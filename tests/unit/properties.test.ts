import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/notes/corpus.ts';
import type { Diagnostic } from '../../src/notes/diagnostics.ts';
import { readNote } from '../../src/notes/note.ts';
import { createPeople } from '../../src/notes/people.ts';
import { FIXTURE, optionsFor } from '../options.ts';
import { cpuMs } from '../cpu-time.ts';

const people = createPeople({ Ana: ['Anabela'] });
const bytes = (text: string) => new TextEncoder().encode(text);

/** A diagnostic that points somewhere real in a file of `lines` lines. */
const positioned = (d: Diagnostic, lines: number) =>
  d.file.length > 0 &&
  d.line >= 1 &&
  d.line <= lines + 1 &&
  d.column >= 1 &&
  d.code.includes('/') &&
  d.message.length > 0;

// Pieces real notes are made of, so random notes hit the interesting paths, not just plain text.
const HEADER_KEYS = [
  'title',
  'description',
  'published',
  'date',
  'tags',
  'editor',
  'dateCreated',
  'meetingDate',
  'attendees',
  'series',
  'titel',
  'x',
];
const HEADER_VALUES = [
  '',
  'true',
  'false',
  'yes',
  '2024-05-02',
  '2024-02-30T10:00:00Z',
  'A: B',
  '"quoted',
  "'single'",
  '[a, b]',
  '- item',
  '|',
  '>-',
  '&anchor x',
  '*alias',
  '{a: 1}',
  '#',
  'Ana, Bo',
  '\t',
  'null',
];
const MARKDOWN = [
  '# ',
  '## ',
  '### ',
  '- ',
  '* ',
  '1. ',
  '> ',
  '[ ] ',
  '[x] ',
  '**',
  '__',
  '~~',
  '`',
  '```',
  '\n',
  '\n\n',
  ' ',
  ':',
  '|',
  '---',
  '===',
  '[',
  ']',
  '(',
  ')',
  '{.tabset}',
  '{.is-info}',
  '{.links-list}',
  '{#id .c target=_blank}',
  '<div>',
  '</div>',
  '<img src=x>',
  '<!--',
  '-->',
  'Ana',
  'Bo',
  'Anabela',
  'will',
  'to',
  'Decision',
  'Decisions',
  'Attendees',
  'Next steps',
  'Action items',
  'We decided',
  '2024-05-02',
  '/home',
  './x.md',
  '../a/b',
  'https://wiki.example.org/en/x',
  ':tada:',
  'H~2~O',
  'x^2^',
  '=100x50',
  '\\',
  '&amp;',
  'é',
  '🙂',
];
const header = fc
  .array(fc.tuple(fc.constantFrom(...HEADER_KEYS), fc.constantFrom(...HEADER_VALUES)), { maxLength: 8 })
  .map((pairs) => pairs.map(([k, v]) => `${k}: ${v}`).join('\n'));
const markdown = fc
  .array(fc.oneof(fc.constantFrom(...MARKDOWN), fc.string({ maxLength: 6 })), { maxLength: 120 })
  .map((parts) => parts.join(''));
const note = fc
  .tuple(fc.boolean(), header, fc.boolean(), markdown)
  .map(([open, head, close, body]) => `${open ? '---\n' : ''}${head}\n${close ? '---\n' : ''}${body}`);

describe('reading any note', () => {
  it('never throws, and gives either a header or an error with a position, for any text', () => {
    fc.assert(
      fc.property(note, (text) => {
        const read = readNote('n.md', bytes(text), people);
        const lines = text.split('\n').length;
        expect(read.diagnostics.every((d) => positioned(d, lines))).toBe(true);
        expect(read.meta !== undefined || read.diagnostics.some((d) => d.severity === 'error')).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('never throws on any bytes: invalid UTF-8 and control characters become diagnostics', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (data) => {
        const read = readNote('n.md', data, people);
        expect(read.diagnostics.every((d) => positioned(d, data.length + 1))).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('never throws through the whole pipeline (extraction and rendering), and every problem has a position', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'minutes-prop-'));
    try {
      await fc.assert(
        fc.asyncProperty(note, markdown, async (text, other) => {
          await writeFile(join(dir, 'n.md'), text);
          await writeFile(join(dir, 'other.md'), `---\ntitle: Other\n---\n**Attendees**: Ana, Bo\n\n${other}`);
          const corpus = await loadCorpus(
            optionsFor(dir, { wikiHost: 'https://wiki.example.org', people: FIXTURE.people }),
          );
          const lines = Math.max(text.split('\n').length, other.split('\n').length + 4);
          expect(corpus.diagnostics.every((d) => positioned(d, lines))).toBe(true);
          for (const n of corpus.notes)
            for (const item of [...n.actions, ...n.decisions]) expect(n.html).toContain(`id="${item.id}"`);
        }),
        { numRuns: 150 },
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('adversarial notes', () => {
  // Bounds, not benchmarks: a hang or a blow-up (minutes) fails; CPU time, so a loaded machine
  // does not. Normal speed is measured by npm run bench.
  const within = (ms: number, run: () => unknown) => {
    let result: unknown;
    expect(cpuMs(() => (result = run()))).toBeLessThan(ms);
    return result;
  };

  it('does not expand a YAML alias bomb', () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 10; i++)
      levels.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9)
          .fill(`*${String.fromCharCode(96 + i)}`)
          .join(',')}]`,
      );
    const text = `---\ntitle: Bomb\ntags: *j\n${levels.join('\n')}\n---\nBody\n`;
    const read = within(20_000, () => readNote('bomb.md', bytes(text), people)) as ReturnType<typeof readNote>;
    expect(JSON.stringify(read).length).toBeLessThan(100_000);
    expect(read.diagnostics.length).toBeGreaterThan(0);
  });

  it('reads a 1 MB line and a 1 MB header value', () => {
    const line = 'word '.repeat(200_000);
    const read = within(30_000, () =>
      readNote('long.md', bytes(`---\ntitle: Long\ndescription: ${'x'.repeat(1_000_000)}\n---\n${line}\n`), people),
    ) as ReturnType<typeof readNote>;
    expect(read.meta?.title).toBe('Long');
  });

  it('refuses a block of more emphasis marks or brackets than the parser pairs in time, at its line, and reads the rest', () => {
    // Before: 20,000 unmatched `*` in one paragraph took 13 s to parse, 40,000 took 96 s.
    for (const block of [
      'a* '.repeat(20_000),
      '*a a_ '.repeat(10_000),
      `${'[a '.repeat(10_000)}${'a] '.repeat(10_000)}`,
    ]) {
      const read = within(20_000, () =>
        readNote('marks.md', bytes(`---\ntitle: Marks\n---\nFine.\n\n${block}\n`), people),
      ) as ReturnType<typeof readNote>;
      expect(read.diagnostics).toMatchObject([{ code: 'markdown/too-complex', line: 6 }]);
    }
    // Many marks spread over many paragraphs are fine: the limit is per block.
    const spread = readNote(
      'spread.md',
      bytes(`---\ntitle: Spread\n---\n${'**bold** and _it_ [link](/x)\n\n'.repeat(3000)}`),
      people,
    );
    expect(spread.diagnostics).toEqual([]);
    expect(spread.tree).toBeDefined();
  });

  it('renders 5,000 levels of nesting capped at 100, in time, warning at the first line it capped', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'minutes-deep-'));
    try {
      await writeFile(join(dir, 'quotes.md'), `---\ntitle: Quotes\n---\n${'>'.repeat(5000)} deep\n`);
      await writeFile(join(dir, 'lists.md'), `---\ntitle: Lists\n---\nFine line.\n${'- '.repeat(5000)}deep\n`);
      await writeFile(
        join(dir, 'indented.md'),
        `---\ntitle: Indented\n---\n${Array.from({ length: 300 }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n')}\n`,
      );
      await writeFile(join(dir, 'fine.md'), '---\ntitle: Fine\n---\nStill built.\n');
      const started = performance.now();
      const corpus = await loadCorpus(optionsFor(dir));
      expect(performance.now() - started).toBeLessThan(30_000);
      expect(corpus.notes.map((n) => n.id)).toEqual(['fine', 'indented', 'lists', 'quotes']);
      expect(
        corpus.diagnostics
          .map((d) => `${d.file}:${d.line} ${d.code} ${d.severity}`)
          .filter((d) => !d.includes('missing')),
      ).toEqual([
        'indented.md:104 markdown/too-deep warning',
        'lists.md:5 markdown/too-deep warning',
        'quotes.md:4 markdown/too-deep warning',
      ]);
      // The text is still there, a hundred levels down.
      const quotes = corpus.notes.find((n) => n.id === 'quotes')!.html;
      expect(quotes.match(/<blockquote>/g)).toHaveLength(100);
      expect(quotes).toContain('deep');
      expect(corpus.notes.find((n) => n.id === 'indented')!.html).toContain('level 299');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
