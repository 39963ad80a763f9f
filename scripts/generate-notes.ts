import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/**
 * Synthetic Wiki.js meeting notes for the benchmark, the same for the same count on every machine:
 * a small deterministic PRNG, a fictional team of 12 and 8 recurring meetings, notes of 3–9 KB
 * with what real notes have (Wiki.js headers, attendee lines, agendas, tables, callouts, links to
 * the previous meeting, decisions, `Name will …` next steps), 1 in 20 a monthly page of several
 * meetings.
 */
export async function generateNotes(dir: string, count: number): Promise<string[]> {
  const random = prng(count);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const some = <T>(list: readonly T[], n: number) => [...list].sort(() => random() - 0.5).slice(0, n);
  const files: string[] = [];
  const lastOf = new Map<string, string>();
  const start = Date.UTC(2019, 0, 7);

  for (let i = 0; i < count; i++) {
    const day = new Date(start + Math.floor((i * 2400 * 86_400_000) / count)).toISOString().slice(0, 10);
    const series = SERIES[i % SERIES.length]!;
    const monthly = i % 20 === 19;
    const file = monthly
      ? `meeting-notes/${day.slice(0, 7)}-${slug(series)}-${i}.md`
      : `meeting-notes/${day.slice(0, 7)}/${day}-${slug(series)}-${i}.md`;
    const meetings = monthly ? 3 : 1;
    const sections: string[] = [];
    for (let m = 0; m < meetings; m++) {
      const attendees = some(PEOPLE, 3 + Math.floor(random() * 5));
      const topics = some(TOPICS, 3 + Math.floor(random() * 3));
      const date = monthly ? `${day.slice(0, 8)}${String(1 + m * 9).padStart(2, '0')}` : day;
      const previous = lastOf.get(series);
      const paragraphs = Array.from({ length: 8 + Math.floor(random() * 10) }, () => sentence(random, pick, topics));
      sections.push(
        [
          monthly ? `# ${date} ${series}` : '',
          `**Attendees**: ${attendees.join(', ')}`,
          previous ? `Previous meeting: [${series}](/${previous.replace(/\.md$/, '')})` : '',
          '## Agenda',
          topics.map((t) => `- ${t}`).join('\n'),
          '## Notes',
          ...paragraphs.slice(0, Math.ceil(paragraphs.length / 2)),
          random() < 0.4 ? `> ${sentence(random, pick, topics)}\n{.is-${pick(['info', 'warning', 'success'])}}` : '',
          random() < 0.5 ? table(random, pick, attendees) : '',
          ...paragraphs.slice(Math.ceil(paragraphs.length / 2)),
          '## Decisions',
          Array.from(
            { length: 1 + Math.floor(random() * 3) },
            () => `- ${pick(DECISIONS)} ${pick(topics).toLowerCase()}.`,
          ).join('\n'),
          '## Next steps',
          Array.from(
            { length: 2 + Math.floor(random() * 4) },
            () => `- ${pick(attendees)} will ${pick(ACTIONS)} ${pick(topics).toLowerCase()}.`,
          ).join('\n'),
        ]
          .filter(Boolean)
          .join('\n\n'),
      );
    }
    const stamp = `${day}T${String(9 + (i % 8)).padStart(2, '0')}:30:00.000Z`;
    const title = monthly ? `${series}: ${day.slice(0, 7)}` : `${day} ${series}`;
    const text = `---\ntitle: ${title}\ndescription: ${pick(TOPICS)}\npublished: true\ndate: ${stamp}\ntags: ${some(TAGS, 1 + Math.floor(random() * 3)).join(', ')}\neditor: markdown\ndateCreated: ${stamp}\n---\n\n${sections.join('\n\n')}\n`;
    await mkdir(dirname(join(dir, file)), { recursive: true });
    await writeFile(join(dir, file), text);
    lastOf.set(series, file);
    files.push(file);
  }
  await writeFile(
    join(dir, 'home.md'),
    '---\ntitle: Benchmark wiki\npublished: true\n---\n\nGenerated meeting notes.\n',
  );
  return files;
}

/** mulberry32: tiny, fast, and the same sequence everywhere for the same seed. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-');

function sentence(random: () => number, pick: <T>(l: readonly T[]) => T, topics: string[]) {
  const words = Array.from({ length: 24 + Math.floor(random() * 36) }, () => pick(WORDS));
  return `${pick(topics)}: ${words.join(' ')}.`;
}

function table(random: () => number, pick: <T>(l: readonly T[]) => T, people: string[]) {
  const rows = people.map((p) => `| ${p} | ${pick(TOPICS)} | ${Math.floor(random() * 100)}% |`);
  return ['| Person | Area | Done |', '|---|---|---|', ...rows].join('\n');
}

const PEOPLE = ['Ana', 'Bo', 'Cy', 'Dana', 'Eli', 'Fen', 'Gus', 'Hana', 'Ivo', 'Jun', 'Kai', 'Lea'];
const SERIES = [
  'Weekly sync',
  'Design review',
  'Release planning',
  'Retrospective',
  'Infra review',
  'Product council',
  'Support triage',
  'Roadmap check-in',
];
const TAGS = ['planning', 'design', 'release', 'infra', 'support', 'hiring', 'mobile', 'web', 'data', 'security'];
const TOPICS = [
  'Offline tiles',
  'Route sharing',
  'Login flow',
  'Crash reports',
  'Map legend',
  'Sync engine',
  'Onboarding',
  'Billing',
  'Search speed',
  'Release notes',
  'Accessibility audit',
  'Backups',
  'Push notifications',
  'Dark mode',
  'Data export',
];
const DECISIONS = ['We ship', 'We postpone', 'We drop', 'We keep', 'We split', 'We measure'];
const ACTIONS = [
  'draft a plan for',
  'review',
  'write the spec for',
  'test',
  'follow up on',
  'estimate',
  'benchmark',
  'document',
];
const WORDS =
  'the team discussed how we could improve this before the next release and agreed that more data is needed while users keep asking for faster sync on older phones with weak signal so we look at caching tiles in batches and measuring memory on each device class then report back'.split(
    ' ',
  );
