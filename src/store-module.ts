import { readFile } from 'node:fs/promises';
import type { Plugin } from 'vite';

/** Astro's module of the content store, as Vite knows it once resolved. */
const STORE_MODULE = '\0astro:data-layer-content';
/** Astro writes the store into that module as one string literal for JSON.parse. */
const [BEFORE, AFTER] = ['export default JSON.parse(', ')'];
/** Characters per piece: V8 compiles a literal in time that grows faster than its length. */
const PIECE = 2 ** 20;

/**
 * Keeps the content store out of the bundle Astro renders the pages with. Astro writes the whole
 * store into one module as one string literal: 140 MB for 10,000 notes, which Vite then bundles
 * (most of its 17 s) and V8 compiles in time that grows with the square of a literal's length
 * (31 s to import it, while the pages and search waited). When the module holds exactly the
 * store file this build wrote (`storeFile`), it reads that file when it runs; otherwise its text
 * is cut into literals of a megabyte, joined when it runs (1.8 s to import at 10,000 notes). Any
 * other shape of the module is left as Astro wrote it.
 */
export function storeModule(storeFile?: string): Plugin {
  return {
    name: 'minutes:store-module',
    async transform(code, id) {
      if (id !== STORE_MODULE || !code.startsWith(BEFORE) || !code.endsWith(AFTER)) return undefined;
      const text = stringLiteral(code.slice(BEFORE.length, -AFTER.length));
      if (text === undefined) return undefined;
      const onDisk = storeFile && (await readFile(storeFile, 'utf8').catch(() => undefined));
      return { code: onDisk === text ? fromFile(storeFile!) : inPieces(text), map: null };
    },
  };
}

/** A module whose default export is the JSON in `file`, read when it runs. */
export const fromFile = (file: string) =>
  `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8'));`;

/** A module whose default export is `JSON.parse(text)`, the text in literals of at most PIECE characters. */
export function inPieces(text: string): string {
  const pieces: string[] = [];
  for (let at = 0; at < text.length; at += PIECE) pieces.push(text.slice(at, at + PIECE));
  return `export default JSON.parse(${JSON.stringify(pieces)}.join(""))`;
}

function stringLiteral(source: string): string | undefined {
  if (!source.startsWith('"')) return undefined;
  try {
    const value: unknown = JSON.parse(source);
    return typeof value === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}
