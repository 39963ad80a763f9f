/** What pages tell the browser about search (Search.astro renders it as JSON). */
export interface SearchOptions {
  /** URL of the Pagefind bundle, base included. */
  bundle: string;
  /** URL of the search page. */
  page: string;
  excerptLength: number;
  ranking?: Record<string, number>;
  /** Under `astro dev` there is no index: search only says so. */
  dev: boolean;
}

/** Query parameter Pagefind adds to result links, read on arrival to highlight the words. */
export const HIGHLIGHT = 'highlight';

/** The options a page rendered into `data-search` (header) or `data-search-page`. */
export const readOptions = (element: HTMLElement, key: 'search' | 'searchPage') =>
  JSON.parse(element.dataset[key] ?? '{}') as SearchOptions;
