import { corpusOptions, type MinutesConfig } from './notes/config.ts';
import { cacheDir } from './notes/cache.ts';
import type { CorpusOptions } from './notes/corpus.ts';
import type { RouteSegments } from './notes/routes.ts';

/** What the loader, pages and CLI share: validated options plus the resolved folder and base. */
export type MinutesSettings = MinutesConfig & {
  notesPath: string;
  base: string;
  site?: string;
  /** Running `astro dev`: there is no search index, so search only says how to get one. */
  dev: boolean;
  /** Running `astro build`. */
  building?: boolean;
  /** Where Minutes' own pages are: as configured, unless notes hold the place (see placeRoutes). */
  placedRoutes: RouteSegments;
};

/** The loader and the search indexer read the notes folder with the same options. */
export const siteCorpusOptions = (settings: MinutesSettings): CorpusOptions => ({
  ...corpusOptions(settings, { dir: settings.notesPath, base: settings.base }),
  history: true,
  cacheDir: cacheDir(),
});

/** The site's language (`en` of `en-gb`): `<html lang>` and Pagefind's stemming. */
export const siteLanguage = (settings: Pick<MinutesSettings, 'defaultLocale'>) =>
  settings.defaultLocale.toLowerCase().split('-')[0]!;
