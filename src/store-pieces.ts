import type { Plugin } from 'vite';

/** Astro's module of the content store, as Vite knows it once resolved. */
const STORE_MODULE = '\0astro:data-layer-content';
/** Astro writes the store into that module as one string literal for JSON.parse. */
const [BEFORE, AFTER] = ['export default JSON.parse(', ')'];
/** Characters per piece: V8 compiles a literal in time that grows faster than its length. */
const PIECE = 2 ** 20;

/**
 * Writes the content store's module as many short string literals joined when it runs, instead
 * of one literal of the whole store. V8 takes time that grows with the square of a literal's
 * length to compile it: 10,000 notes make a store of 140 MB, whose module took 31 s to import
 * as one literal and 1.8 s in pieces of a megabyte, while the build's pages waited. Any other
 * shape of the module is left as Astro wrote it.
 */
export function storeInPieces(): Plugin {
  return {
    name: 'minutes:store-in-pieces',
    transform(code, id) {
      if (id !== STORE_MODULE || !code.startsWith(BEFORE) || !code.endsWith(AFTER)) return undefined;
      const text = stringLiteral(code.slice(BEFORE.length, -AFTER.length));
      return text === undefined ? undefined : { code: inPieces(text), map: null };
    },
  };
}

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
