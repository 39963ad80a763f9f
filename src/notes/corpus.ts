import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { type CachedNote, digest, noteKey, openCache } from './cache.ts';
import { diagnostic, type Diagnostic, sortDiagnostics } from './diagnostics.ts';
import { OPEN_FILES, scanNotesFolder } from './files.ts';
import { planAssets } from './assets.ts';
import pMap from 'p-map';
import { buildIndexes, type Indexes } from './indexes.ts';
import { type Note, noteId, type ReadNote, toNote } from './note.ts';
import { isMeetingNote, type ReadSummary, type RenderContext, type RenderedNote } from './pipeline.ts';
import { type History, readHistory } from './git.ts';
import { pathProblems } from './paths.ts';
import { mebibytes } from './format.ts';
import { MAX_NOTE_BYTES } from './config.ts';
import { inThisThread, inWorkers, type Pipelines, type Source, workerCount } from './workers.ts';

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
  /** Worker threads for parsing and rendering; default: by machine and folder size (0 = this thread). */
  workers?: number;
  /** Called as notes are read and rendered (those from the cache are not counted). */
  onProgress?: (stage: 'read' | 'render', done: number, total: number) => void;
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
  /** Notes parsed and notes rendered in this run; the others came from the cache. */
  work: { parsed: number; rendered: number; threads: number };
}

/**
 * Reads a notes folder into a validated Corpus. Every file is read and checked even after
 * errors, so one run reports every problem. Notes are parsed and rendered in worker threads when
 * there are many, and taken from the cache when their bytes and everything they looked up are
 * unchanged.
 */
export async function loadCorpus(options: CorpusOptions): Promise<Corpus> {
  const folder = await scanNotesFolder(options.dir);
  const assets = await planAssets(options.dir, folder.files);
  const diagnostics: Diagnostic[] = [...assets.diagnostics];
  const { people: aliases } = options;
  const scope = { base: options.base, wikiHost: options.wikiHost, defaultLocale: options.defaultLocale, iframeHosts: options.iframeHosts, people: aliases };
  const [sources, history, cache] = await Promise.all([
    pMap(folder.notes, (file) => readSource(options.dir, file, options.maxNoteBytes ?? MAX_NOTE_BYTES), { concurrency: OPEN_FILES }),
    options.history ? readHistory(options.dir) : undefined,
    openCache(options.cacheDir, options.dir, scope),
  ]);
  const readable = sources.filter((s): s is Source => 'bytes' in s);
  const keys = new Map(readable.map((s) => [s.file, noteKey(s.file, s.bytes)]));
  const cached = new Map(readable.flatMap((s): [string, CachedNote][] => { const entry = cache.get(keys.get(s.file)!); return entry ? [[s.file, entry]] : []; }));

  let pipelines: Pipelines | undefined;
  /** Threads for `work` notes: the ones already started, unless there is now enough work for workers. */
  const pipelinesFor = async (work: number) => {
    const wanted = options.workers ?? workerCount(work);
    if (pipelines && !(wanted > 0 && pipelines.threads === 0)) return pipelines;
    await pipelines?.close();
    pipelines = wanted > 0 ? await inWorkers(wanted, { people: aliases }).catch(() => inThisThread({ people: aliases })) : inThisThread({ people: aliases });
    return pipelines;
  };
  try {
    const unread = readable.filter((s) => !cached.has(s.file));
    const fresh = unread.length ? await (await pipelinesFor(unread.length)).read(unread, (done, total) => options.onProgress?.('read', done, total)) : [];
    const summaries = new Map<string, ReadSummary>([...[...cached].map(([file, entry]): [string, ReadSummary] => [file, entry.read]), ...fresh.map((r): [string, ReadSummary] => [r.file, r])]);
    const read: ReadSummary[] = sources.map((s) => ('bytes' in s ? summaries.get(s.file)! : { id: noteId(s.file), file: s.file, diagnostics: [s.diagnostic], personNames: [], parsed: false }));
    diagnostics.push(...read.flatMap((n) => n.diagnostics), ...pathProblems({ notes: read, files: folder.files, assets: assets.copy }));

    const published = read.filter((n) => n.meta?.published && n.meetings);
    // Owners must be people the published notes know, so `Design will …` never makes an item.
    const knownNames = [...new Set(published.flatMap((n) => [...n.meetings!.attendees.map((a) => a.name), ...(n.meta!.attendees ?? []), ...n.personNames]))].sort();
    const known = digest(knownNames);
    const context: RenderContext = { notes: published.map((n) => n.id), assets: assets.copy, ...scope, knownNames };
    const sets = { notes: new Set(context.notes), assets: new Set(context.assets) };
    const stillValid = (entry: CachedNote | undefined) =>
      entry?.render?.known === known && entry.render.result.lookups.notes.every(([id, had]) => sets.notes.has(id) === had) && entry.render.result.lookups.assets.every(([path, had]) => sets.assets.has(path) === had);

    // Unpublished and invalid notes are rendered too, only to report their broken links.
    const jobs = read.filter((n) => n.parsed && (!options.only || options.only.has(n.file)));
    const rendered = new Map<string, RenderedNote>();
    const stale: ReadSummary[] = [];
    for (const n of jobs) {
      const entry = cached.get(n.file);
      if (stillValid(entry)) rendered.set(n.file, entry!.render!.result);
      else stale.push(n);
    }
    if (stale.length) {
      const readers = pipelines;
      const renderers = await pipelinesFor(stale.length);
      // Bytes go only with notes whose tree no thread holds: read from the cache, or by threads since replaced.
      const bytes = new Map(readable.filter((s) => cached.has(s.file) || renderers !== readers).map((s) => [s.file, s.bytes]));
      const results = await renderers.render(
        stale.map((n) => ({ file: n.file, bytes: bytes.get(n.file), ...(n.meta?.published && n.meetings ? { meeting: isMeetingNote(n.meetings) } : {}) })),
        context,
        (done, total) => options.onProgress?.('render', done, total),
      );
      for (const result of results) rendered.set(result.file, result);
    }
    for (const n of read) {
      const key = keys.get(n.file);
      if (key) cache.set(key, { read: n, ...(rendered.has(n.file) ? { render: { result: rendered.get(n.file)!, known } } : cached.get(n.file)?.render ? { render: cached.get(n.file)!.render! } : {}) });
    }
    await cache.save();

    const notes: Note[] = [];
    for (const note of jobs) {
      const result = rendered.get(note.file)!;
      diagnostics.push(...result.diagnostics);
      for (const broken of result.broken) {
        diagnostics.push(
          broken.kind === 'image'
            ? diagnostic(note.file, broken.at, 'warning', 'image/missing', `Image "${broken.target}" is not in the notes folder.`, 'Add the file, or fix the path (paths are relative to the notes folder root when they start with /).')
            : diagnostic(note.file, broken.at, 'warning', 'link/broken', `Link to "${broken.target}" does not lead to a published note or file.`, 'Check the path; wiki links may start with /, /en/, ./ or ../ and end in .md.'),
        );
      }
      if (note.meta?.published && note.meetings && result.html !== undefined) {
        notes.push(toNote({ ...note, meta: note.meta, meetings: note.meetings }, { html: result.html, headings: result.headings, links: result.outgoing }, result.items, history?.commits.get(note.file)));
      }
    }
    return {
      notes,
      assets: assets.copy,
      indexes: buildIndexes(notes),
      diagnostics: sortDiagnostics(options.only ? diagnostics.filter((d) => options.only!.has(d.file)) : diagnostics),
      ...(history?.missing ? { historyMissing: history.missing } : {}),
      work: { parsed: unread.length + stale.filter((n) => cached.has(n.file)).length, rendered: stale.length, threads: pipelines?.threads ?? 0 },
    };
  } finally {
    await pipelines?.close();
  }
}

async function readSource(dir: string, file: string, maxBytes: number): Promise<Source | { file: string; diagnostic: Diagnostic }> {
  const refuse = (code: 'file/unreadable' | 'file/too-large', message: string, hint: string) => ({ file, diagnostic: diagnostic(file, undefined, 'error', code, message, hint) });
  try {
    const { size } = await stat(join(dir, file));
    if (size > maxBytes) return refuse('file/too-large', `The note is ${mebibytes(size)}, over the limit of ${mebibytes(maxBytes)}.`, 'Split it into several notes, or raise the maxNoteBytes option.');
    return { file, bytes: await readFile(join(dir, file)) };
  } catch (error) {
    return refuse('file/unreadable', `The file cannot be read (${(error as NodeJS.ErrnoException).code ?? 'unknown error'}).`, 'Check its permissions.');
  }
}
