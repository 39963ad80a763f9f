import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { diagnostic, type Diagnostic, sortDiagnostics } from './diagnostics.ts';
import { scanNotesFolder } from './files.ts';
import type { LinkContext } from './links.ts';
import { createRenderer } from './markdown.ts';
import { buildIndexes, type Indexes } from './indexes.ts';
import type { NoteMeetings } from './extract/meetings.ts';
import { type Note, type ReadNote, readNote, toNote, tooComplex } from './note.ts';
import { extractActions, personSectionNames } from './extract/actions.ts';
import { extractDecisions } from './extract/decisions.ts';
import { type Item, withIds } from './extract/items.ts';
import { type History, readHistory } from './git.ts';
import { createPeople, knownPeople, type People } from './people.ts';
import { isSiteRoute, notePath } from './routes.ts';

export interface CorpusOptions {
  dir: string;
  base: string;
  wikiHost?: string;
  defaultLocale: string;
  iframeHosts: readonly string[];
  /** Canonical person → other spellings. */
  people?: Readonly<Record<string, readonly string[]>>;
  /** Read each note's last commit from Git (one `git log` for the folder). */
  history?: boolean;
  /**
   * Render and report only these notes (`check --changed`). Every note is still read, so links,
   * people and paths are judged against the whole folder.
   */
  only?: ReadonlySet<string>;
}

export interface Corpus {
  /** Published notes, sorted by id. Unpublished notes never get here. */
  notes: Note[];
  /** Non-Markdown files to copy to the site. */
  assets: string[];
  indexes: Indexes;
  diagnostics: Diagnostic[];
  /** Set when Git history was asked for but could not be read. */
  historyMissing?: History['missing'];
}

/**
 * Reads a notes folder into a validated Corpus. Every file is read and checked even after
 * errors, so one run reports every problem.
 */
export async function loadCorpus(options: CorpusOptions): Promise<Corpus> {
  const folder = await scanNotesFolder(options.dir);
  const diagnostics: Diagnostic[] = folder.unsupported.map((file) =>
    diagnostic(file, undefined, 'warning', 'file/unsupported', 'HTML pages (Wiki.js visual editor) are not rendered and not copied.', 'Convert the page to Markdown, or remove it.'),
  );
  const people = createPeople(options.people);
  const [read, history] = await Promise.all([
    Promise.all(folder.notes.map((file) => readSource(options.dir, file, people))),
    options.history ? readHistory(options.dir) : undefined,
  ]);
  diagnostics.push(...read.flatMap((n) => n.diagnostics), ...pathProblems(read));

  const published = read.filter((n) => n.meta?.published && n.tree && n.meetings);
  // Owners must be people the published notes know, so `Design will …` never makes an item.
  const known = knownPeople(
    published.flatMap((n) => [...n.meetings!.attendees.map((a) => a.name), ...(n.meta!.attendees ?? []), ...personSectionNames(n.tree!)]),
    people,
    options.people,
  );
  const links: LinkContext = {
    notes: new Set(published.map((n) => n.id)),
    assets: new Set(folder.assets),
    wikiHost: options.wikiHost,
    defaultLocale: options.defaultLocale,
    base: options.base,
  };
  const render = createRenderer({ links, iframeHosts: options.iframeHosts });
  const notes: Note[] = [];
  // Unpublished and invalid notes are rendered too, only to report their broken links.
  for (const note of read) {
    if (!note.tree || (options.only && !options.only.has(note.file))) continue;
    const isPublished = Boolean(note.meta?.published && note.meetings);
    let rendered;
    let items: Item[] = [];
    try {
      if (isPublished) {
        const strangers = (line: number, name: string) =>
          diagnostics.push(diagnostic(note.file, { line, column: 1 }, 'warning', 'action/unknown-owner', `"${name}" looks like the owner of this next step, but no note lists ${name} as an attendee.`, `Add ${name} to an attendee line, or map the spelling to a person with the "people" option.`));
        items = withIds(note.id, [...extractActions(note.tree, known, strangers), ...extractDecisions(note.tree, isMeetingNote(note.meetings!))]);
      }
      rendered = render(note.tree, note.id, anchorsOf(items));
    } catch (error) {
      diagnostics.push(tooComplex(note.file, error));
      continue;
    }
    for (const broken of rendered.links.broken) {
      diagnostics.push(
        broken.kind === 'image'
          ? diagnostic(note.file, broken.at, 'warning', 'image/missing', `Image "${broken.target}" is not in the notes folder.`, 'Add the file, or fix the path (paths are relative to the notes folder root when they start with /).')
          : diagnostic(note.file, broken.at, 'warning', 'link/broken', `Link to "${broken.target}" does not lead to a published note or file.`, 'Check the path; wiki links may start with /, /en/, ./ or ../ and end in .md.'),
      );
    }
    if (isPublished) notes.push(toNote({ ...note, meta: note.meta!, meetings: note.meetings! }, { ...rendered, links: rendered.links.outgoing }, items, history?.commits.get(note.file)));
  }
  return {
    notes,
    assets: folder.assets,
    indexes: buildIndexes(notes),
    diagnostics: sortDiagnostics(options.only ? diagnostics.filter((d) => options.only!.has(d.file)) : diagnostics),
    ...(history?.missing ? { historyMissing: history.missing } : {}),
  };
}

const isMeetingNote = (m: NoteMeetings) => Boolean(m.meetingDate || m.sections.length);

function anchorsOf(items: readonly Item[]) {
  const anchors = new Map<number, string[]>();
  for (const item of items) anchors.set(item.line, [...(anchors.get(item.line) ?? []), item.id]);
  return anchors;
}

async function readSource(dir: string, file: string, people: People): Promise<ReadNote> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(join(dir, file));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    return { id: file, file, diagnostics: [diagnostic(file, undefined, 'error', 'file/unreadable', `The file cannot be read (${reason}).`, 'Check its permissions.')] };
  }
  return readNote(file, bytes, people);
}

/** Two files for one URL (hosts differ on case), or a note where the site has its own pages. */
function pathProblems(notes: readonly ReadNote[]): Diagnostic[] {
  const problems: Diagnostic[] = [];
  const byUrl = new Map<string, ReadNote>();
  for (const note of notes) {
    const url = `/${notePath(note.id)}`;
    if (isSiteRoute(note.id)) {
      problems.push(diagnostic(note.file, undefined, 'error', 'path/reserved', `"${note.file}" would be served at ${url}, where Minutes has its own pages.`, 'Rename the file or move it into a folder.'));
    }
    const key = url.toLowerCase();
    const other = byUrl.get(key);
    if (other) {
      problems.push(diagnostic(note.file, undefined, 'error', 'path/collision', `"${note.file}" and "${other.file}" would both be served at ${url}.`, 'Rename one of them; URLs must differ by more than letter case.'));
    } else byUrl.set(key, note);
  }
  return problems;
}
