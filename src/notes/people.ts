import escape from 'escape-string-regexp';
/** Names → one canonical person each, from the `people` option (`"Dominykas": ["Dom"]`). */
export interface People {
  /** The canonical spelling of a name (case-insensitive alias lookup); unknown names as written. */
  canonical(name: string): string;
}

export function createPeople(aliases: Readonly<Record<string, readonly string[]>> = {}): People {
  const byKey = new Map<string, string>();
  for (const [person, others] of Object.entries(aliases)) {
    for (const name of [person, ...others]) byKey.set(name.trim().toLowerCase(), person);
  }
  return { canonical: (name) => byKey.get(name.trim().toLowerCase()) ?? name.trim() };
}

/** URL slugs (bounded in bytes) live in `slug.ts`; re-exported for the callers of `people.ts`. */
export { slugify } from './slug.ts';

// Words that make a phrase a group or placeholder, never one person (`Entire core team`, `No one`).
const GROUP_WORDS = new Set(
  'all anyone attendees backend both canceled cancelled core entire everybody everyone folks frontend group guests members n/a na no none nobody one others participants people postponed skipped team tbd tba various who whole'.split(
    ' ',
  ),
);
const NAME_WORD = /^\p{Lu}[\p{L}'’.-]*$/u;
const PARTICLE = /^(?:de|da|del|der|di|du|la|le|van|von|bin|al)$/;

/**
 * Whether a phrase from an attendee line names one person: one to four capitalised words
 * (particles such as `van` allowed), no digits, no group words. Precision matters more than recall:
 * a wrong person page is worse than a missing name.
 */
export function isPersonName(phrase: string) {
  const words = phrase.trim().split(/\s+/);
  if (words.length === 0 || words.length > 4 || phrase.length > 60) return false;
  if (words.some((w) => GROUP_WORDS.has(w.toLowerCase()))) return false;
  return NAME_WORD.test(words[0]!) && words.every((w) => NAME_WORD.test(w) || PARTICLE.test(w));
}

// A nickname or handle as people write them in attendance lists: `der.hans`, `wilco`, `sntxrr`.
const HANDLE = /^[\p{L}][\p{L}\p{N}._-]{1,29}$/u;

/**
 * Whether a phrase of an attendance list is one person's handle: one word of letters (digits,
 * dots, dashes after the first), not a group word. Only where a list says these are people.
 */
export const isHandle = (phrase: string) => HANDLE.test(phrase) && !GROUP_WORDS.has(phrase.toLowerCase());

/** The people a corpus knows, for telling `Kriti will …` (an owner) from `Design will …` (not one). */
export interface KnownPeople {
  /** Canonical name of a known spelling, matched exactly. */
  get(spelling: string): string | undefined;
  /** The same, whatever the letter case (`salt` for `Salt`): where a list says these are people. */
  getAnyCase(spelling: string): string | undefined;
  /** Every known spelling, longest first (the order a pattern of them tries them in). */
  spellings: readonly string[];
  /** Every known person named in `text`, canonical, in order of first mention. */
  namedIn(text: string): string[];
}

export function knownPeople(
  names: Iterable<string>,
  people: People,
  aliases: Readonly<Record<string, readonly string[]>> = {},
): KnownPeople {
  const spellings = new Map<string, string>();
  for (const name of names) spellings.set(name, people.canonical(name));
  for (const [person, others] of Object.entries(aliases)) for (const s of [person, ...others]) spellings.set(s, person);
  const sorted = [...spellings.keys()].sort((a, b) => b.length - a.length);
  const anywhere = sorted.length
    ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${sorted.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'gu')
    : undefined;
  const anyCase = new Map([...spellings].map(([s, person]) => [s.toLowerCase(), person]));
  return {
    get: (spelling) => spellings.get(spelling),
    getAnyCase: (spelling) => spellings.get(spelling) ?? anyCase.get(spelling.toLowerCase()),
    spellings: sorted,
    namedIn: (text) => [...new Set([...(anywhere ? text.matchAll(anywhere) : [])].map((m) => spellings.get(m[0])!))],
  };
}
