/** Wiki.js's own views of a page (`/h/` history, `/s/` source, `/e/` editor) before its locale. */
const VIEWS = new Set(['h', 's', 'e']);

/**
 * Where an old Wiki.js address of a page is now: `/en/meeting-notes/x` (every old link and
 * bookmark carries the locale), also `/s/en/…` and `/h/en/…`, is the page at `/meeting-notes/x`.
 * Undefined for any other address, so a page that is really missing stays a 404.
 */
export function currentPath(pathname: string, base: string, locale: string): string | undefined {
  if (!pathname.startsWith(base)) return undefined;
  const segments = pathname.slice(base.length).split('/');
  if (VIEWS.has(segments[0]!) && segments.length > 2) segments.shift();
  if (segments[0]?.toLowerCase() !== locale.toLowerCase() || segments.length < 2) return undefined;
  return base + segments.slice(1).join('/');
}
