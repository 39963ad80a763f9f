import type { Heading as MdHeading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { diagnostic, type Diagnostic } from './diagnostics.ts';
import { looksLikeMeeting, meetingDateOf } from './extract/meeting-date.ts';
import { readFrontMatter } from './frontmatter.ts';
import { parseMarkdown, type Heading } from './markdown.ts';
import { notePath } from './routes.ts';
import { type NoteMeta, parseMeta } from './schema.ts';
import { decodeNote } from './source.ts';

/** A published note as every consumer sees it: plain data, safe to serialize. */
export interface Note {
  /** File path relative to the notes folder, without `.md`. */
  id: string;
  file: string;
  /** URL path below the site base: '' for `home`, otherwise `a/b/`. */
  path: string;
  title: string;
  description: string;
  tags: string[];
  /** Wiki.js `date`: last edit. */
  updated?: string;
  /** Wiki.js `dateCreated`. */
  created?: string;
  meetingDate?: string;
  attendees: string[];
  series?: string;
  html: string;
  headings: Heading[];
  /** Ids of the notes this one links to. */
  links: string[];
}

/** A note after reading and validation, before rendering (which needs the whole folder known). */
export interface ReadNote {
  id: string;
  file: string;
  meta?: NoteMeta;
  tree?: Root;
  diagnostics: Diagnostic[];
}

export const noteId = (file: string) => file.replace(/\.md$/i, '');

export function readNote(file: string, bytes: Uint8Array): ReadNote {
  const id = noteId(file);
  const decoded = decodeNote(file, bytes);
  if (!decoded.ok) return { id, file, diagnostics: [decoded.diagnostic] };
  const fm = readFrontMatter(file, decoded.text);
  const diagnostics = [...fm.diagnostics];
  let tree: Root;
  try {
    tree = parseMarkdown(fm.body);
  } catch (error) {
    diagnostics.push(tooComplex(file, error));
    return { id, file, diagnostics };
  }
  if (!fm.present) {
    diagnostics.push(diagnostic(file, { line: 1, column: 1 }, 'warning', 'frontmatter/missing', 'The note has no front matter; its title comes from its first heading or file name.', 'Add a header with at least "title:" (npm run new writes a complete one).'));
  }
  if (fm.diagnostics.some((d) => d.severity === 'error')) return { id, file, tree, diagnostics };

  const { meta, diagnostics: metaProblems } = parseMeta(file, fm, fm.present ? undefined : fallbackTitle(tree, id));
  diagnostics.push(...metaProblems);
  if (meta && !meetingDateOf({ id, title: meta.title, meetingDate: meta.meetingDate }) && looksLikeMeeting(meta, fm.body)) {
    diagnostics.push(diagnostic(file, { line: 1, column: 1 }, 'warning', 'meeting/no-date', 'This looks like meeting notes but has no meeting date.', 'Add "meetingDate: YYYY-MM-DD" to the header, or start the title or file name with the date.'));
  }
  return { id, file, meta, tree, diagnostics };
}

/** Wiki.js titles header-less pages by file name; the first H1 is the better guess when there is one. */
function fallbackTitle(tree: Root, id: string) {
  const h1 = tree.children.find((n): n is MdHeading => n.type === 'heading' && n.depth === 1);
  return (h1 && toString(h1).trim()) || id.split('/').at(-1)!;
}

export function tooComplex(file: string, error: unknown): Diagnostic {
  const depth = error instanceof RangeError;
  return diagnostic(
    file,
    undefined,
    'error',
    'markdown/too-complex',
    depth ? 'The note nests lists or quotes too deeply to render.' : `The note could not be rendered (${error instanceof Error ? error.message : String(error)}).`,
    'Flatten the deepest nesting; no real note needs thousands of levels.',
  );
}

export function toNote(read: ReadNote & { meta: NoteMeta }, rendered: { html: string; headings: Heading[]; links: Set<string> }): Note {
  const { meta } = read;
  const meetingDate = meetingDateOf({ id: read.id, title: meta.title, meetingDate: meta.meetingDate });
  return {
    id: read.id,
    file: read.file,
    path: notePath(read.id),
    title: meta.title,
    description: meta.description,
    tags: meta.tags,
    ...(meta.date ? { updated: meta.date } : {}),
    ...(meta.dateCreated ? { created: meta.dateCreated } : {}),
    ...(meetingDate ? { meetingDate } : {}),
    attendees: meta.attendees ?? [],
    ...(meta.series ? { series: meta.series } : {}),
    html: rendered.html,
    headings: rendered.headings,
    links: [...rendered.links].sort(),
  };
}
