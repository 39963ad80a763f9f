// node tests/eval/search.ts <built site> [notes dir]
// Searches a site built from the real corpus, in Chromium, the way its readers do, and scores:
// - rare words: for words that only a few meetings contain (found in the corpus now, not listed
//   by hand), are exactly those meetings the first results?
// - decisions: does a decision's own words, searched among decisions, give its meeting first, with
//   that decision among the parts the result shows (the three that weigh most, as the search UI
//   picks them), landing on an anchor that exists in its page? Also counted: how often
//   it is the item matching most words.
// - filters: does each person, tag, year and series filter select exactly the records that carry it?
// - sort: are results sorted by meeting date newest first, undated last?
// Exit 1 below 0.9 on rare words or decisions, or on any filter or sort mismatch.
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { stemmer } from 'stemmer';
import { launchChromium, serveSite } from '../../scripts/browser.ts';
import { loadProjectConfig } from '../../scripts/config.ts';
import { corpusOptions } from '../../src/notes/config.ts';
import { loadCorpus } from '../../src/notes/corpus.ts';
import { KINDS, type SearchRecord, searchRecords, UNDATED } from '../../src/notes/search.ts';

const configFile = new URL('mathesar.config.mjs', import.meta.url).pathname;
const [distArg, dirArg] = process.argv.slice(2);
if (!distArg) throw new Error('usage: node tests/eval/search.ts <built site> [notes dir]');
const dist = resolve(distArg);
const { config, notesDir } = await loadProjectConfig(configFile);
const corpus = await loadCorpus(corpusOptions(config, { dir: resolve(dirArg ?? notesDir) }));
const records = searchRecords(corpus.notes, corpus.indexes, '/');
const byUrl = new Map(records.map((r) => [r.url, r]));

const text = (r: SearchRecord) => toString(fromHtml(r.html, { fragment: true })).toLowerCase();
// Pagefind also indexes `trade-off` as `tradeoff`: such joins can only disqualify a word.
const joined = (plain: string) => plain.match(/\b[a-z]+(?:-[a-z]+)+\b/g)?.map((w) => w.replaceAll('-', '')) ?? [];
const isMeeting = (r: SearchRecord) => r.filters.kind?.[0] === KINDS.note && r.sort.date !== UNDATED;

/**
 * Words of 7+ letters that only 1–3 meetings contain, and nothing else. Pagefind stems words and
 * matches the last one typed as a prefix, so a word qualifies only if every indexed word whose
 * stem starts with its stem is in those same meetings.
 */
function rareWords() {
  const holders = new Map<string, Set<SearchRecord>>();
  const spelling = new Map<string, string>();
  for (const r of records) {
    const plain = text(r);
    const words = new Set(plain.match(/\b[a-z]+\b/g) ?? []);
    for (const word of new Set([...words, ...joined(plain)])) {
      // Porter (here) keeps `-ly` where Pagefind's Snowball stemmer drops it.
      for (const stem of new Set([stemmer(word), stemmer(word.replace(/ly$/, ''))])) {
        if (!holders.has(stem)) holders.set(stem, new Set());
        holders.get(stem)!.add(r);
      }
      const stem = stemmer(word);
      if (
        words.has(word) &&
        word.length >= 7 &&
        !word.endsWith('ly') &&
        (!spelling.has(stem) || word < spelling.get(stem)!)
      )
        spelling.set(stem, word);
    }
  }
  const stems = [...holders.keys()].sort();
  const picked: { word: string; expected: string[] }[] = [];
  for (const [stem, word] of [...spelling].sort((a, b) => a[1].localeCompare(b[1]))) {
    const matching = new Set<SearchRecord>();
    // Stems are sorted, so all those starting with this one follow it.
    for (let i = stems.indexOf(stem); i < stems.length && stems[i]!.startsWith(stem); i++)
      for (const r of holders.get(stems[i]!)!) matching.add(r);
    if (matching.size <= 3 && [...matching].every(isMeeting))
      picked.push({ word, expected: [...matching].map((r) => r.url).sort() });
  }
  const step = Math.max(1, Math.floor(picked.length / 40));
  return picked.filter((_, i) => i % step === 0).slice(0, 40);
}

const { origin, stop } = await serveSite(configFile, dist);
const browser = await launchChromium();
try {
  const page = await browser.newPage();
  await page.goto(`${origin}/`);
  /** A result's URL, and its sub-results' (the items that matched, for action items and decisions), best match first. */
  type Hit = { url: string; sub: string[] };
  const search = (term: string | null, options: Record<string, unknown> = {}): Promise<Hit[]> =>
    page.evaluate(
      async ([term, options, bundle]) => {
        const pagefind = await import(bundle);
        await pagefind.options({ baseUrl: '/' });
        const found = await pagefind.search(term, options);
        type Data = { raw_url: string; sub_results: { url: string; weighted_locations: { weight: number }[] }[] };
        // As the search UI picks a hit's sub-results (weightiest in src/scripts/search.ts).
        const weight = (s: Data['sub_results'][number]) => s.weighted_locations.reduce((sum, l) => sum + l.weight, 0);
        const best = (d: Data) => [...d.sub_results].sort((a, b) => weight(b) - weight(a)).map((s) => s.url);
        return Promise.all(
          found.results.map(async (r: { data(): Promise<Data> }) =>
            r.data().then((d) => ({ url: d.raw_url, sub: best(d) })),
          ),
        );
      },
      [term, options, '/pagefind/pagefind.js'] as const,
    );

  const words = rareWords();
  let wordHits = 0;
  for (const { word, expected } of words) {
    const top = (await search(word))
      .slice(0, expected.length)
      .map((h) => h.url)
      .sort();
    if (JSON.stringify(top) === JSON.stringify(expected)) wordHits++;
    else console.log(`  rare word "${word}": expected ${expected.join(', ')}; got ${top.join(', ')}`);
  }

  // Decisions of a few words at least: "Helper." alone names no one decision.
  const worded = corpus.indexes.decisions.filter((d) => d.item.text.split(/\s+/).length >= 4);
  const decisions = worded.filter((_, i) => i % Math.max(1, Math.floor(worded.length / 30)) === 0);
  let decisionHits = 0;
  let decisionBest = 0;
  for (const { item, note } of decisions) {
    const query = item.text
      .replace(/[^\p{L}\p{N}\s]/gu, ' ')
      .split(/\s+/)
      .filter(Boolean)
      .slice(0, 8)
      .join(' ');
    const [first] = await search(query, { filters: { kind: ['Decisions'] } });
    const anchored = (await readFile(join(dist, note.path, 'index.html'), 'utf8').catch(() => '')).includes(
      `id="${item.id}"`,
    );
    // Where the item links land: the query (`?decisions`) only keeps the record's URL unique.
    const shown = (first?.sub ?? []).slice(0, 3).map((url) => url.replace(/\?[^#]*/, ''));
    const expected = `/${note.path}#${item.id}`;
    if (shown[0] === expected) decisionBest++;
    if (shown.includes(expected) && anchored) decisionHits++;
    else console.log(`  decision "${query}": expected ${expected}; got ${shown.join(', ') || 'nothing'}`);
  }

  const filterProblems: string[] = [];
  const facets = (name: 'person' | 'tag' | 'year' | 'series') =>
    [...new Set(records.flatMap((r) => r.filters[name] ?? []))].sort();
  for (const name of ['person', 'tag', 'year', 'series'] as const) {
    const values = facets(name);
    for (const value of values.filter((_, i) => i % Math.max(1, Math.floor(values.length / 5)) === 0)) {
      const want = records.filter((r) => r.filters[name]?.includes(value)).length;
      const got = (await search(null, { filters: { [name]: [value] } })).length;
      if (got !== want) filterProblems.push(`${name}=${value}: ${got} results, ${want} records`);
    }
  }

  const sorted = await search('meeting', { sort: { date: 'desc' } });
  const dates = sorted.map((h) => byUrl.get(h.url)?.sort.date ?? '?');
  const sortOk = dates.length > 20 && dates.every((d, i) => i === 0 || d <= dates[i - 1]!);

  const wordScore = wordHits / (words.length || 1);
  const decisionScore = decisionHits / (decisions.length || 1);
  console.log(
    `search: ${records.length} records · rare words ${wordHits}/${words.length} (${wordScore.toFixed(3)}) meetings first · ` +
      `decisions ${decisionHits}/${decisions.length} (${decisionScore.toFixed(3)}) shown in the first result and anchored, ${decisionBest} as its best-matching item · ` +
      `filters ${filterProblems.length ? filterProblems.join('; ') : 'all match'} · sort by date ${sortOk ? `ok over ${dates.length} results` : 'WRONG'}`,
  );
  process.exitCode = wordScore >= 0.9 && decisionScore >= 0.9 && !filterProblems.length && sortOk ? 0 : 1;
} finally {
  await browser.close();
  await stop();
}
