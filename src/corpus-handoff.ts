import type { Corpus } from './notes/corpus.ts';
import type { Diagnostic } from './notes/diagnostics.ts';

/**
 * Passes the corpus the content loader read to the integration, so a build's search index starts
 * from it the moment it exists, without reading every note again. Both run in the build's process,
 * but the loader is loaded by Vite and the integration by Node: two instances of this module, one
 * global.
 */
const LISTENER = Symbol.for('minutes.corpus-listener');
type Listener = (notesPath: string, corpus: Corpus) => void;
type Shared = { [LISTENER]?: Listener };

/** Called by the loader with each corpus it reads. */
export function shareCorpus(notesPath: string, corpus: Corpus) {
  (globalThis as Shared)[LISTENER]?.(notesPath, corpus);
}

/** Called by the integration, when building, to be given the corpus. */
export function onCorpus(listener: Listener) {
  (globalThis as Shared)[LISTENER] = listener;
}

const PROBLEMS = Symbol.for('minutes.dev-problems');
type Problems = { [PROBLEMS]?: readonly Diagnostic[] };

/** `astro dev`: the errors of the notes as last read, for every page to show (the loader sets them). */
export function shareDevProblems(problems: readonly Diagnostic[]) {
  (globalThis as Problems)[PROBLEMS] = problems;
}

export const devProblems = (): readonly Diagnostic[] => (globalThis as Problems)[PROBLEMS] ?? [];
