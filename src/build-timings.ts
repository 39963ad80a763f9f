import { writeFile } from 'node:fs/promises';

/**
 * How long a build's phases took, as data for `npm run bench` (never read back from log text, whose
 * wording may change). The loader runs in Vite's module instance and the integration in Node's,
 * so the figures meet in one global.
 */
export interface BuildTimings {
  /** The content loader reading the notes. */
  loadSeconds: number;
  /** From Astro's build start to its end: bundling, rendering and writing the pages. */
  pagesSeconds: number;
  /** What the build waited for search after the pages (indexing runs beside them). */
  searchWaitSeconds: number;
}

const TIMINGS = Symbol.for('minutes.build-timings');
type Shared = { [TIMINGS]?: Partial<BuildTimings> };

export function recordTiming(name: keyof BuildTimings, seconds: number) {
  const shared = globalThis as Shared;
  (shared[TIMINGS] ??= {})[name] = Math.round(seconds * 100) / 100;
}

/** Writes the figures to the file `MINUTES_TIMINGS` names, if it names one. */
export async function writeTimings(env: NodeJS.ProcessEnv = process.env) {
  if (env.MINUTES_TIMINGS) await writeFile(env.MINUTES_TIMINGS, JSON.stringify((globalThis as Shared)[TIMINGS] ?? {}));
}
