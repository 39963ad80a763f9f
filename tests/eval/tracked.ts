// node tests/eval/tracked.ts [notes dir] [labels file]
// Scores action items followed from meeting to meeting against hand labels (seagl.tracked.labels.json:
// carried-over items of whole series, each with all its mentions and its final status). For each
// labelled item, the tracked item holding its last mention must have its final status and hold
// its other mentions. Exit 1 below the target: final status right >= 0.90.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { corpusOptions, parseConfig } from '../../src/notes/config.ts';
import { loadCorpus } from '../../src/notes/corpus.ts';

interface Labels {
  items: { series: string; text: string; mentions: { file: string; line: number }[]; finalStatus: string }[];
}

const args = process.argv.slice(2);
const [corpusDir, labelsFile] = args.filter((a) => !a.startsWith('--'));
const labels = JSON.parse(
  await readFile(resolve(labelsFile ?? new URL('seagl.tracked.labels.json', import.meta.url).pathname), 'utf8'),
) as Labels;
const corpus = await loadCorpus(corpusOptions(parseConfig({}, {}), { dir: resolve(corpusDir ?? '.') }));
const at = (file: string, line: number) => `${file}:${line}`;
const trackedAt = new Map(
  corpus.indexes.tracked.flatMap((t) => t.mentions.map((m) => [at(m.note.file, m.item.line), t] as const)),
);

let statusRight = 0;
let mentionsTogether = 0;
let mentions = 0;
for (const item of labels.items) {
  const last = item.mentions.at(-1)!;
  const tracked = trackedAt.get(at(last.file, last.line));
  const together = item.mentions.filter((m) => tracked && trackedAt.get(at(m.file, m.line)) === tracked).length;
  mentions += item.mentions.length;
  mentionsTogether += together;
  if (tracked?.status === item.finalStatus) statusRight++;
  else if (args.includes('--misses'))
    console.log(
      `  ${at(last.file, last.line)}: ${tracked ? tracked.status : 'not an item'}, labelled ${item.finalStatus} (${item.text.slice(0, 60)})`,
    );
}
// Two labelled actions the site follows as one: a merge, as wrong as a split.
const labelOf = new Map(labels.items.flatMap((item, i) => item.mentions.map((m) => [at(m.file, m.line), i] as const)));
const merged = corpus.indexes.tracked.filter(
  (t) => new Set(t.mentions.flatMap((m) => labelOf.get(at(m.note.file, m.item.line)) ?? [])).size > 1,
).length;
const share = statusRight / (labels.items.length || 1);
console.log(
  `tracked: ${labels.items.length} carried-over items labelled · final status right ${statusRight}/${labels.items.length} (${share.toFixed(3)}) · mentions followed together ${mentionsTogether}/${mentions} · tracked items merging two labelled ones ${merged}`,
);
process.exit(share >= 0.9 ? 0 : 1);
