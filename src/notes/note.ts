import type { Heading as MdHeading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { diagnostic, type Diagnostic } from './diagnostics.ts';
import { type Attendee, mergeAttendees } from './extract/attendees.ts';
import type { Item } from './extract/items.ts';
import { extractMeetings, type FactOrigin, type MeetingSection, type NoteMeetings } from './extract/meetings.ts';
import { readFrontMatter } from './frontmatter.ts';
import type { LastCommit } from './git.ts';
import {
  capNesting,
  MAX_INLINE_MARKS,
  MAX_NESTING,
  parseMarkdown,
  type Heading,
  tooManyInlineMarks,
} from './markdown.ts';
import type { People } from './people.ts';
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
  /** Meeting notes, counted by the indexes of meetings, or any other page. */
  kind: NoteKind;
  title: string;
  description: string;
  tags: string[];
  /** Wiki.js `date`: last edit. */
  updated?: string;
  /** Wiki.js `dateCreated`. */
  created?: string;
  /** The note file's last commit, when the notes folder is a Git repository. */
  lastCommit?: LastCommit;
  /** Set when the note is one meeting. */
  meetingDate?: string;
  /** The last day of a meeting over several days. */
  meetingEnd?: string;
  series?: string;
  /** The meeting's attendees; for a note of several meetings, everyone at any of them. */
  attendees: Attendee[];
  /** For a note of several meetings: one per dated section. */
  meetings?: Meeting[];
  /** Where the meeting facts were read (`check --verbose`). */
  origin?: FactOrigin;
  /** Action items and decisions, in line order; each `id` is an anchor in `html`. */
  actions: Item[];
  decisions: Item[];
  html: string;
  /** The HTML the search index reads, when it differs from `html` (its items as headings). */
  searchHtml?: string;
  headings: Heading[];
  /** Ids of the notes this one links to. */
  links: string[];
}

/** A meeting inside a note of several, reached at `#anchor`. */
export type NoteKind = 'meeting' | 'page';

export type Meeting = Omit<MeetingSection, 'h1'> & { anchor: string };

/** A note after reading and validation, before rendering (which needs the whole folder known). */
export interface ReadNote {
  id: string;
  file: string;
  meta?: NoteMeta;
  tree?: Root;
  meetings?: NoteMeetings;
  diagnostics: Diagnostic[];
}

export const noteId = (file: string) => file.replace(/\.md$/i, '');

export function readNote(file: string, bytes: Uint8Array, people: People): ReadNote {
  const id = noteId(file);
  const decoded = decodeNote(file, bytes);
  if (!decoded.ok) return { id, file, diagnostics: [decoded.diagnostic] };
  const fm = readFrontMatter(file, decoded.text);
  const diagnostics = [...fm.diagnostics];
  const capped = capNesting(fm.body);
  if (capped.lines.length)
    diagnostics.push(
      diagnostic(
        file,
        { line: capped.lines[0]!, column: 1 },
        'markdown/too-deep',
        `Lists or quotes nested more than ${MAX_NESTING} levels deep are shown at level ${MAX_NESTING} (${capped.lines.length === 1 ? 'this line' : `${capped.lines.length} lines from here`}).`,
      ),
    );
  const body = capped.body;
  const marked = tooManyInlineMarks(body);
  if (marked) {
    const message = `A block of this note holds more than ${MAX_INLINE_MARKS} emphasis marks or brackets (*, _, [), more than can be rendered in reasonable time.`;
    return {
      id,
      file,
      diagnostics: [
        ...diagnostics,
        diagnostic(
          file,
          { line: marked, column: 1 },
          'markdown/too-complex',
          message,
          'Split the block with blank lines, or put the text in a code block.',
        ),
      ],
    };
  }
  let tree: Root;
  try {
    tree = parseMarkdown(body);
  } catch (error) {
    diagnostics.push(failure(file, error));
    return { id, file, diagnostics };
  }
  // A plain-Markdown note without a header is fine when its first heading names it: many teams
  // write their notes so. Only a title taken from the file name is worth a word.
  const heading = fm.present ? undefined : firstHeadingTitle(tree);
  if (!fm.present && !heading) {
    diagnostics.push(
      diagnostic(
        file,
        { line: 1, column: 1 },
        'frontmatter/missing',
        'The note has no front matter and no heading; its title comes from its file name.',
      ),
    );
  }
  if (fm.diagnostics.some((d) => d.severity === 'error')) return { id, file, tree, diagnostics };

  const title = fm.present ? undefined : (heading ?? id.split('/').at(-1)!);
  const { meta, diagnostics: metaProblems } = parseMeta(file, fm, title);
  diagnostics.push(...metaProblems);
  if (!meta) return { id, file, tree, diagnostics };
  let meetings: NoteMeetings;
  try {
    meetings = extractMeetings({ id, file, meta }, tree, people);
  } catch (error) {
    diagnostics.push(failure(file, error));
    return { id, file, diagnostics };
  }
  diagnostics.push(...meetings.diagnostics);
  return { id, file, meta, tree, meetings, diagnostics };
}

/** Wiki.js titles header-less pages by file name; the first H1 is the better guess when there is one. */
/** The text of a note's first `#` heading, to title a note without a header. */
function firstHeadingTitle(tree: Root) {
  const h1 = tree.children.find((n): n is MdHeading => n.type === 'heading' && n.depth === 1);
  return (h1 && toString(h1).trim()) || undefined;
}

/**
 * A note that could not be processed. Nesting deep enough to exhaust the parser's stack is the
 * author's to flatten; anything else is a bug of Minutes, reported as such rather than blamed on
 * the note.
 */
export function failure(file: string, error: unknown, line?: number): Diagnostic {
  const at = line ? { line, column: 1 } : undefined;
  if (error instanceof RangeError)
    return diagnostic(file, at, 'markdown/too-complex', 'The note nests lists or quotes too deeply to render.');
  const reason = error instanceof Error ? error.message : String(error);
  return diagnostic(file, at, 'internal/error', `Minutes failed on this note (${reason}).`);
}

export function toNote(
  read: ReadNote & { meta: NoteMeta; meetings: NoteMeetings },
  rendered: { html: string; searchHtml?: string; headings: Heading[]; links: readonly string[] },
  items: Item[],
  kind: NoteKind,
  lastCommit?: LastCommit,
): Note {
  const { meta, meetings: m } = read;
  // A section's anchor is the id the renderer gave the heading on its line (found by line, not by
  // counting: a tabset's heading renders as tabs, not as a heading).
  const idAt = new Map(rendered.headings.map((h) => [h.line, h.slug]));
  const meetings = m.sections.map((s): Meeting => ({ anchor: idAt.get(s.line) ?? '', ...s }));
  return {
    id: read.id,
    file: read.file,
    path: notePath(read.id),
    kind,
    title: meta.title,
    description: meta.description,
    tags: meta.tags,
    ...(meta.date ? { updated: meta.date } : {}),
    ...(meta.dateCreated ? { created: meta.dateCreated } : {}),
    ...(lastCommit ? { lastCommit } : {}),
    ...(m.meetingDate ? { meetingDate: m.meetingDate } : {}),
    ...(m.meetingEnd ? { meetingEnd: m.meetingEnd } : {}),
    ...(m.series ? { series: m.series } : {}),
    attendees: m.attendees,
    ...(meetings.length ? { meetings } : {}),
    ...(Object.keys(m.origin).length ? { origin: m.origin } : {}),
    actions: items.filter((i) => i.kind !== 'decision'),
    decisions: items.filter((i) => i.kind === 'decision'),
    html: rendered.html,
    ...(rendered.searchHtml ? { searchHtml: rendered.searchHtml } : {}),
    headings: rendered.headings,
    links: [...rendered.links],
  };
}

/** `note` with every person's name in the spelling `spelling` gives it, each attendee once. */
export function withSpellings(note: Note, spelling: (name: string) => string): Note {
  const attendees = (list: Attendee[]) => mergeAttendees(list.map((a) => ({ ...a, name: spelling(a.name) })));
  const items = (list: Item[]) => list.map((i) => ({ ...i, owners: [...new Set(i.owners.map(spelling))] }));
  return {
    ...note,
    attendees: attendees(note.attendees),
    ...(note.meetings ? { meetings: note.meetings.map((m) => ({ ...m, attendees: attendees(m.attendees) })) } : {}),
    actions: items(note.actions),
    decisions: items(note.decisions),
  };
}
