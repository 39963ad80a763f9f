// npm run bench [-- --notes 1000,10000] [<notes dir>…] [--json file]
// Measures Minutes on notes folders: generated Wiki.js meeting notes of the given sizes (by
// ../shared/bench/gen-notes.mjs, the generator ../shared/bench/compare.sh builds Minutes, plain
// Astro and Hugo on, so the figures of both scripts are of the same notes), and any folders named
// (default without arguments: the sample notes, and the real Wiki.js corpus beside the project
// when it is there).
// Per folder it prints: check time (cold, and again with its note cache); cold build time split
// into content sync, page rendering and search (what the build still waits for after the pages:
// indexing runs beside them); rebuild time after editing one note (the one compare.sh edits), with
// the caches the cold build left; peak memory of the build's process tree;
// output size and file count; search index size and files; bytes a first query downloads; the
// largest note page's compressed HTML+CSS; what the part-of-speech tagger adds to extraction
// (sentences tagged, milliseconds per note, in one thread). Reports figures only: no thresholds (tests assert
// behaviour, this measures it).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { appendFile, cp, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { cpus, tmpdir, totalmem } from 'node:os';
import type { BuildTimings } from '../src/build-timings.ts';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { launchChromium, serveSite } from './browser.ts';
import { corpusOptions, parseConfig } from '../src/notes/config.ts';
import { loadCorpus } from '../src/notes/corpus.ts';
import { taggerUse } from '../src/notes/extract/tagger.ts';

const CONFIG = 'astro.config.mjs';
const CORPUS = '../shared/corpora/mathesar-wiki';
const GENERATOR = '../shared/bench/gen-notes.mjs';
const ASTRO_CACHE = 'node_modules/.astro';
const QUERY = 'meeting';

interface BuildFigures {
  seconds: number;
  syncSeconds: number;
  pagesSeconds: number;
  searchSeconds: number;
  peakMB: number;
}

interface Figures {
  notes: string;
  noteCount: number;
  checkSeconds: number;
  /** The same check again, its notes cached. */
  cachedCheckSeconds: number;
  /** Sentences compromise tagged while extracting, and the milliseconds it took. */
  tagger: { sentences: number; ms: number };
  build: BuildFigures;
  /** After one note is edited, with the cache the cold build left. */
  rebuild: BuildFigures;
  pages: number;
  outputFiles: number;
  outputBytes: number;
  searchFiles: number;
  searchBytes: number;
  firstQuery: { requests: number; bytes: number; gzipBytes: number };
  notePage: { path: string; htmlGzip: number; cssGzip: number };
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { notes: { type: 'string' }, json: { type: 'string' } },
});
const folders: { label: string; dir: string; edit?: string }[] = [];
for (const size of values.notes?.split(',').map(Number) ?? []) {
  const dir = await mkdtemp(join(tmpdir(), `minutes-bench-${size}-`));
  process.stdout.write(`Generating ${size} notes… `);
  folders.push({ label: `${size} generated`, dir, edit: await generate(dir, size) });
  console.log('done');
}
const named = positionals.length || folders.length ? positionals : ['content', ...(existsSync(CORPUS) ? [CORPUS] : [])];
// A copy: the rebuild measure edits a note, and the folder given must stay as it is.
for (const dir of named) folders.push({ label: dir, dir: await copy(dir) });

const results: Figures[] = [];
for (const folder of folders) {
  console.log(`Measuring ${folder.label}…`);
  results.push(await measure(folder));
}
print(results);
if (values.json) {
  const machine = `${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
  await writeFile(values.json, `${JSON.stringify({ date: new Date().toISOString(), machine, results }, null, 2)}\n`);
}

async function measure({ label, dir, edit }: { label: string; dir: string; edit?: string }): Promise<Figures> {
  // Cold figures start from an empty note cache; the rebuild and the second check use the one the
  // build (or the first check) left, as a contributor's machine or a CI cache would.
  const checkCache = await mkdtemp(join(tmpdir(), 'minutes-bench-cache-'));
  const check = await run(process.execPath, ['scripts/check.ts', dir, '--format', 'json'], {
    MINUTES_CACHE_DIR: checkCache,
  });
  const checkAgain = await run(process.execPath, ['scripts/check.ts', dir, '--format', 'json'], {
    MINUTES_CACHE_DIR: checkCache,
  });
  const noteCount = (JSON.parse(check.stdout) as { notes: number }).notes;
  const tagger = await taggerCost(dir);
  const outDir = join(await mkdtemp(join(tmpdir(), 'minutes-bench-out-')), 'dist');
  const cache = await mkdtemp(join(tmpdir(), 'minutes-bench-cache-'));
  const before = new Set(await astroCaches());
  const build = await astroBuild(dir, outDir, cache);
  const figures = await outputFigures(outDir);
  // One note edited, as a pull request does, then the site built again.
  const changed = edit ?? (await readdir(dir, { recursive: true })).find((f) => String(f).endsWith('.md'));
  await appendFile(join(dir, String(changed)), '\nOne more line, edited for the benchmark.\n');
  const rebuild = await astroBuild(dir, outDir, cache);
  // Astro's cache for this output folder (a copy of every page): it would never be used again.
  await Promise.all((await astroCaches()).filter((c) => !before.has(c)).map((c) => rm(c, { recursive: true })));
  return {
    notes: label,
    noteCount,
    checkSeconds: check.seconds,
    cachedCheckSeconds: checkAgain.seconds,
    tagger,
    build,
    rebuild,
    ...figures,
  };
}

/** What the tagger costs extracting a folder's notes: in this thread, without a note cache. */
async function taggerCost(dir: string) {
  taggerUse.sentences = 0;
  taggerUse.ms = 0;
  await loadCorpus({ ...corpusOptions(parseConfig({}, {}), { dir }), workers: 0 });
  return { sentences: taggerUse.sentences, ms: Math.round(taggerUse.ms) };
}

/** Astro's cache folders, one per notes folder and output folder (see the integration). */
async function astroCaches() {
  const names = await readdir(ASTRO_CACHE).catch(() => []);
  return names.filter((d) => d.startsWith('minutes-')).map((d) => join(ASTRO_CACHE, d));
}

/** `astro build` of a folder, timed, with its process tree's peak memory and the phases it logs. */
async function astroBuild(dir: string, outDir: string, cache: string) {
  const timings = join(await mkdtemp(join(tmpdir(), 'minutes-bench-timings-')), 'timings.json');
  const result = await run(
    process.execPath,
    ['node_modules/astro/bin/astro.mjs', 'build', '--config', CONFIG, '--outDir', outDir],
    { MINUTES_NOTES_DIR: dir, MINUTES_CACHE_DIR: cache, MINUTES_TIMINGS: timings, NO_COLOR: '1' },
  );
  if (result.code !== 0) throw new Error(`Build of ${dir} failed:\n${result.stdout}${result.stderr}`);
  // Indexing runs beside page rendering; what the build waits for after the pages is the search phase.
  const figures = JSON.parse(await readFile(timings, 'utf8')) as Partial<BuildTimings>;
  const figure = (name: keyof BuildTimings) => {
    const value = figures[name];
    if (typeof value !== 'number' || !Number.isFinite(value))
      throw new Error(`The build of ${dir} wrote no ${name} to ${timings}.`);
    return value;
  };
  return {
    seconds: result.seconds,
    syncSeconds: figure('loadSeconds'),
    pagesSeconds: figure('pagesSeconds'),
    searchSeconds: figure('searchWaitSeconds'),
    peakMB: result.peakMB,
  };
}

/** Runs a command, sampling the resident memory of it and all its descendants every 100 ms. */
function run(command: string, args: string[], env: Record<string, string> = {}) {
  return new Promise<{ code: number | null; stdout: string; stderr: string; seconds: number; peakMB: number }>(
    (done) => {
      const started = performance.now();
      const child = spawn(command, args, { env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env } });
      let stdout = '';
      let stderr = '';
      let peak = 0;
      child.stdout.on('data', (d) => (stdout += d));
      child.stderr.on('data', (d) => (stderr += d));
      const timer = setInterval(() => void treeRss(child.pid!).then((kb) => (peak = Math.max(peak, kb))), 100);
      child.on('close', (code) => {
        clearInterval(timer);
        done({
          code,
          stdout,
          stderr,
          seconds: round((performance.now() - started) / 1000),
          peakMB: Math.round(peak / 1024),
        });
      });
    },
  );
}

/** Resident memory (kB) of a process and its descendants, from /proc (Linux; 0 elsewhere). */
async function treeRss(pid: number): Promise<number> {
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const own = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    const tasks = await readdir(`/proc/${pid}/task`);
    const children = (
      await Promise.all(tasks.map((t) => readFile(`/proc/${pid}/task/${t}/children`, 'utf8').catch(() => '')))
    )
      .join(' ')
      .split(/\s+/)
      .filter(Boolean)
      .map(Number);
    return own + (await Promise.all(children.map(treeRss))).reduce((a, b) => a + b, 0);
  } catch {
    return 0;
  }
}

async function outputFigures(outDir: string) {
  const files = await sizes(outDir);
  const search = files.filter((f) => f.path.startsWith('pagefind/'));
  return {
    pages: files.filter((f) => f.path.endsWith('.html')).length,
    outputFiles: files.length,
    outputBytes: sum(files.map((f) => f.bytes)),
    searchFiles: search.length,
    searchBytes: sum(search.map((f) => f.bytes)),
    ...(await browse(outDir)),
  };
}

/** Opens the largest note page, searches from its header box, and counts what was downloaded. */
async function browse(outDir: string) {
  const notes = JSON.parse(await readFile(join(outDir, 'api', 'notes.json'), 'utf8')) as { url: string }[];
  const pageSizes = await Promise.all(
    notes.map(async (n) => ({ url: n.url, bytes: (await stat(join(outDir, n.url, 'index.html'))).size })),
  );
  const largest = pageSizes.sort((a, b) => b.bytes - a.bytes)[0]!;
  const html = await readFile(join(outDir, largest.url, 'index.html'));
  const css = await Promise.all(
    [...html.toString().matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => readFile(join(outDir, m[1]!))),
  );

  const { origin, stop } = await serveSite(CONFIG, outDir);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(`${origin}${largest.url}`);
    await page.waitForLoadState('networkidle');
    const fetched: string[] = [];
    page.on('requestfinished', (r) => fetched.push(new URL(r.url()).pathname));
    await page.keyboard.press('/');
    await page.keyboard.type(QUERY);
    await page.locator('.minutes-hit').first().waitFor();
    await page.waitForLoadState('networkidle');
    const bytes = await Promise.all(fetched.map((path) => readFile(join(outDir, decodeURIComponent(path)))));
    return {
      firstQuery: {
        requests: fetched.length,
        bytes: sum(bytes.map((b) => b.length)),
        // Pagefind's own files are gzipped already; static hosts gzip the scripts, styles and wasm.
        gzipBytes: sum(bytes.map((b, i) => (/\.pf_\w+$/.test(fetched[i]!) ? b.length : gzipSync(b).length))),
      },
      notePage: {
        path: largest.url,
        htmlGzip: gzipSync(html).length,
        cssGzip: sum(css.map((c) => gzipSync(c).length)),
      },
    };
  } finally {
    await browser.close();
    await stop();
  }
}

/** Writes `count` notes with compare.sh's generator; returns the note compare.sh edits for its rebuild. */
async function generate(dir: string, count: number) {
  if (!existsSync(GENERATOR)) {
    console.error(`--notes needs ${GENERATOR}, the generator the side-by-side benchmark uses.`);
    process.exit(2);
  }
  const made = spawnSync(process.execPath, [GENERATOR, '--n', String(count), '--out', dir], { encoding: 'utf8' });
  if (made.status !== 0) throw new Error(`${GENERATOR} failed:\n${made.stderr}`);
  const notes = (await readdir(dir, { recursive: true })).filter((f) => f.endsWith('.md')).sort();
  return notes[Math.floor(count / 2) - 1]!;
}

async function copy(dir: string) {
  const target = join(await mkdtemp(join(tmpdir(), 'minutes-bench-copy-')), 'notes');
  await cp(resolve(dir), target, { recursive: true, filter: (source) => !source.split('/').some((s) => s === '.git') });
  return target;
}

async function sizes(dir: string) {
  const entries = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile());
  return Promise.all(
    entries.map(async (e) => ({
      path: relative(dir, join(e.parentPath, e.name)),
      bytes: (await stat(join(e.parentPath, e.name))).size,
    })),
  );
}

function print(rows: Figures[]) {
  const kB = (n: number) => `${(n / 1024).toFixed(0)} kB`;
  const MB = (n: number) => `${(n / 2 ** 20).toFixed(1)} MB`;
  console.table(
    Object.fromEntries(
      rows.map((r) => [
        `${r.notes} (${r.noteCount} notes)`,
        {
          'check (cold / cached)': `${r.checkSeconds} / ${r.cachedCheckSeconds} s`,
          'tagger in extraction': `${r.tagger.sentences} sentences, ${r.tagger.ms} ms (${(r.tagger.ms / r.noteCount).toFixed(2)} ms/note)`,
          'cold build': `${r.build.seconds} s`,
          '  sync / pages / search': `${r.build.syncSeconds} / ${r.build.pagesSeconds} / ${r.build.searchSeconds} s`,
          'rebuild, one note edited': `${r.rebuild.seconds} s`,
          '  sync / pages / search ': `${r.rebuild.syncSeconds} / ${r.rebuild.pagesSeconds} / ${r.rebuild.searchSeconds} s`,
          'peak memory (cold / rebuild)': `${r.build.peakMB} / ${r.rebuild.peakMB} MB`,
          output: `${MB(r.outputBytes)}, ${r.outputFiles} files, ${r.pages} pages`,
          'search index': `${MB(r.searchBytes)}, ${r.searchFiles} files`,
          [`first query "${QUERY}"`]: `${kB(r.firstQuery.gzipBytes)} gzip, ${r.firstQuery.requests} requests`,
          'largest note page': `${kB(r.notePage.htmlGzip + r.notePage.cssGzip)} gzip HTML+CSS`,
        },
      ]),
    ),
  );
}

function sum(values: number[]) {
  return values.reduce((a, b) => a + b, 0);
}

function round(n: number) {
  return Math.round(n * 10) / 10;
}
