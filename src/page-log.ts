import { stripVTControlCharacters } from 'node:util';

/** Astro's line for a page it starts writing (`14:02:11   ├─ /people/ana/index.html`), and the time it ends with. */
const PAGE = /^(?:\d\d:\d\d:\d\d )?\s+├─ /;
const TIME = /^ \((?:\+[\d.]+\s*m?s|cached|restored)\)/;
/** The time part of a page an incremental build copied from its cache instead of rendering. */
const COPIED = /^ \((?:cached|restored)\)/;

/**
 * Astro logs each page it writes in two parts, its path and then its time, as if pages were
 * written one at a time; with several at once (build.concurrency) the parts interleave into lines
 * nobody can read. Until `restore` is called, those parts are held back, and every `every` pages a
 * line says how many were written. Everything else Astro prints passes as it is. `restore` says
 * how many pages there were and how many of them were copied from the last build's cache.
 */
export function condensePageLog(every: number, say: (line: string) => void) {
  const write = process.stdout.write.bind(process.stdout);
  let pages = 0;
  let copied = 0;
  process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    const text = stripVTControlCharacters(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString());
    const isPage = PAGE.test(text);
    if (!isPage && !TIME.test(text)) return (write as (...args: unknown[]) => boolean)(chunk, ...rest);
    if (isPage && ++pages % every === 0) say(`${pages} pages written`);
    if (COPIED.test(text)) copied++;
    // A caller waiting for the write to finish is told it did.
    const done = rest.find((arg) => typeof arg === 'function') as (() => void) | undefined;
    done?.();
    return true;
  }) as typeof process.stdout.write;
  return {
    restore() {
      process.stdout.write = write;
      return { pages, copied };
    },
  };
}
