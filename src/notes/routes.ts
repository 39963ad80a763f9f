import { posix } from 'node:path';

/** First path segments the site itself writes; a note or file whose path starts with one would collide. */
export const SITE_ROUTES = [
  't',
  'people',
  'dates',
  'series',
  'actions',
  'decisions',
  'search',
  'api',
  'browse',
  'contributing',
  '404',
  '404.html',
  '_astro',
  'pagefind',
  'feed.xml',
  'favicon.svg',
  'robots.txt',
] as const;
const SITEMAP = /^sitemap.*\.xml$/;

/** Whether a path falls under the site's own files; letter case is ignored, as some hosts do. */
export function isSiteRoute(path: string) {
  const first = path.split('/')[0]!.toLowerCase();
  return (SITE_ROUTES as readonly string[]).includes(first) || SITEMAP.test(first);
}

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
