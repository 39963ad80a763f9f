import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import wordListPath from 'word-list';
import { remembered } from '../memo.ts';

type Tagger = typeof import('compromise/two').default;

/** compromise's part-of-speech tagger, loaded on first use: only a few rules need it. */
let tagger: Tagger | undefined;
/** Sentences tagged in this thread and the milliseconds it took, loading included: `npm run bench` reports them. */
export const taggerUse = { sentences: 0, ms: 0 };
const tag = (text: string) => {
  const start = performance.now();
  tagger ??= createRequire(import.meta.url)('compromise/two') as Tagger;
  const doc = tagger(text);
  taggerUse.sentences++;
  taggerUse.ms += performance.now() - start;
  return doc;
};

/** Whether `text` starts with a verb (`Use Postgres 15`), not a gerund (`Investigating …`). */
export const startsWithVerb = remembered((text) => {
  const doc = tag(text);
  return doc.has('^#Verb') && !doc.has('^#Gerund');
});

/**
 * Whether `text` starts as an instruction: a verb in the present (`Remind people`, `set up the
 * form`), or `to` / `will` and one (`to write the post`); not a report (`sent them out`,
 * `looking forward`, `would have been nice`, `there are …`).
 */
export const startsAsInstruction = (text: string) => instruction(text.slice(0, 80));
// The first words say it; tagging a whole long paragraph would cost time for nothing.
const instruction = remembered((start) => {
  const doc = tag(start);
  if (doc.has('^(to|will) #Verb')) return true;
  return doc.has('^#Verb') && !doc.has('^(#Gerund|#PastTense|#Copula|#Modal|#Auxiliary)');
});

/** `Dev team`, `The IRSG chairs`, `Everyone`: the last word names a group. */
const GROUP_WORD =
  /^(?:everyone|everybody|all|folks|teams?|committees?|chairs?|board|staff|volunteers|organi[sz]ers|coordinators|leads|maintainers|members|devs|developers|group|wg)$/i;
/** `Bo will …`, `The IRSG to …`, `Ana and Bo are going to …`: one to four words, then what binds them. */
const ASSIGNMENT = /^((?:\S+\s+){1,4}?)(will|to|needs\s+to|has\s+to|(?:is|are)\s+going\s+to)\s+(?=\p{L})/iu;
/** What a thing will do rather than a task: `will need someone`, `will include sub-tasks`. */
const STATIVE = /^(?:need|needs|have|include|require|contain|seem|mean|depend)$/i;
const JOINERS = /^(?:and|&|,)$/i;
const REPORTED = /^(?:he|she|they)$/i;

interface Term {
  text: string;
  tags: string[];
  /** How sure compromise is of the tags: low when it guessed, the word being in no lexicon of its own. */
  confidence?: number;
  /** Punctuation after the word: `Ana,`. */
  post?: string;
  offset: { start: number; length: number };
}

/**
 * Who a sentence gives a task to when the notes have not named them before: `Stephen Farrell to
 * look at …`, `Kriti will write …`, `Dev team to investigate`, `The IRSG to review …`, `Colin
 * replied that he will raise it`, and with `initials` (inside an action label) `JS to give …`;
 * `known` names people the notes did name, written in another letter case (`chen li to …`).
 * The owner must read as people or a group and a verb in its base form must follow, so `Design
 * will be …`, `Reminder to submit …` and `Discussion will continue` give none.
 */
export function strangerOwners(
  text: string,
  { initials = false, known = () => false }: { initials?: boolean; known?: (name: string) => boolean } = {},
): { people: string[]; groups: string[]; binding: 'will' | 'to' } | undefined {
  const m = ASSIGNMENT.exec(text.slice(0, 120));
  // `Pavish: It will …`, `Sean - Moving to …`, `(Bo) to …`: a label or remark, not a subject.
  if (!m || /[:;()[\]/|]|\s[-–—]/.test(m[1]!)) return undefined;
  const ownerEnd = m[1]!.trimEnd().length;
  const binding = /will|going/i.test(m[2]!) ? 'will' : 'to';
  // compromise reads `to` as a preposition as often as not: the same sentence with `will` tags the verb.
  const sentence = `${text.slice(0, ownerEnd)} will ${text.slice(m[0].length)}`.slice(0, 80);
  const terms = termsOf(sentence);
  const owner = terms.filter((t) => t.offset.start < ownerEnd);
  const verbAt = terms.findIndex((t) => t.offset.start > ownerEnd + 5);
  if (!owner.length || verbAt < 0 || !isBaseVerb(terms, verbAt) || STATIVE.test(terms[verbAt]!.text)) return undefined;

  let words = owner;
  // `Colin replied that he`: the one reported, by name.
  const said = words.findIndex((t, i) => i > 0 && has(t, 'Verb'));
  if (said > 0) {
    const after = words.slice(said + 1).filter((t) => t.text.toLowerCase() !== 'that');
    if (after.length !== 1 || !REPORTED.test(after[0]!.text)) return undefined;
    words = words.slice(0, said);
  }
  // People have no article: `The IRSG` is a body.
  const article = words[0]?.text.toLowerCase() === 'the';
  if (article) words = words.slice(1);
  const last = words.at(-1);
  if (!last || words.some((t) => has(t, 'Verb') || isVerbAlone(t))) return undefined;
  const end = last.offset.start + last.offset.length;
  if (GROUP_WORD.test(last.text) || article) {
    const described = words.every((t) => t === last || has(t, 'Noun') || has(t, 'Adjective'));
    // `The IRSG to review …` gives a body a task; `The RFC will include …` describes a thing.
    const body = GROUP_WORD.test(last.text) || (binding === 'to' && /^\p{Lu}{2,6}$/u.test(last.text));
    return described && body ? { people: [], groups: [text.slice(0, end)], binding } : undefined;
  }
  const runs = nameRuns(words);
  const written = (run: Term[]) => text.slice(run[0]!.offset.start, termEnd(run.at(-1)!));
  const name = (run: Term[]) =>
    known(written(run)) ||
    (run.length === 1 && /^\p{Ll}/u.test(run[0]!.text)
      ? has(run[0]!, 'FirstName')
      : isNameWord(run[0]!, initials) && run.slice(1).every((t) => /^\p{Lu}\p{Ll}/u.test(t.text)));
  if (!runs.every(name)) return undefined;
  return { people: runs.map(written), groups: [], binding };
}

/** Read only: the lists are shared by every sentence alike. */
const termsOf = remembered(
  (sentence) =>
    tag(sentence)
      .json({ offset: true })
      .flatMap((s: { terms: Term[] }) => s.terms) as readonly Term[],
);

const has = (t: Term, tag: string) => t.tags.includes(tag);
const termEnd = (t: Term) => t.offset.start + t.offset.length;

/** `Ana, Bo and Chen Li` → the words of each name. */
function nameRuns(words: Term[]) {
  const runs: Term[][] = [[]];
  for (const t of words) {
    if (JOINERS.test(t.text)) runs.push([]);
    else runs.at(-1)!.push(t);
    if (/[,&]/.test(t.post ?? '')) runs.push([]);
  }
  return runs.filter((run) => run.length > 0);
}

/**
 * The first word of a name: one compromise knows as a first name, or a capitalised word that is no
 * English word (Kriti, Ghislaine; not Discussion, Reminder, Email), or initials where allowed.
 */
function isNameWord(t: Term, initials: boolean) {
  if (has(t, 'FirstName')) return true;
  if (/^\p{Lu}{2,3}$/u.test(t.text)) return initials && !isEnglish(t.text);
  return /^\p{Lu}\p{Ll}[\p{Ll}'’-]*$/u.test(t.text) && !isEnglish(t.text);
}

/** `Try to …`, `Email to …`: a word that is a verb by itself is no one's name. */
const isVerbAlone = (t: Term) => !has(t, 'FirstName') && verbAlone(t.text.toLowerCase());
const verbAlone = remembered((word) => tag(word).has('^#Verb$'));

/** English words in lower case, read on first use (a few MB; only sentences with a stranger need it). */
let english: Set<string> | undefined;
function isEnglish(word: string) {
  english ??= new Set(readFileSync(wordListPath, 'utf8').split('\n'));
  return english.has(word.toLowerCase());
}

/** `look`, `give`, `be scheduling`: not `looked`, `looking`, `be out`. */
function isBaseVerb(terms: readonly Term[], at: number) {
  const verb = terms[at]!;
  if (verb.text.toLowerCase() === 'be') return terms[at + 1]?.tags.includes('Gerund') ?? false;
  return verb.tags.includes('Verb') && !['Gerund', 'PastTense', 'Participle'].some((t) => verb.tags.includes(t));
}
