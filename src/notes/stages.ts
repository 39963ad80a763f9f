import { type CachedNote, digest, noteKey, openCache } from './cache.ts';
import type { ReadSummary, RenderContext, RenderedNote, RenderJob } from './pipeline.ts';
import { inThisThread, inWorkers, type Pipelines, type Source, workerCount } from './workers.ts';

/**
 * The owner of a notes folder's two stages: it takes each note from the cache when it can, runs
 * the rest in this thread or in worker threads, and knows which thread holds which syntax tree, so
 * a note read in one run of threads and rendered in another is sent its bytes again.
 */

export interface StageOptions {
  /** Folder of the note cache; none when unset. */
  cacheDir?: string;
  /** The notes folder (the cache keeps one file per folder). */
  dir: string;
  /** Everything besides a note's bytes that its stages depend on: a cache for other options is not used. */
  scope: unknown;
  people?: Readonly<Record<string, readonly string[]>>;
  /** Worker threads; default: by machine and amount of work (0 = this thread). */
  workers?: number;
  onProgress?: (stage: 'read' | 'render', done: number, total: number) => void;
}

export interface Stages {
  /** Every note's read stage, from the cache when its bytes are unchanged. */
  read(sources: readonly Source[]): Promise<Map<string, ReadSummary>>;
  /**
   * The render stage of these notes (read before), reusing a cached render while the people known
   * and every link it looked up answer the same.
   */
  render(jobs: readonly RenderJob[], context: RenderContext): Promise<Map<string, RenderedNote>>;
  /** Writes what this run read and rendered to the cache. */
  save(): Promise<void>;
  /** Stops the threads. */
  close(): Promise<void>;
  readonly work: Work;
}

/** What a run did, in notes, each counted once (a note parsed again to be rendered too). */
export interface Work {
  /** Parsed from their bytes in this run. */
  parsed: number;
  /** Rendered in this run. */
  rendered: number;
  /** Neither parsed nor rendered: taken whole from the cache. */
  cached: number;
  /** Worker threads used; 0 when this thread did the work. */
  threads: number;
}

export async function openStages(options: StageOptions): Promise<Stages> {
  const cache = await openCache(options.cacheDir, options.dir, options.scope);
  const sources = new Map<string, Source>();
  const keys = new Map<string, string>();
  const cached = new Map<string, CachedNote>();
  const summaries = new Map<string, ReadSummary>();
  const renders = new Map<string, NonNullable<CachedNote['render']>>();
  const work: Work = { parsed: 0, rendered: 0, cached: 0, threads: 0 };
  const parsed = new Set<string>();
  const fromCache = new Set<string>();
  const count = () => Object.assign(work, { parsed: parsed.size, cached: fromCache.size });
  let pipelines: Pipelines | undefined;
  /** Notes whose syntax tree a thread of the current `pipelines` holds. */
  const held = new Set<string>();

  /** Threads for `count` notes: the ones started, unless there is now enough work for workers. */
  const pipelinesFor = async (count: number) => {
    const wanted = options.workers ?? workerCount(count);
    if (pipelines && !(wanted > 0 && pipelines.threads === 0)) return pipelines;
    await pipelines?.close();
    held.clear();
    const people = { people: options.people };
    pipelines = wanted > 0 ? await inWorkers(wanted, people).catch(() => inThisThread(people)) : inThisThread(people);
    work.threads = pipelines.threads;
    return pipelines;
  };
  const progress = (stage: 'read' | 'render') => (done: number, total: number) =>
    options.onProgress?.(stage, done, total);

  return {
    async read(inputs) {
      const unread: Source[] = [];
      for (const source of inputs) {
        const key = noteKey(source.file, source.bytes);
        const entry = cache.get(key);
        sources.set(source.file, source);
        keys.set(source.file, key);
        if (entry) {
          fromCache.add(source.file);
          cached.set(source.file, entry);
          summaries.set(source.file, entry.read);
        } else unread.push(source);
      }
      if (unread.length) {
        const fresh = await (await pipelinesFor(unread.length)).read(unread, progress('read'));
        for (const summary of fresh) {
          summaries.set(summary.file, summary);
          if (summary.parsed) held.add(summary.file);
        }
      }
      for (const source of unread) parsed.add(source.file);
      count();
      return summaries;
    },

    async render(jobs, context) {
      const known = digest(context.knownNames);
      const sets = { notes: new Set(context.notes), assets: new Set(context.assets) };
      const rendered = new Map<string, RenderedNote>();
      const stale: RenderJob[] = [];
      for (const job of jobs) {
        const entry = cached.get(job.file)?.render;
        const { lookups } = entry?.result ?? { lookups: { notes: [], assets: [] } };
        const valid =
          entry?.known === known &&
          entry.meeting === job.meeting &&
          lookups.notes.every(([id, had]) => sets.notes.has(id) === had) &&
          lookups.assets.every(([path, had]) => sets.assets.has(path) === had);
        if (valid) rendered.set(job.file, entry!.result);
        else stale.push(job);
      }
      if (stale.length) {
        const renderers = await pipelinesFor(stale.length);
        // A note whose tree no thread holds (read from the cache, or by threads since replaced) is parsed again from its bytes.
        const orphans = stale.filter((job) => !held.has(job.file));
        const results = await renderers.render(
          stale.map((job) => (held.has(job.file) ? job : { ...job, bytes: sources.get(job.file)!.bytes })),
          context,
          progress('render'),
        );
        const asked = new Map(stale.map((job) => [job.file, job.meeting]));
        for (const result of results) {
          rendered.set(result.file, result);
          const meeting = asked.get(result.file);
          renders.set(result.file, { result, known, ...(meeting === undefined ? {} : { meeting }) });
          held.delete(result.file);
        }
        for (const job of orphans) parsed.add(job.file);
        for (const job of stale) fromCache.delete(job.file);
        work.rendered += stale.length;
        count();
      }
      return rendered;
    },

    async save() {
      for (const [file, read] of summaries) {
        // Taken whole from the cache: its stored entry is kept as it is, not serialized again.
        if (fromCache.has(file)) continue;
        const render = renders.get(file) ?? cached.get(file)?.render;
        cache.set(keys.get(file)!, { read, ...(render ? { render } : {}) });
      }
      await cache.save();
    },

    async close() {
      await pipelines?.close();
      pipelines = undefined;
      held.clear();
    },

    work,
  };
}
