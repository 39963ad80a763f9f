import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readFrontMatter } from './src/notes/frontmatter.ts';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmAutolinkLiteral } from 'micromark-extension-gfm-autolink-literal';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
const dir = process.argv[2]!;
const files = readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith('.md'));
const texts = files.map((f) => readFrontMatter(f, readFileSync(join(dir, f), 'utf8')).body);
const t = (label: string, fn: () => void) => { const s = performance.now(); fn(); console.log(label.padEnd(30), (performance.now() - s).toFixed(0), 'ms'); };
for (let r = 0; r < 2; r++) {
t('plain', () => texts.forEach((x) => fromMarkdown(x)));
for (const [n, e] of [['autolink', gfmAutolinkLiteral()], ['footnote', gfmFootnote()], ['strike', gfmStrikethrough({singleTilde:false})], ['table', gfmTable()], ['task', gfmTaskListItem()]] as any[])
  t(n, () => texts.forEach((x) => fromMarkdown(x, { extensions: [e] })));
}
console.log(texts.reduce((a, b) => a + b.length, 0) / texts.length);
