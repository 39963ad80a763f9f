import { createRequire } from 'node:module';

type Tagger = typeof import('compromise/two').default;

/** compromise's part-of-speech tagger, loaded on first use: only a few rules need it. */
let tagger: Tagger | undefined;
const tag = (text: string) => {
  tagger ??= createRequire(import.meta.url)('compromise/two') as Tagger;
  return tagger(text);
};

/** Whether `text` starts with a verb (`Use Postgres 15`), not a gerund (`Investigating …`). */
export function startsWithVerb(text: string) {
  const doc = tag(text);
  return doc.has('^#Verb') && !doc.has('^#Gerund');
}

/**
 * Whether `text` starts as an instruction: a verb in the present (`Remind people`, `set up the
 * form`), or `to` / `will` and one (`to write the post`); not a report (`sent them out`,
 * `looking forward`, `would have been nice`, `there are …`).
 */
export function startsAsInstruction(text: string) {
  // The first words say it; tagging a whole long paragraph would cost time for nothing.
  const doc = tag(text.slice(0, 80));
  if (doc.has('^(to|will) #Verb')) return true;
  return doc.has('^#Verb') && !doc.has('^(#Gerund|#PastTense|#Copula|#Modal|#Auxiliary)');
}
