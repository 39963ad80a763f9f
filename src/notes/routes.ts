import { posix } from 'node:path';

/**
 * Minutes' own pages, each under a first path segment of its own. A team's URLs come first: where
 * its notes hold one of these segments, the page moves (see placeRoutes).
 */
export const PAGE_ROUTES = [
  'meetings',
  'people',
  'dates',
  'series',
  'actions',
  'decisions',
  'search',
  'browse',
  't',
  'contributing',
] as const;
export type PageRoute = (typeof PAGE_ROUTES)[number];
export type RouteSegments = Record<PageRoute, string>;
export const DEFAULT_ROUTES = Object.fromEntries(PAGE_ROUTES.map((r) => [r, r])) as RouteSegments;

/** Folders of files the build writes (scripts and styles, the search bundle): nothing of the notes may go there. */
const SITE_FOLDERS = ['_astro', 'pagefind'];
/** Files the build writes at fixed paths; the JSON files are a contract and never move. */
export const SITE_FILES = [
  'api/notes.json',
  'api/actions.json',
  'api/decisions.json',
  'api/people.json',
  'api/tracked.json',
  'feed.xml',
  'favicon.svg',
  'robots.txt',
  '404.html',
];
const SITEMAP = /^sitemap.*\.xml$/;

/** Whether a file at `path` would overwrite one the build writes; letter case is ignored, as some hosts do. */
export function isSiteFile(path: string) {
  const key = path.toLowerCase();
  return SITE_FOLDERS.includes(key.split('/')[0]!) || SITE_FILES.includes(key) || SITEMAP.test(key);
}

/** Whether a link's path names one of Minutes' pages or files (`/people/ana`, `/feed.xml`) rather than a note. */
export const isSiteLink = (path: string) =>
  isSiteFile(path) || (PAGE_ROUTES as readonly string[]).includes(path.split('/')[0]!.toLowerCase());

/**
 * Where each of Minutes' pages goes: the segment configured for it (its own name by default),
 * unless a segment the notes hold (`held`, lower case) has it; then `minutes-<segment>`, or the
 * first of `minutes-<segment>-2`, `-3`… that is free. `moved` says which moved, for a warning.
 */
export function placeRoutes(held: ReadonlySet<string>, configured: Partial<RouteSegments> = {}) {
  const routes = { ...DEFAULT_ROUTES };
  const moved: { route: PageRoute; from: string; to: string }[] = [];
  const used = new Set(held);
  for (const route of PAGE_ROUTES) {
    const wanted = configured[route] ?? route;
    let segment = wanted;
    for (let n = 1; used.has(segment.toLowerCase()); n++) segment = `minutes-${wanted}${n > 1 ? `-${n}` : ''}`;
    used.add(segment.toLowerCase());
    routes[route] = segment;
    if (segment !== wanted) moved.push({ route, from: wanted, to: segment });
  }
  return { routes, moved };
}

/** A path's first segment as hosts compare them: Unicode normalized, lower case. */
export const segmentOf = (path: string) => path.split('/')[0]!.normalize('NFC').toLowerCase();

/** The first path segments that published notes (by id) and the folder's other files hold. */
export const heldSegments = (noteIds: Iterable<string>, files: Iterable<string>) =>
  new Set([...noteIds, ...files].map(segmentOf));

/** Ensures a base such as `minutes` or `/minutes` reads `/minutes/`. */
export function normalizeBase(base: string | undefined) {
  const trimmed = (base ?? '/').replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** Note id (file path without `.md`) → page path: `home` is the root, `x/index` is `x/`. */
export function notePath(id: string) {
  if (id === 'home' || id === 'index') return '';
  return `${id.replace(/(^|\/)index$/, '')}/`.replace(/^\/$/, '');
}

/** A path below the site base → URL, each segment encoded. */
export function siteUrl(path: string, base: string) {
  return base + path.split('/').map(encodeURIComponent).join('/');
}

export const noteUrl = (id: string, base: string) => siteUrl(notePath(id), base);

/** `meeting-notes/2024-05/x` → `meeting-notes/2024-05`; the root is ''. */
export const parentPath = (id: string) => (posix.dirname(id) === '.' ? '' : posix.dirname(id));
