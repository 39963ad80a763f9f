import { readFile, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { diagnostic, type Diagnostic, sortDiagnostics } from './diagnostics.ts';
import { OPEN_FILES, scanNotesFolder } from './files.ts';
import { planAssets } from './assets.ts';
import pMap from 'p-map';
import picomatch from 'picomatch';
import { buildIndexes, type Indexes } from './indexes.ts';
import { entry } from './maps.ts';
import { settleByNeighbours } from './extract/meeting-date.ts';
import { type Note, noteId, toNote, withSpellings } from './note.ts';
import { corpusSpellings, linkShortNames } from './spellings.ts';
import { isMeetingNote, type ReadSummary, type RenderContext, type RenderedNote } from './pipeline.ts';
import { type History, readHistory } from './git.ts';
import { pathProblems, routeMoves } from './paths.ts';
import { heldSegments, placeRoutes, type RouteSegments } from './routes.ts';
import { mebibytes } from './format.ts';
import { MAX_NOTE_BYTES } from './config.ts';
import { openStages, type Work } from './stages.ts';
import type { Source } from './workers.ts';

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
  /**
   * Folder for the cache of parsed and rendered notes (keyed by each note's bytes), so an
   * unchanged note is never parsed again. No cache when unset.
   */
  cacheDir?: string;
  /** Notes larger than this many bytes are refused with an error instead of being rendered. */
  maxNoteBytes?: number;
  /** Globs of the notes that are meeting notes (`meeting-notes/**`); unset, each note's content decides. */
  meetings?: readonly string[];
  /** Which notes' action items and decisions are read: meetings only (the default), or every note. */
  itemsFrom?: 'meetings' | 'all';
  /** Meetings of its series after an open action's last mention before it is stale (see indexes.ts). */
  staleAfter?: number;
  /** Worker threads for parsing and rendering; default: by machine and folder size (0 = this thread). */
  workers?: number;
  /** Where Minutes' own pages go, as configured; where notes hold a place, the page moves. */
  routes?: Partial<RouteSegments>;
  /** Called as notes are read and rendered (those from the cache are not counted). */
  onProgress?: (stage: 'read' | 'render', done: number, total: number) => void;
}

export interface Corpus {
  /** Published notes, sorted by id. Unpublished notes never get here. */
  notes: Note[];
  /** Non-Markdown files to copy to the site. */
  assets: string[];
  readonly indexes: Indexes;
  diagnostics: Diagnostic[];
  /** Set when Git history was asked for but could not be read. */
  historyMissing?: History['missing'];
  /** Bulk commits whose dates were not taken as any note's last edit. */
  bulkCommits?: number;
  /** Where Minutes' own pages went: as configured, unless notes hold the place. */
  routes: RouteSegments;
  /** What this run did: the folder's notes read, and how many were parsed, rendered or taken from the cache. */
  work: Work & { read: number };
}

/**
 * Reads a notes folder into a validated Corpus, in the order a build needs: scan the folder, read
 * every note (cached), settle what only the whole folder knows (which notes are published, who
 * the people are), render (cached), assemble. Every file is read and checked even after errors,
 * so one run reports every problem.
 */
export async function loadCorpus(options: CorpusOptions): Promise<Corpus> {
  // Scan
  const folder = await scanNotesFolder(options.dir);
  const assets = await planAssets(options.dir, folder.files);
  const scope = {
    base: options.base,
    wikiHost: options.wikiHost,
    defaultLocale: options.defaultLocale,
    iframeHosts: options.iframeHosts,
    people: options.people,
  };
  const [sources, history, stages] = await Promise.all([
    pMap(folder.notes, (file) => readSource(options.dir, file, options.maxNoteBytes ?? MAX_NOTE_BYTES), {
      concurrency: OPEN_FILES,
    }),
    options.history ? readHistory(options.dir) : undefined,
    openStages({ ...options, scope }),
  ]);
  try {
    // Read
    const summaries = await stages.read(sources.filter((s): s is Source => 'bytes' in s));
    const read = settleAmbiguousDays(
      sources.map(
        (s): ReadSummary =>
          'bytes' in s
            ? summaries.get(s.file)!
            : { id: noteId(s.file), file: s.file, diagnostics: [s.diagnostic], personNames: [], parsed: false },
      ),
    );

    // Settle: what rendering needs to know of the whole folder.
    const published = read.filter(isPublished);
    // Owners must be people the published notes know, so `Design will …` never makes an item.
    const knownNames = [
      ...new Set(
        published.flatMap((n) => [
          ...n.meetings.attendees.map((a) => a.name),
          ...(n.meta.attendees ?? []),
          ...n.personNames,
        ]),
      ),
    ].sort();
    const context: RenderContext = { notes: published.map((n) => n.id), assets: assets.copy, ...scope, knownNames };
    const inMeetingFolders = options.meetings?.length ? picomatch([...options.meetings]) : undefined;
    const kinds = new Map(
      published.map((n) => [n.file, isMeetingNote(n.file, n.meetings, inMeetingFolders) ? 'meeting' : 'page'] as const),
    );

    // Render: unpublished and invalid notes too, only to report their broken links.
    const jobs = read.filter((n) => n.parsed && (!options.only || options.only.has(n.file)));
    const rendered = await stages.render(
      jobs.map((n) => {
        const kind = kinds.get(n.file);
        const items = kind === 'meeting' || (kind && options.itemsFrom === 'all');
        return { file: n.file, ...(items ? { meeting: kind === 'meeting' } : {}) };
      }),
      context,
    );
    // The threads' heaps (every tree they parsed) go now, not after the folder is assembled.
    await stages.close();
    await stages.save();

    // Assemble
    const notes: Note[] = [];
    const diagnostics = [
      ...assets.diagnostics,
      ...read.flatMap((n) => n.diagnostics),
      ...pathProblems({ notes: read, files: folder.files, assets: assets.copy }),
    ];
    const routes = placeRoutes(
      heldSegments(
        published.map((n) => n.id),
        folder.files,
      ),
      options.routes,
    );
    diagnostics.push(...routeMoves(routes.moved, [...published.map((n) => n.file), ...folder.files]));
    for (const note of jobs) {
      const result = rendered.get(note.file)!;
      diagnostics.push(...result.diagnostics, ...result.broken.map((broken) => brokenLink(note.file, broken)));
      if (isPublished(note) && result.html !== undefined) {
        notes.push(
          toNote(
            note,
            {
              html: result.html,
              ...(result.searchHtml ? { searchHtml: result.searchHtml } : {}),
              headings: result.headings,
              links: result.outgoing,
            },
            result.items,
            kinds.get(note.file)!,
            history?.commits.get(note.file),
          ),
        );
      }
    }
    // One spelling per person across the folder: `salt` and `Salt`, then `Ben` and `Ben Cotton`.
    const names = (n: Note) => [
      ...n.attendees.map((a) => a.name),
      ...(n.meetings ?? []).flatMap((m) => m.attendees.map((a) => a.name)),
    ];
    const owners = (n: Note) => [...n.actions, ...n.decisions].flatMap((i) => i.owners);
    const byCase = corpusSpellings(notes.flatMap((n) => [...names(n), ...owners(n)]));
    const cased = notes.map((n) => withSpellings(n, byCase));
    const short = linkShortNames(
      cased.map((n) => ({
        file: n.file,
        ...(n.series ? { series: n.series } : {}),
        attendees: [...new Set(names(n))],
        owners: owners(n),
      })),
    );
    diagnostics.push(...short.diagnostics);
    const settled = cased.map((n) => withSpellings(n, (name) => short.spelling(name, n.file)));
    let indexes: Indexes | undefined;
    return {
      notes: settled,
      assets: assets.copy,
      routes: routes.routes,
      // Built on first use: `check` reports problems and never needs them (2.5 s at 10,000 notes).
      get indexes() {
        indexes ??= buildIndexes(settled, options.staleAfter ? { staleAfter: options.staleAfter } : {});
        return indexes;
      },
      diagnostics: sortDiagnostics(options.only ? diagnostics.filter((d) => options.only!.has(d.file)) : diagnostics),
      ...(history?.missing ? { historyMissing: history.missing } : {}),
      ...(history?.bulk.length ? { bulkCommits: history.bulk.length } : {}),
      work: { read: sources.length, ...stages.work },
    };
  } finally {
    await stages.close();
  }
}

/**
 * Notes whose only date is digits that read as several days, dated by the other notes of their
 * folder where those make one reading plain (new objects: the cache keeps what the note alone says).
 */
function settleAmbiguousDays(read: ReadSummary[]): ReadSummary[] {
  const dated = new Map<string, string[]>();
  for (const n of read)
    if (n.meetings?.meetingDate) entry(dated, dirname(n.file), () => []).push(n.meetings.meetingDate);
  return read.map((n) => {
    const day = n.meetings?.readings && settleByNeighbours(n.meetings.readings, dated.get(dirname(n.file)) ?? []);
    if (!day || !n.meetings) return n;
    const { readings: _, ...meetings } = n.meetings;
    return {
      ...n,
      meetings: { ...meetings, meetingDate: day, origin: { ...meetings.origin, date: { source: 'other notes' } } },
      diagnostics: n.diagnostics.filter((d) => d.code !== 'meeting/date-ambiguous'),
    };
  });
}

/** A note that goes on the site: valid, and not marked `published: false`. */
const isPublished = (n: ReadSummary): n is ReadSummary & Required<Pick<ReadSummary, 'meta' | 'meetings'>> =>
  Boolean(n.meta?.published && n.meetings);

function brokenLink(file: string, broken: RenderedNote['broken'][number]): Diagnostic {
  const { target, at } = broken;
  if (broken.kind === 'image')
    return diagnostic(file, at, 'image/missing', `Image "${target}" is not in the notes folder.`);
  if (broken.kind === 'no-alt')
    return diagnostic(
      file,
      at,
      'image/no-alt',
      `Image "${target}" has no alt text: screen readers cannot tell what it shows.`,
    );
  return diagnostic(file, at, 'link/broken', `Link to "${target}" does not lead to a published note or file.`);
}

async function readSource(
  dir: string,
  file: string,
  maxBytes: number,
): Promise<Source | { file: string; diagnostic: Diagnostic }> {
  const refuse = (code: 'file/unreadable' | 'file/too-large', message: string) => ({
    file,
    diagnostic: diagnostic(file, undefined, code, message),
  });
  try {
    const { size } = await stat(join(dir, file));
    if (size > maxBytes)
      return refuse('file/too-large', `The note is ${mebibytes(size)}, over the limit of ${mebibytes(maxBytes)}.`);
    return { file, bytes: await readFile(join(dir, file)) };
  } catch (error) {
    return refuse(
      'file/unreadable',
      `The file cannot be read (${(error as NodeJS.ErrnoException).code ?? 'unknown error'}).`,
    );
  }
}
