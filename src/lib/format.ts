import config from 'virtual:minutes/config';
import { noteUrl, siteUrl } from '../notes/routes.ts';

const day = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** `2024-05-02` or an ISO timestamp → `2 May 2024` (UTC, so every build prints the same). */
export function formatDay(iso: string) {
  const date = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  return Number.isNaN(date.getTime()) ? iso : day.format(date);
}

const { base } = config;

/** Path below the base (`people/`, `a/b/`) → link href. */
export const href = (path: string) => siteUrl(path, base);
export const noteHref = (id: string) => noteUrl(id, base);

/** Last segment of a folder path, for display. */
export const folderName = (path: string) => path.split('/').at(-1) || 'Home';
