// npm run check [dir] [--changed <git ref>] [--format pretty|github|json] [--strict] [--verbose] [--config astro.config.mjs]
// Validates every note (or, with --changed, the notes changed since a ref and the notes linking to
// them) and prints every problem in one run. Exit codes: 0 clean (or warnings only), 1 errors (or
// warnings with --strict), 2 bad usage, an unreadable folder or an unknown ref.
// Paths are relative to the notes folder, as an editor opened on it (and the JSON's `file`) has them;
// GitHub annotations are relative to the root of the folder's Git repository, where GitHub looks
// for the file in a pull request's diff (the notes folder itself when it is not in Git).
import { readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import pMap from 'p-map';
import { affectedNotes } from '../src/notes/changed.ts';
import { cacheDir } from '../src/notes/cache.ts';
import { corpusOptions } from '../src/notes/config.ts';
import { type Corpus, loadCorpus } from '../src/notes/corpus.ts';
import { hasErrors } from '../src/notes/diagnostics.ts';
import { OPEN_FILES, scanNotesFolder } from '../src/notes/files.ts';
import { corpusProgress } from '../src/notes/progress.ts';
import { changedSince, repositoryPrefix } from '../src/notes/git.ts';
import { count } from '../src/notes/format.ts';
import { type Format, formatFacts, formatGithub, formatJson, formatPretty } from '../src/notes/report.ts';
import { normalizeBase } from '../src/notes/routes.ts';
import { parseCommand, shownPath, usageError } from './cli.ts';
import { loadProjectConfig } from './config.ts';

const usage =
  'Usage: npm run check -- [dir] [--changed <git ref>] [--format pretty|github|json] [--strict] [--verbose] [--config file]';
const args = parseCommand(usage, {
  format: { type: 'string' },
  changed: { type: 'string' },
  config: { type: 'string' },
  strict: { type: 'boolean', default: false },
  verbose: { type: 'boolean', short: 'v', default: false },
});
const format = (args.values.format ?? (process.env.GITHUB_ACTIONS === 'true' ? 'github' : 'pretty')) as Format;
if (!['pretty', 'github', 'json'].includes(format) || args.positionals.length > 1) usageError(usage);

const { config, notesDir, base } = await loadProjectConfig(args.values.config);
const dir = resolve(args.positionals[0] ?? notesDir);
const only = args.values.changed === undefined ? undefined : await notesChangedSince(args.values.changed);
// Large folders take a while: say how far it got, on stderr so reports on stdout stay clean.
const progress = process.stderr.isTTY ? { onProgress: corpusProgress(1000, (line) => console.error(line)) } : {};
let corpus: Corpus;
try {
  corpus = await loadCorpus({
    ...corpusOptions(config, { dir, base: normalizeBase(base) }),
    cacheDir: cacheDir(),
    ...(only ? { only } : {}),
    ...progress,
  });
} catch (error) {
  console.error(
    `Cannot read the notes folder ${dir}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
  );
  process.exit(2);
}
const { diagnostics } = corpus;
const checked = only ? only.size : corpus.work.read;
const scope = `Checked ${count(checked, 'note')}${only ? ` changed since ${args.values.changed}, or linking to one,` : ''} in ${shownPath(dir)}`;
if (format === 'json')
  console.log(
    formatJson(diagnostics, { dir: relative(process.cwd(), dir) || '.', notes: corpus.notes.length, checked }),
  );
else if (format === 'github')
  console.log(formatGithub(diagnostics, { prefix: (await repositoryPrefix(dir)) ?? '', checked: scope }));
else {
  if (args.values.verbose) {
    // What each note yields and where from, so an author sees at once why a fact is (not) on the site.
    for (const note of corpus.notes) console.log(formatFacts(note));
    const { indexes } = corpus;
    console.log(
      `${indexes.meetings.length} meeting(s), ${indexes.people.length} people, ${indexes.actions.length} action item(s), ${indexes.decisions.length} decision(s)\n`,
    );
  }
  console.log(formatPretty(diagnostics, { color: process.stdout.isTTY, checked: scope }));
}
const failed = hasErrors(diagnostics) || (args.values.strict && diagnostics.length > 0);
// Not process.exit: it would cut a long report written to a pipe (CI, `| jq`) at 64 kB.
process.exitCode = failed ? 1 : 0;

/** The notes a pull request touches, from Git, plus the notes whose links may break with them. */
async function notesChangedSince(ref: string) {
  let changed: Awaited<ReturnType<typeof changedSince>>;
  try {
    changed = await changedSince(dir, ref);
  } catch (error) {
    console.error(
      `Cannot compare with "${ref}": ${((error as { stderr?: string }).stderr || (error as Error).message).trim()}`,
    );
    console.error('Give a branch, tag or commit Git knows, e.g. origin/main (fetch it first in CI).');
    process.exit(2);
  }
  const { notes } = await scanNotesFolder(dir);
  const sources = new Map(
    await pMap(notes, async (file) => [file, await readFile(join(dir, file), 'utf8')] as const, {
      concurrency: OPEN_FILES,
    }),
  );
  return affectedNotes(changed, sources);
}
