import { DAY_PATTERN } from '../dates.ts';
import { isSpace, trimEndOf } from './text.ts';

// A date, or a range such as `2022-03-21 to 2022-03-25`.
const DATES = new RegExp(`(?<!\\d)${DAY_PATTERN}(?:\\s*(?:to|-|–|—)\\s*${DAY_PATTERN})?(?!\\d)`, 'g');

// Trimmed from both ends of a series name, with white space.
const PUNCTUATION = '-–—:|,.';

/** `text` without white space and `chars` at either end (a `[…]+$` pattern retries from every character of a run). */
function trimOf(text: string, chars: string) {
  const trimmed = trimEndOf(text, chars);
  let start = 0;
  while (start < trimmed.length && (isSpace(trimmed.charCodeAt(start)) || chars.includes(trimmed[start]!))) start++;
  return trimmed.slice(start);
}

/**
 * The series a meeting title names: the title without its date (`2023-02-23 launch check-in` →
 * `launch check-in`, `Backend meeting 2023-03-13` → `Backend meeting`). Nothing for a bare date.
 */
export function seriesName(title: string): string | undefined {
  const name = trimOf(title.replace(DATES, ' ').replace(/\(\s*\)|\[\s*\]/g, ' '), PUNCTUATION).replace(/\s+/g, ' ');
  return /\p{L}/u.test(name) ? name : undefined;
}

/**
 * Spellings of one series compare equal: case, accents, spaces and hyphens are ignored, so
 * `Launch check in` = `launch check-in` and `Front end` = `Frontend` = `front-end`.
 */
export function seriesKey(name: string) {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}
