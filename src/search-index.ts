import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
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

/** Records indexed by Pagefind's service (a process of its own), waiting to be written. */
export interface PendingIndex {
  /** Writes the bundle to `outputPath` and stops the service. */
  write(outputPath: string): Promise<SearchIndexStats>;
}

/**
 * Starts indexing the records with Pagefind's Node API. Records go in as HTML, so their headings
 * give sub-results. The service indexes on its own cores while the caller goes on (the build
 * renders its pages meanwhile); `write` finishes the job.
 */
export async function indexRecords(
  records: readonly SearchRecord[],
  { lang, onProgress }: { lang: string; onProgress?: (done: number, total: number) => void },
): Promise<PendingIndex> {
  // Heading anchors are a `#` link after each heading: not words anyone searches for.
  const created = await pagefind.createIndex({ forceLanguage: lang, excludeSelectors: ['.heading-anchor'], maxFragments: MAX_FRAGMENTS });
  if (!created.index) throw new Error(`Pagefind could not start: ${created.errors.join('; ')}`);
  const { index } = created;
  try {
    for (let start = 0; start < records.length; start += BATCH) {
      const batch = records.slice(start, start + BATCH);
      const added = await Promise.all(batch.map((r) => index.addHTMLFile({ url: r.url, content: pageDocument(r, lang) })));
      const errors = added.flatMap((a, i) => a.errors.map((e) => `${batch[i]!.url}: ${e}`));
      if (errors.length) throw new Error(`Pagefind could not index:\n${errors.join('\n')}`);
      onProgress?.(start + batch.length, records.length);
    }
  } catch (error) {
    await pagefind.close();
    throw error;
  }
  return {
    async write(outputPath) {
      try {
        const written = await index.writeFiles({ outputPath });
        if (written.errors.length) throw new Error(`Pagefind could not write ${outputPath}: ${written.errors.join('; ')}`);
      } finally {
        await pagefind.close();
      }
      await Promise.all(UNUSED.map((file) => rm(join(outputPath, file), { force: true })));
      return { records: records.length, ...(await folderSize(outputPath)) };
    },
  };
}

async function folderSize(dir: string) {
  const files = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile());
  const sizes = await Promise.all(files.map((f) => stat(join(f.parentPath, f.name)).then((s) => s.size)));
  return { files: files.length, bytes: sizes.reduce((a, b) => a + b, 0) };
}
