import { createHash } from 'node:crypto';

/**
 * A path's `cacheKey`: a digest of its props, which hold everything its page shows (its view),
 * so an incremental build renders the page again exactly when that changes. Astro's own hash of
 * the route's modules covers the templates and the site's config. Props are plain JSON data: a Map
 * or Set would count as `{}` (and a replacer that spells them out doubles the time of a key).
 */
export const pageKey = (props: unknown) => createHash('sha256').update(JSON.stringify(props)).digest('base64url');

/** A path of a route whose page shows only its props, with their digest as its cacheKey. */
export const keyed = <P extends Record<string, string | undefined>, T>(params: P, props: T) => ({
  params,
  props,
  cacheKey: pageKey(props),
});
