import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { storeModule } from '../../src/store-module.ts';

const STORE = '\0astro:data-layer-content';
const load = (id: string, storeFile?: string) => {
  const hook = storeModule(storeFile).load as { handler: (id: string) => string | undefined };
  return hook.handler(id);
};

describe('the content store module of a build', () => {
  it('reads the store file Astro wrote when the pages render, instead of holding it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'minutes-store-'));
    const value = [['Map', 1], { notes: 'x'.repeat(100_000) + '😀 "quoted" — end' }];
    await writeFile(join(dir, 'data-store.json'), JSON.stringify(value));
    const code = load(STORE, join(dir, 'data-store.json'))!;
    expect(code.length).toBeLessThan(200);
    await writeFile(join(dir, 'store.mjs'), code);
    expect(((await import(join(dir, 'store.mjs'))) as { default: unknown }).default).toEqual(value);
  });

  it("leaves Astro's own module where there is no store file, and every other module", async () => {
    const dir = await mkdtemp(join(tmpdir(), 'minutes-store-'));
    expect(load(STORE, join(dir, 'data-store.json'))).toBeUndefined();
    expect(load(STORE)).toBeUndefined();
    await writeFile(join(dir, 'data-store.json'), '[]');
    expect(load('/src/pages/index.astro', join(dir, 'data-store.json'))).toBeUndefined();
  });
});
