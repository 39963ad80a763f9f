// node tests/eval/actions.ts [notes dir] [labels file] [--misses]
// Scores action items and decisions against hand labels: actions.labels.json (14 mathesar-wiki
// notes, the default) or seagl.actions.labels.json (another team's notes): file, line, owners. An
// item counts when file and line match. Exit 1 below the targets: action precision >= 0.9 and
// recall >= 0.8, decision precision >= 0.85.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { loadProjectConfig } from '../../scripts/config.ts';
import { personKey } from './who-is-who.ts';
import { corpusOptions, parseConfig } from '../../src/notes/config.ts';
import { loadCorpus } from '../../src/notes/corpus.ts';

interface Labels {
  /** The corpus's Minutes options beside the labels; none: the defaults. */
  config?: string;
  /** Who is who, labelled by hand: a person → the other ways notes write them. */
  people?: Record<string, string[]>;
  notes: string[];
  actions: { file: string; line: number; owners: string[]; kind?: string; status?: string }[];
  decisions: { file: string; line: number }[];
}

const args = process.argv.slice(2);
const [corpusDir, labelsFile] = args.filter((a) => !a.startsWith('--'));
const labels = JSON.parse(
  await readFile(resolve(labelsFile ?? new URL('actions.labels.json', import.meta.url).pathname), 'utf8'),
) as Labels;
const { config, notesDir } = labels.config
  ? await loadProjectConfig(new URL(labels.config, import.meta.url).pathname)
  : { config: parseConfig({}, {}), notesDir: '' };
const dir = resolve(corpusDir ?? notesDir);
const corpus = await loadCorpus(corpusOptions(config, { dir }));
const notes = corpus.notes.filter((n) => labels.notes.includes(n.file));

function score(name: string, found: { file: string; line: number }[], truth: { file: string; line: number }[]) {
  const key = (i: { file: string; line: number }) => `${i.file}:${i.line}`;
  const truthKeys = new Set(truth.map(key));
  const foundKeys = new Set(found.map(key));
  const hits = [...foundKeys].filter((k) => truthKeys.has(k)).length;
  if (args.includes('--misses')) {
    for (const k of foundKeys) if (!truthKeys.has(k)) console.log(`  extra ${name}: ${k}`);
    for (const k of truthKeys) if (!foundKeys.has(k)) console.log(`  missed ${name}: ${k}`);
  }
  return { precision: hits / (foundKeys.size || 1), recall: hits / (truthKeys.size || 1), hits };
}

const actions = notes.flatMap((n) => n.actions.map((a) => ({ ...a, file: n.file })));
const decisions = notes.flatMap((n) => n.decisions.map((d) => ({ ...d, file: n.file })));
const a = score('action', actions, labels.actions);
const d = score('decision', decisions, labels.decisions);
// Of the matched actions, how many have exactly the labelled owners.
const byKey = new Map(actions.map((x) => [`${x.file}:${x.line}`, x]));
const matched = labels.actions.filter((l) => byKey.has(`${l.file}:${l.line}`));
const person = personKey(labels.people);
const sameOwners = (a: readonly string[], b: readonly string[]) =>
  [...new Set(a.map(person))].sort().join() === [...new Set(b.map(person))].sort().join();
// A group named as owner (`everyone`) is labelled as an owner too.
const ownersOf = (l: { file: string; line: number }) => {
  const found = byKey.get(`${l.file}:${l.line}`)!;
  return [...found.owners, ...(found.groups ?? [])];
};
const ownersRight = matched.filter((l) => sameOwners(ownersOf(l), l.owners)).length;
if (args.includes('--misses'))
  for (const l of matched)
    if (!sameOwners(ownersOf(l), l.owners))
      console.log(
        `  owners ${l.file}:${l.line}: ${ownersOf(l).join(', ') || '-'}, labelled ${l.owners.join(', ') || '-'}`,
      );

const withStatus = matched.filter((l) => l.status);
const statusRight = withStatus.filter((l) => byKey.get(`${l.file}:${l.line}`)!.status === l.status).length;
const statuses = withStatus.length ? `, status right ${statusRight}/${withStatus.length}` : '';
console.log(
  `actions: ${actions.length} found, ${labels.actions.length} labelled · precision ${a.precision.toFixed(3)}, recall ${a.recall.toFixed(3)}, owners right ${ownersRight}/${matched.length}${statuses}\n` +
    `decisions: ${decisions.length} found, ${labels.decisions.length} labelled · precision ${d.precision.toFixed(3)}, recall ${d.recall.toFixed(3)}`,
);
process.exit(a.precision >= 0.9 && a.recall >= 0.8 && d.precision >= 0.85 ? 0 : 1);
