import { posix } from 'node:path';

/** First path segments the site itself uses; a note whose path starts with one would collide. */
export const SITE_ROUTES = ['t', 'people', 'dates', 'series', 'actions', 'decisions', 'search', 'api', 'browse', '404', '_astro', 'pagefind', 'feed.xml', 'sitemap-index.xml', 'sitemap-0.xml', 'favicon.svg', 'robots.txt'] as const;

export function isSiteRoute(path: string) {
  return (SITE_ROUTES as readonly string[]).includes(path.split('/')[0]!);
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
