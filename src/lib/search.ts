import type { SearchOptions } from '../scripts/search-options.ts';
import { href, routePath } from './format.ts';
import { config } from './site.ts';

/** What the browser needs to open search, or undefined when the site has no search. */
export function searchOptions(): SearchOptions | undefined {
  if (!config.search) return undefined;
  const { excerptLength, ranking } = config.search;
  return {
    bundle: href('pagefind/'),
    page: href(routePath('search')),
    excerptLength,
    ...(ranking ? { ranking: ranking as Record<string, number> } : {}),
    dev: config.dev,
  };
}
