import { rmSync } from 'node:fs';
import { cp, mkdtemp, readdir, rename, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { onExit } from 'signal-exit';
import { pageDocument, type SearchRecord } from './notes/search.ts';

/** The other UIs Pagefind writes into every bundle; the site loads only the Component UI. */
const UNUSED = ['pagefind-ui.js', 'pagefind-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css'];
/**
 * Above this many records Pagefind bundles fragments into shared files. Hosts limit file counts
 * (Cloudflare Pages: 20,000 per site), and a site of 10,000 notes already has as many pages; a
 * bundle of a few records still costs a result little to fetch. Writing fewer files is faster too.
 */
const MAX_FRAGMENTS = 5000;
/** Records sent to the Pagefind service at once: enough to keep it busy, few enough to report progress. */
const BATCH = 500;

export interface SearchIndexStats {
  records: number;
  files: number;
  bytes: number;
}

/**
 * Indexes the records with Pagefind's Node API and writes the bundle to `outputPath`. Records go
 * in as HTML, so their headings give sub-results. The indexing runs in Pagefind's own process.
 */
export async function writeSearchIndex(
  records: readonly SearchRecord[],
  {
    outputPath,
    lang,
    onProgress,
  }: { outputPath: string; lang: string; onProgress?: (done: number, total: number) => void },
): Promise<SearchIndexStats> {
  // Heading anchors are a `#` link after each heading: not words anyone searches for.
  const created = await pagefind.createIndex({
    forceLanguage: lang,
    excludeSelectors: ['.heading-anchor'],
    maxFragments: MAX_FRAGMENTS,
  });
  if (!created.index) throw new Error(`Pagefind could not start: ${created.errors.join('; ')}`);
  const { index } = created;
  try {
    for (let start = 0; start < records.length; start += BATCH) {
      const batch = records.slice(start, start + BATCH);
      const added = await Promise.all(
        batch.map((r) => index.addHTMLFile({ url: r.url, content: pageDocument(r, lang) })),
      );
      const errors = added.flatMap((a, i) => a.errors.map((e) => `${batch[i]!.url}: ${e}`));
      if (errors.length) throw new Error(`Pagefind could not index:\n${errors.join('\n')}`);
      onProgress?.(start + batch.length, records.length);
    }
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(`Pagefind could not write ${outputPath}: ${written.errors.join('; ')}`);
  } finally {
    await pagefind.close();
  }
  await Promise.all(UNUSED.map((file) => rm(join(outputPath, file), { force: true })));
  return { records: records.length, ...(await folderSize(outputPath)) };
}

const STAGING = 'minutes-search-';

/**
 * A temporary folder for the bundle, removed when the process ends however it ends (bar a kill
 * that no handler sees: those are removed by the next build, as their process is gone).
 */
export async function stagingFolder() {
  const temp = tmpdir();
  const left = (await readdir(temp)).filter(
    (name) => name.startsWith(STAGING) && !isRunning(Number(name.slice(STAGING.length).split('-')[0])),
  );
  await Promise.all(left.map((name) => rm(join(temp, name), { recursive: true, force: true })));
  const folder = await mkdtemp(join(temp, `${STAGING}${process.pid}-`));
  onExit(() => rmSync(folder, { recursive: true, force: true }));
  return folder;
}

function isRunning(pid: number) {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Moves a written bundle into the site: a rename, or a copy when the two are on different disks.
 * Nothing may be there already (the notes folder cannot claim `pagefind/`).
 */
export async function moveBundle(from: string, to: string) {
  try {
    await rename(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    await cp(from, to, { recursive: true, errorOnExist: true, force: false });
    await rm(from, { recursive: true, force: true });
  }
}

async function folderSize(dir: string) {
  const files = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile());
  const sizes = await Promise.all(files.map((f) => stat(join(f.parentPath, f.name)).then((s) => s.size)));
  return { files: files.length, bytes: sizes.reduce((a, b) => a + b, 0) };
}
