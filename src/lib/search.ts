import type { SearchOptions } from '../scripts/search-options.ts';
import { href, routePath } from './format.ts';
import { config } from './site.ts';

/** What the browser needs to open search, or undefined when the site has no search: the same on every page. */
const options: SearchOptions | undefined = config.search
  ? {
      bundle: href('pagefind/'),
      page: href(routePath('search')),
      excerptLength: config.search.excerptLength,
      ...(config.search.ranking ? { ranking: config.search.ranking as Record<string, number> } : {}),
      dev: config.dev,
    }
  : undefined;

export const searchOptions = () => options;
