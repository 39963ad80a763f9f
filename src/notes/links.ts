import escapeStringRegexp from 'escape-string-regexp';
import { posix } from 'node:path';
import { isSiteLink, noteUrl, siteUrl as assetUrl } from './routes.ts';

export interface LinkContext {
  /** Ids of the published notes. */
  notes: Pick<ReadonlySet<string>, 'has'>;
  /** Non-Markdown files of the notes folder, relative paths. */
  assets: Pick<ReadonlySet<string>, 'has'>;
  /** The old wiki's own origin (`https://wiki.example.org`): links to it are internal. */
  wikiHost?: string;
  /** Locale folder Wiki.js adds to links (`/en/…`) and that pages in the default locale lack. */
  defaultLocale: string;
  base: string;
}

export type Resolved =
  | { kind: 'external' | 'anchor'; href: string }
  | { kind: 'note'; id: string; href: string }
  | { kind: 'asset'; path: string; href: string }
  | { kind: 'route'; href: string }
  | { kind: 'broken'; target: string; href: string };

const SCHEME = /^[a-z][a-z\d+.-]*:/i;
const LOCALE = /^[a-z]{2}(-[a-z]{2})?$/i;
const PAGE_EXTENSION = /\.(md|html|txt)$/i;

/**
 * Resolves an href written in note `fromId` the way Wiki.js does, to an absolute
 * URL of this site: own-host URLs, `/en/` prefixes, `.md` suffixes, `./` and `../`.
 */
export function resolveLink(href: string, fromId: string, ctx: LinkContext): Resolved {
  let rest = href.trim();
  const host = ctx.wikiHost?.replace(/^https?:\/\//i, '').replace(/\/+$/, '');
  if (host) {
    const own = new RegExp(`^https?://${escapeStringRegexp(host)}(?=/|$|[?#])`, 'i');
    if (own.test(rest)) rest = rest.replace(own, '') || '/';
  }
  if (rest === '' || rest.startsWith('#')) return { kind: 'anchor', href: rest };
  if (SCHEME.test(rest) || rest.startsWith('//')) return { kind: 'external', href: rest };

  // Path, then query and fragment. (`/^([^?#]*)(.*)$/` backtracked quadratically over a line
  // break after the `?`, and then matched nothing.)
  const query = rest.search(/[?#]/);
  const [rawPath, suffix] = query === -1 ? [rest, ''] : [rest.slice(0, query), rest.slice(query)];
  let path = safeDecode(rawPath);
  const fromDir = posix.dirname(fromId) === '.' ? '' : posix.dirname(fromId);
  if (path.startsWith('/')) path = path.slice(1);
  else if (path.startsWith('./') || path.startsWith('../') || path.includes('.')) path = posix.join(fromDir, path);
  else path = fromId === 'home' ? path : `${fromId}/${path}`; // Wiki.js: a bare relative link is a child page
  path = posix.normalize(path).replace(/^(\.\.\/)+|^\.\/?$/g, '');

  const segments = path.split('/').filter(Boolean);
  if (segments.length && LOCALE.test(segments[0]!) && segments[0]!.toLowerCase() === ctx.defaultLocale.toLowerCase())
    segments.shift();
  const file = segments.join('/');
  if (ctx.assets.has(file)) return { kind: 'asset', path: file, href: assetUrl(file, ctx.base) + suffix };

  const id = file.replace(PAGE_EXTENSION, '').replace(/\/+$/, '') || 'home';
  if (ctx.notes.has(id)) return { kind: 'note', id, href: noteUrl(id, ctx.base) + suffix };
  if (ctx.notes.has(`${id}/index`)) return { kind: 'note', id: `${id}/index`, href: noteUrl(id, ctx.base) + suffix };
  if (isSiteLink(id)) return { kind: 'route', href: ctx.base + id + suffix };
  const looksLikeFile = /\.[^/.]+$/.test(file) && !PAGE_EXTENSION.test(file);
  return {
    kind: 'broken',
    target: file || '/',
    href: (looksLikeFile ? assetUrl(file, ctx.base) : noteUrl(id, ctx.base)) + suffix,
  };
}

function safeDecode(path: string) {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
