import type { Corpus } from './notes/corpus.ts';

/**
 * The corpus the content loader read, passed to the integration's `astro:build:done` hook so the
 * search index is built without reading every note again. Both run in the build's process, but the
 * loader is loaded by Vite and the integration by Node: two instances of this module, one global.
 */
const SHARED = Symbol.for('minutes.corpus');
type Shared = { [SHARED]?: { notesPath: string; corpus: Corpus } };

export function shareCorpus(notesPath: string, corpus: Corpus) {
  (globalThis as Shared)[SHARED] = { notesPath, corpus };
}

/** The corpus read from `notesPath` in this process, handed over once. */
export function takeCorpus(notesPath: string): Corpus | undefined {
  const shared = (globalThis as Shared)[SHARED];
  delete (globalThis as Shared)[SHARED];
  return shared?.notesPath === notesPath ? shared.corpus : undefined;
}
