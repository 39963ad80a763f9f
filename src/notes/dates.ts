/** An ISO day, `YYYY-MM-DD`, as a pattern to build regular expressions from (year, month, day captured). */
export const DAY_PATTERN = '(\\d{4})-(\\d{2})-(\\d{2})';
/** Exactly an ISO day. */
export const ISO_DAY = new RegExp(`^${DAY_PATTERN}$`);
/** An ISO day, or a timestamp as Wiki.js and people write them. */
export const ISO_TIMESTAMP = new RegExp(
  `^${DAY_PATTERN}(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?(Z|[+-]\\d{2}:?\\d{2})?)?$`,
);

/** True for a real calendar day (rejects 2023-02-30). */
export function isCalendarDay(year: number, month: number, day: number) {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** `YYYY-MM-DD` that is a real day. */
export const isDay = (value: string) => {
  const m = ISO_DAY.exec(value);
  return Boolean(m && isCalendarDay(+m[1]!, +m[2]!, +m[3]!));
};

const day = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const monthName = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** `2024-05-02` or an ISO timestamp → `2 May 2024` (UTC, so every build prints the same). */
export function formatDay(iso: string) {
  const date = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  return Number.isNaN(date.getTime()) ? iso : day.format(date);
}

/** `2024-05` → `May 2024`. */
export const formatMonth = (month: string) => monthName.format(new Date(`${month}-01T00:00:00Z`));
