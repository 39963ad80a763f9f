import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inPieces, storeModule } from '../../src/store-module.ts';

const STORE = '\0astro:data-layer-content';
const run = async (code: string) =>
  ((await import(`data:text/javascript,${encodeURIComponent(code)}`)) as { default: unknown }).default;
const transform = (code: string, id = STORE, storeFile?: string) =>
  (storeModule(storeFile).transform as (code: string, id: string) => Promise<{ code: string } | undefined>)(code, id);

describe('the content store module', () => {
  // Longer than a piece, with a surrogate pair (an emoji) across the first cut.
  const value = { notes: ['x'.repeat(2 ** 20 - 1) + '😀 "quoted" \\ — end', { n: 1 }] };
  const text = JSON.stringify(value);
  const astro = `export default JSON.parse(${JSON.stringify(text)})`;

  it("reads the build's own store file when the pages render, instead of bundling it", async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'minutes-store-')), 'data-store.json');
    await writeFile(file, text);
    const code = (await transform(astro, STORE, file))!.code;
    expect(code.length).toBeLessThan(200);
    // A data: module cannot import node:fs; the same code as a file can.
    const module = join(file, '..', 'store.mjs');
    await writeFile(module, code);
    expect(((await import(module)) as { default: unknown }).default).toEqual(value);
  });

  it('bundles the text in literals of a megabyte at most when the file says something else, or there is none', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'minutes-store-')), 'data-store.json');
    await writeFile(file, '{"stale":true}');
    for (const code of [(await transform(astro, STORE, file))!.code, (await transform(astro))!.code]) {
      expect(await run(code)).toEqual(value);
      const literals = JSON.parse(code.slice('export default JSON.parse('.length, code.indexOf('.join('))) as string[];
      expect(literals.length).toBe(2);
      expect(Math.max(...literals.map((l) => l.length))).toBeLessThanOrEqual(2 ** 20);
    }
  });

  it('leaves other modules, and a store module of another shape, as they are', async () => {
    expect(await transform(astro, '/src/pages/index.astro')).toBeUndefined();
    expect(await transform('export default new Map()')).toBeUndefined();
    expect(await transform('export default JSON.parse(x)')).toBeUndefined();
  });

  it('writes an empty store as one empty join', async () => {
    expect(await run(inPieces('[]'))).toEqual([]);
  });
});
