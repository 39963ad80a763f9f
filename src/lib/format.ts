import config from 'virtual:minutes/config';
import type { MeetingRef } from '../notes/indexes.ts';
import { noteUrl, siteUrl } from '../notes/routes.ts';

const day = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const monthName = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** `2024-05-02` or an ISO timestamp → `2 May 2024` (UTC, so every build prints the same). */
export function formatDay(iso: string) {
  const date = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  return Number.isNaN(date.getTime()) ? iso : day.format(date);
}

/** `2024-05` → `May 2024`. */
export const formatMonth = (month: string) => monthName.format(new Date(`${month}-01T00:00:00Z`));

/** `1 meeting`, `3 meetings`. */
export const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

const { base } = config;

/** Path below the base (`people/`, `a/b/`) → link href. */
export const href = (path: string) => siteUrl(path, base);
export const noteHref = (id: string, anchor?: string) => noteUrl(id, base) + (anchor ? `#${anchor}` : '');
export const meetingHref = (m: Pick<MeetingRef, 'note' | 'anchor'>) => noteHref(m.note.id, m.anchor);
export const personHref = (slug: string) => href(`people/${slug}/`);
export const tagHref = (slug: string) => href(`t/${slug}/`);
export const seriesHref = (slug: string) => href(`series/${slug}/`);
export const yearHref = (year: string) => href(`dates/${year}/`);

/** Last segment of a folder path, for display. */
export const folderName = (path: string) => path.split('/').at(-1) || 'Home';
