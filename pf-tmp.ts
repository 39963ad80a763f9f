import * as pagefind from 'pagefind';
import { readdirSync, statSync, rmSync } from 'node:fs';
const [n, sort, maxF] = process.argv.slice(2).map(Number);
const { index } = await pagefind.createIndex({ forceLanguage: 'en', ...(maxF ? { maxFragments: maxF } : {}) });
const words = 'alpha beta gamma delta storage review budget roadmap launch design hiring retro planning sync api cache'.split(' ');
const t0 = performance.now();
for (let s = 0; s < n!; s += 500) {
  await Promise.all(Array.from({ length: Math.min(500, n! - s) }, (_, k) => {
    const i = s + k;
    return index!.addCustomRecord({ url: `/n/${i}/`, content: Array.from({ length: 400 }, (_, j) => words[(i * 7 + j * 13) % words.length] + (j % 50 === 0 ? i : '')).join(' '), language: 'en', meta: { title: `Note ${i}`, date: '2024-01-01' }, filters: { kind: ['Meeting'], person: [`P${i % 12}`, `P${(i + 3) % 12}`], year: [`${2010 + (i % 15)}`] }, ...(sort ? { sort: { date: String(100000 - i) } } : {}) });
  }));
}
const out = `/tmp/pf-${n}-${sort}-${maxF}`; rmSync(out, { recursive: true, force: true });
await index!.writeFiles({ outputPath: out });
await pagefind.close();
const files = readdirSync(out, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
const meta = files.find((f) => f.name.endsWith('pf_meta'))!;
const frag = files.filter((f) => f.parentPath.endsWith('fragment'));
console.log({ n, sort, maxF, seconds: ((performance.now() - t0) / 1000).toFixed(1), files: files.length, meta: statSync(`${meta.parentPath}/${meta.name}`).size, fragments: frag.length, fragBytes: frag.reduce((a, f) => a + statSync(`${f.parentPath}/${f.name}`).size, 0) });
