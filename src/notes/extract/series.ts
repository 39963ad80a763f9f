// A date, or a range such as `2022-03-21 to 2022-03-25`.
const DATES = /(?<!\d)\d{4}-\d{2}-\d{2}(?:\s*(?:to|-|–|—)\s*\d{4}-\d{2}-\d{2})?(?!\d)/g;

/**
 * The series a meeting title names: the title without its date (`2023-02-23 launch check-in` →
 * `launch check-in`, `Backend meeting 2023-03-13` → `Backend meeting`). Nothing for a bare date.
 */
export function seriesName(title: string): string | undefined {
  const name = title
    .replace(DATES, ' ')
    .replace(/\(\s*\)|\[\s*\]/g, ' ')
    .replace(/^[\s\-–—:|,.]+|[\s\-–—:|,.]+$/g, '')
    .replace(/\s+/g, ' ');
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
