import config from 'virtual:minutes/config';
import type { MeetingRef } from '../notes/indexes.ts';
import { noteUrl, siteUrl } from '../notes/routes.ts';

export { formatDay, formatMonth } from '../notes/dates.ts';

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
