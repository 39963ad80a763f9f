import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { copyAssets, planAssets } from '../../src/notes/assets.ts';
import { hostLimitProblems } from '../../src/output-dir.ts';
import { writeFolder } from '../hostile/folders.ts';

const files = {
  'assets/photo.png': 'png',
  'assets/clean.svg': '<svg xmlns="http://www.w3.org/2000/svg"><rect width="1" height="1"/></svg>',
  'assets/evil.svg':
    '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script><rect width="1" height="1"/></svg>',
  'assets/broken.svg': 'not xml at all <',
  'docs/_redirects': '/ https://evil.example 301',
  'docs/Web.Config': '<configuration/>',
  'docs/feed.XML': '<rss/>',
  'docs/page.htm': '<p>x</p>',
  'docs/tool.mjs': 'alert(1)',
};

describe('planAssets', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'minutes-assets-'));
    await writeFolder(dir, files);
  });

  it('copies inert files and sane SVGs, and says why it leaves out the rest', async () => {
    const plan = await planAssets(dir, Object.keys(files).sort());
    expect(plan.copy).toEqual(['assets/clean.svg', 'assets/evil.svg', 'assets/photo.png']);
    expect(plan.diagnostics.map((d) => `${d.file} ${d.code}`).sort()).toEqual([
      'assets/broken.svg asset/svg',
      'assets/evil.svg asset/svg',
      'docs/Web.Config asset/hosting',
      'docs/_redirects asset/hosting',
      'docs/feed.XML asset/active',
      'docs/page.htm file/unsupported',
      'docs/tool.mjs asset/active',
    ]);
    expect(plan.diagnostics.find((d) => d.file === 'assets/evil.svg')?.message).toMatch(/script/);
  });

  it('copies without writing over anything already in the site, and sanitizes SVGs on the way', async () => {
    const out = await mkdtemp(join(tmpdir(), 'minutes-assets-out-'));
    await writeFolder(out, { 'assets/photo.png': 'the site’s own' });
    const result = await copyAssets(dir, out, ['assets/clean.svg', 'assets/evil.svg', 'assets/photo.png']);
    expect(result).toEqual({ copied: 2, clashes: ['assets/photo.png'] });
    expect(await readFile(join(out, 'assets/photo.png'), 'utf8')).toBe('the site’s own');
    expect(await readFile(join(out, 'assets/evil.svg'), 'utf8')).not.toContain('script');
  });
});

describe('hostLimitProblems', () => {
  it('names what exceeds a host’s file count and file size', async () => {
    const out = await mkdtemp(join(tmpdir(), 'minutes-limits-'));
    await writeFile(join(out, 'small.txt'), 'x');
    await writeFile(join(out, 'big.bin'), 'x'.repeat(2048));
    expect(await hostLimitProblems(out, { files: 5, fileBytes: 4096 })).toEqual([]);
    const problems = await hostLimitProblems(out, { files: 1, fileBytes: 1024 });
    expect(problems).toEqual([expect.stringContaining('2 files'), expect.stringMatching(/^big\.bin is/)]);
  });
});
