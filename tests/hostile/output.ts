import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const WORDS =
  'agenda budget roadmap release review design legend search index people series action decision follow-up prototype'.split(
    ' ',
  );

/** A note in the README's header format. */
export const noteText = (header: string, body: string) =>
  `---\n${header}\npublished: true\ndate: 2024-06-01T10:00:00.000Z\n---\n\n${body}\n`;

/** `bytes` of plain Markdown (a heading every eight lines), varied by `seed` so notes differ. */
function filler(bytes: number, seed: number) {
  let text = '';
  for (let i = 0; text.length < bytes; i++) {
    const words = Array.from({ length: 12 }, (_, j) => WORDS[(seed * 7 + i * 5 + j * 3) % WORDS.length]).join(' ');
    text += i % 8 === 0 ? `\n## Part ${i / 8 + 1}\n\n` : `${words} ${seed}-${i}.\n`;
  }
  return text.slice(0, bytes);
}

/**
 * A chain of `depth` nested folders, `a/b/c/…`, with one note per level: `a.md`, `a/b.md`,
 * `a/b/c.md`… (each folder's own page), about `bytes` each. The input grows linearly with the
 * depth (the paths with its square, at two bytes a level); so must the output.
 * Returns the total bytes written.
 */
export async function writeNestedNotes(dir: string, depth: number, bytes = 4096) {
  const names = Array.from({ length: depth }, (_, i) => String.fromCharCode(97 + (i % 26)));
  let total = 0;
  for (let level = 1; level <= depth; level++) {
    const folder = join(dir, ...names.slice(0, level - 1));
    await mkdir(folder, { recursive: true });
    const header = `title: Level ${level}\ndescription: Note ${level} of a deep chain`;
    const text = noteText(header, filler(Math.max(0, bytes - noteText(header, '').length), level));
    await writeFile(join(folder, `${names[level - 1]}.md`), text);
    total += Buffer.byteLength(text);
  }
  return total;
}

/** Every character XML 1.0 forbids that a note file can hold: C0 controls but tab, LF and CR, U+FFFE, U+FFFF. */
export const FORBIDDEN = [
  ...Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).filter((c) => !'\t\n\r'.includes(c)),
  '\ufffe',
  '\uffff',
].join('');

/**
 * Notes whose titles, descriptions, tags, attendees and series carry every character XML forbids,
 * raw in Wiki.js header lines, as YAML escapes in quoted values (a lone surrogate among them), and
 * in the body (attendee lines and the dated headings of a note of several meetings, which the
 * header's checks never see). All are dated, so every one is in the feed.
 */
export async function writeControlNotes(dir: string) {
  const X = FORBIDDEN;
  const notes: Record<string, string> = {
    'header-fields': noteText(
      `title: 2024-03-01 Weekly${X} sync\ndescription: Roadmap${X} review\ntags: plan${X}ning, ${X}\u0000x, design\nattendees: Ana${X}, Bo\u0000\u0001\nseries: Weekly${X} sync`,
      'Header fields full of control characters.',
    ),
    'yaml-escapes': noteText(
      'title: "2024-03-02 Escaped \\0 \\x07 \\x1f \\ud800 title"\ndescription: "Lone \\udc00 and \\0 in a description"\ntags: ["esc\\x01aped", "\\ud800"]\nattendees: ["Cy\\x02", "Di \\ud800"]',
      'Quoted values with YAML escapes.',
    ),
    'body-meetings': noteText(
      'title: Monthly notes',
      [
        `# 2024-03-04 Design${X} review`,
        '',
        `**Attendees**: Ana, Bo${X}, Eve\u0000`,
        '',
        'Notes.',
        '',
        `# 2024-03-11 Design${X} review`,
        '',
        '**Attendees**: Ana, Bo',
        '',
        'More notes.',
      ].join('\n'),
    ),
    'body-attendees': noteText(
      'title: 2024-03-05 Body attendees',
      `**Attendees**: Fay${X}, Gus\u0000, \u0007Hal\n\nNotes with ${X} in the text.`,
    ),
  };
  await mkdir(join(dir, 'xml'), { recursive: true });
  for (const [name, text] of Object.entries(notes)) await writeFile(join(dir, 'xml', `${name}.md`), text);
  return Object.keys(notes).map((name) => `xml/${name}`);
}

/** Names of 270 to 300 characters, each of which becomes one path segment of the site. */
export const LONG = {
  title: `2024-04-01 ${'Quarterly planning and roadmap review with the whole team '.repeat(5)}`.slice(0, 270),
  cjkTitle: `2024-04-02 ${'四半期計画と道路地図の検討会議'.repeat(20)}`.slice(0, 270),
  tag: 'infrastructure-and-operations-'.repeat(10),
  attendee: `Maximiliana ${'Longname-Surname '.repeat(17)}`.slice(0, 300),
  series: `Cross team ${'synchronisation meeting '.repeat(13)}`.slice(0, 300),
};

/** Notes whose title, tag, attendee and series are longer than a file name may be. */
export async function writeLongNameNotes(dir: string) {
  await mkdir(join(dir, 'long'), { recursive: true });
  const notes: Record<string, string> = {
    'long-title': noteText(`title: ${LONG.title}`, '**Attendees**: Ana, Bo'),
    'long-cjk-title': noteText(`title: ${LONG.cjkTitle}`, '**Attendees**: Ana'),
    'long-fields': noteText(
      `title: Long fields\nmeetingDate: 2024-04-03\ntags: ${LONG.tag}, short\nattendees: ${LONG.attendee}, Ana\nseries: ${LONG.series}`,
      'Body.',
    ),
    // Two long names with one start: different pages.
    'long-fields-2': noteText(
      `title: Long fields two\nmeetingDate: 2024-04-04\ntags: ${LONG.tag}2\nattendees: ${LONG.attendee} Jr\nseries: ${LONG.series} two`,
      'Body.',
    ),
  };
  for (const [name, text] of Object.entries(notes)) await writeFile(join(dir, 'long', `${name}.md`), text);
  return Object.keys(notes).map((name) => `long/${name}`);
}

// `node tests/hostile/output.ts nested <depth> <folder>` writes a nested folder for measuring builds.
if (import.meta.url === `file://${process.argv[1]}`) {
  const [kind, n, dir] = process.argv.slice(2);
  if (kind !== 'nested' || !n || !dir) {
    console.error('usage: node tests/hostile/output.ts nested <depth> <folder>');
    process.exit(2);
  }
  console.log(`${await writeNestedNotes(dir, Number(n))} bytes of notes in ${dir}`);
}
