import { isAbsolute, relative } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { recordTiming } from './build-timings.ts';
import { shareCorpus, shareDevProblems } from './corpus-handoff.ts';
import { loadCorpus } from './notes/corpus.ts';
import { noteId } from './notes/note.ts';
import { count } from './notes/format.ts';
import { corpusProgress } from './notes/progress.ts';
import { formatPretty, loadedNotes, summary, updatedDates } from './notes/report.ts';
import { siteCorpusOptions, type MinutesSettings } from './settings.ts';

/**
 * Content-layer loader over the core: the core parses and renders each note once, and the store
 * keeps its HTML as the entry's `rendered` content (Astro's own Markdown pipeline runs no remark
 * plugins, so it cannot render the Wiki.js dialect).
 */
export function notesLoader(config: MinutesSettings): Loader {
  return {
    name: 'minutes-notes',
    load: async (context) => {
      await sync(config, context);
      // `astro dev`: a note saved, added or removed is read again (through the note cache: only it
      // is parsed), and the pages that show it reload, as with Astro's own glob loader.
      if (!config.dev || !context.watcher || watched.has(context.watcher)) return;
      const { watcher } = context;
      // Astro calls load again on its own syncs: one set of listeners per watcher.
      watched.add(watcher);
      watcher.add(config.notesPath);
      let running: Promise<void> | undefined;
      let again = false;
      const changed = (path: string) => {
        if (!isInside(config.notesPath, path)) return;
        if (running) {
          again = true; // An editor's save is often several events: one more read takes them all.
          return;
        }
        running = (async () => {
          do {
            again = false;
            await sync(config, context).catch((error: Error) => context.logger.error(error.message));
          } while (again);
          running = undefined;
        })();
      };
      for (const event of ['change', 'add', 'unlink'] as const) watcher.on(event, changed);
    },
  };
}

const watched = new WeakSet<object>();

const isInside = (dir: string, path: string) => {
  const rel = relative(dir, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
};

/** Reads the notes folder into the store; a build stops on errors, `astro dev` shows them and goes on. */
async function sync(config: MinutesSettings, { store, logger, generateDigest }: LoaderContext) {
  const started = performance.now();
  const corpus = await loadCorpus({
    ...siteCorpusOptions(config),
    onProgress: corpusProgress(1000, (line) => logger.info(line)),
  }).catch((error: NodeJS.ErrnoException) => {
    if (!error.syscall) throw error; // Minutes' own fault: Astro's report with the stack is the one to file.
    logger.error(
      `Cannot read the notes folder ${config.notesPath} (${error.code}). Set MINUTES_NOTES_DIR or the notesDir option to a folder of notes.`,
    );
    process.exit(1);
  });
  // The report `check` prints: paths relative to the notes folder, which the last line names.
  const read = `Read ${count(corpus.work.read, 'note')} in ${config.notesPath}`;
  if (corpus.diagnostics.length)
    logger.warn(`\n${formatPretty(corpus.diagnostics, { color: process.stdout.isTTY, checked: read })}`);
  const errors = corpus.diagnostics.filter((d) => d.severity === 'error');
  if (config.dev) shareDevProblems(errors);
  else if (errors.length) {
    // The report above says what and where; a stack trace would only hide it.
    logger.error(`Build stopped: ${summary(corpus.diagnostics)}. Fix the errors above (npm run check lists them too).`);
    process.exit(1);
  }
  if (corpus.historyMissing === 'shallow') {
    logger.warn(
      'The notes folder is a shallow Git clone: "Updated" dates come from the notes\' headers. Fetch the whole history (actions/checkout with fetch-depth: 0) for dates and authors from Git.',
    );
  }
  if (corpus.bulkCommits) logger.info(updatedDates(corpus));
  shareCorpus(config.notesPath, corpus);
  // Entries whose digest is unchanged are kept as they are, so Astro rewrites only what changed.
  const ids = new Set(corpus.notes.map((n) => n.id));
  // In `astro dev` a note that has just broken keeps its last good page until it is fixed, rather
  // than vanishing mid-edit (and its route with it).
  const broken = new Set(config.dev ? errors.map((d) => noteId(d.file)) : []);
  for (const id of store.keys()) if (!ids.has(id) && !broken.has(id)) store.delete(id);
  // The search HTML goes to the index only (the integration has the corpus), never to pages.
  for (const { html, searchHtml: _, ...data } of corpus.notes) {
    store.set({ id: data.id, data, digest: generateDigest(html + JSON.stringify(data)), rendered: { html } });
  }
  const ms = performance.now() - started;
  recordTiming('loadSeconds', ms / 1000);
  logger.info(loadedNotes(corpus, config.notesPath, ms));
}
