const day = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const monthName = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** `2024-05-02` or an ISO timestamp → `2 May 2024` (UTC, so every build prints the same). */
export function formatDay(iso: string) {
  const date = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  return Number.isNaN(date.getTime()) ? iso : day.format(date);
}

/** `2024-05` → `May 2024`. */
export const formatMonth = (month: string) => monthName.format(new Date(`${month}-01T00:00:00Z`));
