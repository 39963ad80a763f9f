// npm run bench [-- <notes dir>… [--json file]]
// Builds each notes folder (default: the sample notes, and the real Wiki.js corpus beside the
// project when it is there) and prints what the build and search cost: build time, search index
// size and file count, and the bytes a reader downloads for a first query. Reports figures only:
// no thresholds (tests assert behaviour, this measures it).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium, serveSite } from './browser.ts';

const CONFIG = 'astro.config.mjs';
const CORPUS = '../shared/corpora/mathesar-wiki';
const QUERY = 'meeting';

interface Figures {
  notes: string;
  buildSeconds: number;
  pages: number;
  outputFiles: number;
  outputBytes: number;
  searchFiles: number;
  searchBytes: number;
  firstQuery: { requests: number; bytes: number; gzipBytes: number };
  notePage: { path: string; htmlGzip: number; cssGzip: number };
}

const args = process.argv.slice(2);
const jsonAt = args.indexOf('--json');
const jsonFile = jsonAt >= 0 ? args[jsonAt + 1] : undefined;
const dirs = args.filter((a, i) => !a.startsWith('--') && i !== jsonAt + 1);
if (!dirs.length) dirs.push('content', ...(existsSync(CORPUS) ? [CORPUS] : []));

const results: Figures[] = [];
for (const dir of dirs) {
  process.stdout.write(`Building ${dir}… `);
  results.push(await measure(dir));
  console.log('done');
}
print(results);
if (jsonFile) await writeFile(jsonFile, `${JSON.stringify({ date: new Date().toISOString(), node: process.version, results }, null, 2)}\n`);

async function measure(dir: string): Promise<Figures> {
  const outDir = join(await mkdtemp(join(tmpdir(), 'minutes-bench-')), 'dist');
  const started = performance.now();
  const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--config', CONFIG, '--outDir', outDir, '--silent'], {
    env: { ...process.env, MINUTES_NOTES_DIR: resolve(dir), ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  });
  const buildSeconds = (performance.now() - started) / 1000;
  if (build.status !== 0) throw new Error(`Build of ${dir} failed:\n${build.stdout}${build.stderr}`);
  const files = await sizes(outDir);
  const search = files.filter((f) => f.path.startsWith('pagefind/'));
  return {
    notes: dir,
    buildSeconds: round(buildSeconds, 1),
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
  const pageSizes = await Promise.all(notes.map(async (n) => ({ url: n.url, bytes: (await stat(join(outDir, n.url, 'index.html'))).size })));
  const largest = pageSizes.sort((a, b) => b.bytes - a.bytes)[0]!;
  const html = await readFile(join(outDir, largest.url, 'index.html'));
  const css = await Promise.all([...html.toString().matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => readFile(join(outDir, m[1]!))));

  const { origin, stop } = await serveSite(CONFIG, outDir);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(`${origin}${largest.url}`);
    await page.waitForLoadState('networkidle');
    const fetched: string[] = [];
    page.on('requestfinished', (r) => fetched.push(new URL(r.url()).pathname));
    await page.keyboard.press('/');
    await page.locator('pagefind-modal dialog[open] input').waitFor();
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
      notePage: { path: largest.url, htmlGzip: gzipSync(html).length, cssGzip: sum(css.map((c) => gzipSync(c).length)) },
    };
  } finally {
    await browser.close();
    await stop();
  }
}

async function sizes(dir: string) {
  const entries = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile());
  return Promise.all(entries.map(async (e) => ({ path: relative(dir, join(e.parentPath, e.name)), bytes: (await stat(join(e.parentPath, e.name))).size })));
}

function print(rows: Figures[]) {
  const kB = (n: number) => `${(n / 1024).toFixed(0)} kB`;
  const table = rows.map((r) => ({
    notes: r.notes,
    'build (s)': r.buildSeconds,
    pages: r.pages,
    'output files': r.outputFiles,
    output: kB(r.outputBytes),
    'search files': r.searchFiles,
    'search index': kB(r.searchBytes),
    [`first query "${QUERY}"`]: `${kB(r.firstQuery.gzipBytes)} gzip (${kB(r.firstQuery.bytes)} raw, ${r.firstQuery.requests} requests)`,
    'largest note page': `${kB(r.notePage.htmlGzip + r.notePage.cssGzip)} gzip HTML+CSS`,
  }));
  console.table(table);
}

function sum(values: number[]) {
  return values.reduce((a, b) => a + b, 0);
}

function round(n: number, digits: number) {
  return Math.round(n * 10 ** digits) / 10 ** digits;
}
