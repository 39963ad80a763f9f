import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import {
  createPipeline,
  type PipelineOptions,
  type ReadSummary,
  type RenderContext,
  type RenderedNote,
  type RenderJob,
} from './pipeline.ts';

export interface Source {
  file: string;
  bytes: Uint8Array;
}

export type Request =
  | { id: number; type: 'read'; inputs: Source[] }
  | { id: number; type: 'render'; jobs: (RenderJob & { bytes?: Uint8Array })[]; context: RenderContext };

/** Notes done so far, of all the stage was given. */
export type Progress = (done: number, total: number) => void;

/** The read and render stages over many notes, in this thread or spread over worker threads. */
export interface Pipelines {
  /** Worker threads in use; 0 when the work happens in this thread. */
  threads: number;
  read(inputs: readonly Source[], onProgress?: Progress): Promise<ReadSummary[]>;
  /** Each job needs `bytes` unless `read` was given the note in this run. */
  render(
    jobs: readonly (RenderJob & { bytes?: Uint8Array })[],
    context: RenderContext,
    onProgress?: Progress,
  ): Promise<RenderedNote[]>;
  close(): Promise<void>;
}

/** Notes handled between two progress reports. */
const CHUNK = 250;

/** Runs `work` over `values` a chunk at a time, reporting after each. */
async function inChunks<V, R>(
  values: readonly V[],
  work: (chunk: V[]) => R[] | Promise<R[]>,
  onDone: (count: number) => void,
): Promise<R[]> {
  const results: R[] = [];
  for (let start = 0; start < values.length; start += CHUNK) {
    const chunk = await work(values.slice(start, start + CHUNK));
    results.push(...chunk);
    onDone(chunk.length);
  }
  return results;
}

/** A counter over all the chunks of one stage, whichever thread finishes them. */
const progressOf = (total: number, onProgress?: Progress) => {
  let done = 0;
  return (count: number) => onProgress?.((done += count), total);
};

/** Below this many notes, starting threads (each loads the whole Markdown stack) costs more than it saves. */
export const MIN_NOTES_PER_WORKER = 150;

/** How many worker threads suit `notes` notes on this machine: 0 means this thread. */
export const workerCount = (notes: number) =>
  Math.min(availableParallelism(), 4, Math.floor(notes / MIN_NOTES_PER_WORKER));

export function inThisThread(options: PipelineOptions): Pipelines {
  const pipeline = createPipeline(options);
  return {
    threads: 0,
    read: (inputs, onProgress) =>
      inChunks(
        inputs,
        (chunk) => chunk.map(({ file, bytes }) => pipeline.read(file, bytes)),
        progressOf(inputs.length, onProgress),
      ),
    render: (jobs, context, onProgress) =>
      inChunks(jobs, (chunk) => pipeline.render(chunk, context), progressOf(jobs.length, onProgress)),
    close: async () => {},
  };
}

/**
 * `count` worker threads, each reading a share of the notes and rendering the same share later,
 * so every syntax tree is parsed once and stays in the thread that parsed it. Rejects when a
 * thread cannot start (the caller then works in its own thread).
 */
export async function inWorkers(count: number, options: PipelineOptions): Promise<Pipelines> {
  const workers = Array.from(
    { length: count },
    () =>
      new Worker(new URL('./pipeline-worker.ts', import.meta.url), {
        workerData: options,
        resourceLimits: { maxYoungGenerationSizeMb: 64 },
      }),
  );
  const pending = new Map<number, { resolve: (value: never) => void; reject: (error: Error) => void }>();
  let nextId = 0;
  try {
    await Promise.all(
      workers.map(
        (w) =>
          new Promise<void>((ready, failed) => {
            w.once('message', () => ready());
            w.once('error', failed);
          }),
      ),
    );
  } catch (error) {
    await Promise.all(workers.map((w) => w.terminate()));
    throw error;
  }
  for (const worker of workers) {
    worker.on('message', ({ id, result }: { id: number; result: never }) => {
      pending.get(id)?.resolve(result);
      pending.delete(id);
    });
    worker.on('error', (error: Error) => {
      for (const { reject } of pending.values()) reject(error);
      pending.clear();
    });
  }
  const ask = <T>(worker: Worker, request: DistributiveOmit<Request, 'id'>) =>
    new Promise<T>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve: resolve as (value: never) => void, reject });
      worker.postMessage({ ...request, id });
    });
  /** Which thread holds a note's tree. */
  const holder = new Map<string, number>();
  /** Splits `values` into one share per thread (a note's holder if it has one) and joins the answers in order. */
  const spread = async <V extends { file: string }, R>(
    values: readonly V[],
    send: (worker: Worker, chunk: V[]) => Promise<R[]>,
    onProgress?: Progress,
  ) => {
    const report = progressOf(values.length, onProgress);
    const shares = workers.map((): { at: number[]; values: V[] } => ({ at: [], values: [] }));
    values.forEach((value, i) => {
      const w = holder.get(value.file) ?? i % workers.length;
      holder.set(value.file, w);
      shares[w]!.at.push(i);
      shares[w]!.values.push(value);
    });
    const answers = await Promise.all(
      shares.map((share, w) => inChunks(share.values, (chunk) => send(workers[w]!, chunk), report)),
    );
    const joined: R[] = new Array(values.length);
    answers.forEach((answer, w) => {
      answer.forEach((result, k) => {
        joined[shares[w]!.at[k]!] = result;
      });
    });
    return joined;
  };
  return {
    threads: count,
    read: (inputs, onProgress) =>
      spread(inputs, (worker, chunk) => ask<ReadSummary[]>(worker, { type: 'read', inputs: chunk }), onProgress),
    render: (jobs, context, onProgress) =>
      spread(
        jobs,
        (worker, chunk) => ask<RenderedNote[]>(worker, { type: 'render', jobs: chunk, context }),
        onProgress,
      ),
    close: async () => {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
