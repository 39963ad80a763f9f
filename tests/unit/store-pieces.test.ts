import { describe, expect, it } from 'vitest';
import { inPieces, storeInPieces } from '../../src/store-pieces.ts';

const STORE = '\0astro:data-layer-content';
const run = async (code: string) =>
  ((await import(`data:text/javascript,${encodeURIComponent(code)}`)) as { default: unknown }).default;
const transform = (code: string, id = STORE) =>
  (storeInPieces().transform as (code: string, id: string) => { code: string } | undefined)(code, id);

describe('the content store module in pieces', () => {
  // Longer than a piece, with a surrogate pair (an emoji) across the first cut.
  const value = { notes: ['x'.repeat(2 ** 20 - 1) + '😀 "quoted" \\ — end', { n: 1 }] };
  const astro = `export default JSON.parse(${JSON.stringify(JSON.stringify(value))})`;

  it('gives the same store as the module Astro wrote, from literals of a megabyte at most', async () => {
    const code = transform(astro)!.code;
    expect(await run(code)).toEqual(value);
    const literals = JSON.parse(code.slice('export default JSON.parse('.length, code.indexOf('.join('))) as string[];
    expect(literals.length).toBe(2);
    expect(Math.max(...literals.map((l) => l.length))).toBeLessThanOrEqual(2 ** 20);
  });

  it('leaves other modules, and a store module of another shape, as they are', () => {
    expect(transform(astro, '/src/pages/index.astro')).toBeUndefined();
    expect(transform('export default new Map()')).toBeUndefined();
    expect(transform('export default JSON.parse(x)')).toBeUndefined();
  });

  it('writes an empty store as one empty join', async () => {
    expect(await run(inPieces('[]'))).toEqual([]);
  });
});
