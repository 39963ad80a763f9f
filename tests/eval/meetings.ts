// node tests/eval/meetings.ts [notes dir] [labels file]
// Scores meeting dates and attendees against hand labels: meetings.labels.json (mathesar-wiki, the
// default) or seagl.labels.json (another team's plain-Markdown notes). Exit 1 below the targets (attendee precision >= 0.97 and recall >= 0.95,
// date accuracy >= 0.98).
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { corpusOptions, parseConfig } from '../../src/notes/config.ts';
import { loadCorpus } from '../../src/notes/corpus.ts';
import { loadProjectConfig } from '../../scripts/config.ts';
import { personKey } from './who-is-who.ts';

interface Unit {
  file: string;
  line: number | null;
  date: string;
  attendees: string[];
  partial: string[];
}

const labels = JSON.parse(
  await readFile(resolve(process.argv[3] ?? new URL('meetings.labels.json', import.meta.url).pathname), 'utf8'),
) as {
  units: Unit[];
  /** The corpus's Minutes options (people aliases, wiki host), beside the labels; none: the defaults. */
  config?: string;
  /**
   * Who is who, labelled by hand from the notes: a person → the other ways notes write them
   * (`"Rachel Kelly": ["Rachel"]`). A labelled name and the site's must be the same person: a
   * person the site splits in two, or two it merges, count as errors.
   */
  people?: Record<string, string[]>;
};
const { config, notesDir } = labels.config
  ? await loadProjectConfig(new URL(labels.config, import.meta.url).pathname)
  : { config: parseConfig({}, {}), notesDir: '' };
const dir = resolve(process.argv[2] ?? notesDir);
const corpus = await loadCorpus(corpusOptions(config, { dir }));
const byFile = new Map(corpus.notes.map((n) => [n.file, n]));

const same = personKey(labels.people);
let tp = 0;
let fp = 0;
let fn = 0;
let datesRight = 0;
const misses: string[] = [];
for (const unit of labels.units) {
  const note = byFile.get(unit.file);
  const found = unit.line === null ? note : note?.meetings?.find((m) => m.line === unit.line);
  const date = found && ('meetingDate' in found ? found.meetingDate : 'date' in found ? found.date : undefined);
  // Labels keep names as each note writes them; the site gives one spelling per person across the
  // folder (`salt` → `Salt`), so names compare without letter case.
  const names = new Set(found?.attendees.map((a) => same(a.name)) ?? []);
  const labelled = new Set(unit.attendees.map(same));
  const where = `${unit.file}${unit.line ? `:${unit.line}` : ''}`;
  if (date === unit.date) datesRight++;
  else misses.push(`${where}: date ${date ?? 'none'}, labelled ${unit.date}`);
  for (const name of labelled) {
    if (names.has(name)) tp++;
    else {
      fn++;
      misses.push(`${where}: missed ${name}`);
    }
  }
  for (const name of names) {
    if (labelled.has(name)) continue;
    fp++;
    misses.push(`${where}: extra ${name}`);
  }
}

const precision = tp / (tp + fp || 1);
const recall = tp / (tp + fn || 1);
const accuracy = datesRight / labels.units.length;
for (const m of misses) console.log(`  ${m}`);
console.log(
  `meetings: ${labels.units.length} units · attendee precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)} · date accuracy ${accuracy.toFixed(3)}`,
);
process.exit(precision >= 0.97 && recall >= 0.95 && accuracy >= 0.98 ? 0 : 1);
