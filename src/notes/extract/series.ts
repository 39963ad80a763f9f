import { isSpace, trimEndOf } from './text.ts';
import { type DayContext, fileNameDays } from './written-days.ts';

// A year on its own (`SeaGL 2025 Organizing`): a series runs over years.
const YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/g;

// Trimmed from both ends of a series name, with white space.
const PUNCTUATION = '-–—:|,.';

/** `text` without white space and `chars` at either end (a `[…]+$` pattern retries from every character of a run). */
function trimOf(text: string, chars: string) {
  const trimmed = trimEndOf(text, chars);
  let start = 0;
  while (start < trimmed.length && (isSpace(trimmed.charCodeAt(start)) || chars.includes(trimmed[start]!))) start++;
  return trimmed.slice(start);
}

/** `text` with the days it writes (and their weekdays and times) and lone years blanked out. */
function withoutDates(text: string, context: DayContext) {
  let rest = '';
  let from = 0;
  for (const day of fileNameDays(text, context)) {
    if (day.index < from) continue;
    rest += `${text.slice(from, day.index)} `;
    from = day.index + day.length;
  }
  return (rest + text.slice(from)).replace(YEAR, ' ');
}

/**
 * The series a meeting title (or file name) names: the title without its dates and years
 * (`2023-02-23 launch check-in` → `launch check-in`, `SeaGL 2025 Cross-Committee` → `SeaGL
 * Cross-Committee`, `20181011-allhands` → `allhands`). Nothing for a bare date.
 */
export function seriesName(title: string, context: DayContext = {}): string | undefined {
  const name = trimOf(withoutDates(title, context).replace(/\(\s*\)|\[\s*\]/g, ' '), PUNCTUATION).replace(/\s+/g, ' ');
  return /\p{L}/u.test(name) ? name : undefined;
}

// Words around a series' name that do not tell one series from another.
const NOTES_OF = /^(?:(?:meeting\s+)?(?:notes|minutes)\s+(?:of|from|for)\s+(?:the\s+)?)/i;
const MEETING_WORD = /\s+(?:meeting|call|minutes|notes|teleconference|telecon)$/i;
const PARENTHESES = /\s*\([^()]*\)/g;

/**
 * Spellings of one series compare equal: case, accents, spaces, hyphens, remarks in parentheses,
 * a last word such as "meeting" or "call" and a leading "Notes of" are ignored, so `Launch check
 * in` = `launch check-in`, `Front end` = `Frontend` = `front-end`, and `Outreach Committee
 * meeting` = `Outreach Committee`.
 */
export function seriesKey(name: string) {
  const plain = name.replace(PARENTHESES, '').trim().replace(NOTES_OF, '');
  return (MEETING_WORD.test(plain) && plain.replace(MEETING_WORD, '') ? plain.replace(MEETING_WORD, '') : plain)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}
