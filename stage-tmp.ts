import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import remarkBreaks from 'remark-breaks';
import remarkEmoji from 'remark-emoji';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import remarkAttributes from './src/notes/dialect/attributes.ts';
import remarkImageSize from './src/notes/dialect/image-size.ts';
import remarkSubSup from './src/notes/dialect/sub-sup.ts';
import { readFrontMatter } from './src/notes/frontmatter.ts';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfm } from 'micromark-extension-gfm';
import { gfmFromMarkdown } from 'mdast-util-gfm';
const dir = process.argv[2]!;
const files = readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith('.md'));
const texts = files.map((f) => readFrontMatter(f, readFileSync(join(dir, f), 'utf8')).body);
const t = (label: string, fn: () => void) => { const s = performance.now(); fn(); console.log(label.padEnd(30), (performance.now() - s).toFixed(0), 'ms'); };
t('plain micromark', () => texts.forEach((x) => fromMarkdown(x)));
t('gfm micromark', () => texts.forEach((x) => fromMarkdown(x, { extensions: [gfm({singleTilde:false})], mdastExtensions: [gfmFromMarkdown()] })));
t('gfm no autolink', () => texts.forEach((x) => fromMarkdown(x, { extensions: [gfm({singleTilde:false})], mdastExtensions: [gfmFromMarkdown()] })));
const p = unified().use(remarkParse).use(remarkGfm, { singleTilde: false });
let trees: any[] = [];
t('parse (remark)', () => { trees = texts.map((x) => p.parse(x)); });
for (const [name, plugin, opt] of [['gfm transforms', remarkGfm, { singleTilde: false }], ['attributes', remarkAttributes], ['imageSize', remarkImageSize], ['subsup', remarkSubSup], ['emoji', remarkEmoji, { emoticon: true }], ['breaks', remarkBreaks]] as any[]) {
  const proc = unified().use(plugin, opt);
  t(name, () => trees.forEach((tr) => proc.runSync(tr)));
}
