import config from 'virtual:minutes/config';
import type { ItemStatus } from '../notes/extract/status.ts';
import type { MeetingRef } from '../notes/indexes.ts';
import { formatDay as dayOf } from '../notes/dates.ts';
import { noteUrl, type PageRoute, siteUrl } from '../notes/routes.ts';

export { formatMonth } from '../notes/dates.ts';
export { count } from '../notes/format.ts';

const { base } = config;

/**
 * A pure function whose answers are kept: a day or a note is named on many pages (each of a
 * person's meetings, on the person's page, the year's, the series'…), and worked out once a build.
 */
function remembered(f: (key: string) => string) {
  const known = new Map<string, string>();
  return (key: string) => {
    let value = known.get(key);
    if (value === undefined) known.set(key, (value = f(key)));
    return value;
  };
}

export const formatDay = remembered(dayOf);
const noteUrlOf = remembered((id) => noteUrl(id, base));

/** Path below the base (`people/`, `a/b/`) → link href. */
export const href = (path: string) => siteUrl(path, base);
export const noteHref = (id: string, anchor?: string) => noteUrlOf(id) + (anchor ? `#${anchor}` : '');
export const meetingHref = (m: Pick<MeetingRef, 'note' | 'anchor'>) => noteHref(m.note.id, m.anchor);
/** Path of one of Minutes' own pages, where it was placed: `routePath('people', 'ana/')` → `people/ana/`. */
export const routePath = (route: PageRoute, rest = '') => `${config.placedRoutes[route]}/${rest}`;
export const personHref = (slug: string) => href(routePath('people', `${slug}/`));
export const tagHref = (slug: string) => href(routePath('t', `${slug}/`));
export const seriesHref = (slug: string) => href(routePath('series', `${slug}/`));
export const yearHref = (year: string) => href(routePath('dates', `${year}/`));

/** Most characters of a link label naming another page (a title, name, or item of another note). */
export const LABEL_LENGTH = 200;

/**
 * A label shown on pages other than its own, cut to {@link LABEL_LENGTH} characters with `…`:
 * such labels repeat once per child, backlink, attendee or tag, so an unbounded one makes the
 * site grow with the product of two inputs (a 1 MB title on each of 1,000 child pages).
 */
export function clip(text: string, max = LABEL_LENGTH) {
  if (text.length <= max) return text;
  // Only the start is read: a code point is one or two UTF-16 units.
  const chars = Array.from(text.slice(0, 2 * max));
  if (chars.length <= max && text.length <= 2 * max) return text;
  return `${chars
    .slice(0, max - 1)
    .join('')
    .trimEnd()}…`;
}

/** Last segment of a folder path, for display. */
export const folderName = (path: string) => path.split('/').at(-1) || 'Home';

/** How each status of an action item shows: a mark, and its name for the title and screen readers. */
export const STATUS: Record<ItemStatus, { mark: string; label: string }> = {
  open: { mark: '○', label: 'Open' },
  'in-progress': { mark: '◐', label: 'In progress' },
  done: { mark: '✓', label: 'Done' },
  moved: { mark: '→', label: 'Moved' },
  cancelled: { mark: '✕', label: 'Cancelled' },
};
