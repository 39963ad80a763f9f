import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import type { AstroConfig, AstroIntegration, AstroIntegrationLogger } from 'astro';
import { type MinutesUserConfig, parseConfig } from './notes/config.ts';
import { copyAssets } from './notes/assets.ts';
import { everyTenth } from './notes/progress.ts';
import { DEFAULT_ROUTES, normalizeBase, type PageRoute, type RouteSegments } from './notes/routes.ts';
import { placeSiteRoutes } from './notes/site-routes.ts';
import { KINDS, type SearchRecord, searchRecords } from './notes/search.ts';
import { onCorpus } from './corpus-handoff.ts';
import { inlineScriptHashes } from './scripts/inline.ts';
import { moveBundle, stagingFolder, writeSearchIndex } from './search-index.ts';
import { storeModule } from './store-module.ts';
import { buildCacheDir } from './build-cache.ts';
import { holdBuildLock } from './build-lock.ts';
import { recordTiming, writeTimings } from './build-timings.ts';
import { emptyOutDir, hostLimitProblems, outDirProblem } from './output-dir.ts';
import { condensePageLog } from './page-log.ts';
import { type MinutesSettings, siteLanguage } from './settings.ts';

const VIRTUAL = 'virtual:minutes/config';

/** Minutes' own pages: the route they belong to, the pattern below its place, the file under src/routes/. */
const PAGES: [PageRoute, string, string][] = [
  ['meetings', '', 'meetings.astro'],
  ['people', '', 'people/index.astro'],
  ['people', '/[slug]', 'people/[slug].astro'],
  ['dates', '', 'dates/index.astro'],
  ['dates', '/[year]', 'dates/[year].astro'],
  ['series', '', 'series/index.astro'],
  ['series', '/[slug]', 'series/[slug].astro'],
  ['actions', '/[...view]', 'actions/[...view].astro'],
  ['decisions', '', 'decisions/index.astro'],
  ['t', '', 't/index.astro'],
  ['t', '/[tag]', 't/[tag].astro'],
  ['browse', '', 'browse.astro'],
  ['contributing', '', 'contributing.astro'],
  ['search', '', 'search.astro'],
];
const PAGE_CONCURRENCY = 16;
/** Pages between two progress lines of the build log. */
const PAGE_LOG_EVERY = 1000;

export type { MinutesSettings };
export type MinutesIntegration = AstroIntegration & { minutes: MinutesSettings };

/**
 * The Minutes integration: validates the user's options (as Starlight does), hands them to the
 * content loader and pages through a virtual module, copies the notes folder's assets, and
 * builds the search index beside the pages.
 */
export default function minutes(userConfig: MinutesUserConfig = {}): MinutesIntegration {
  const config = parseConfig(userConfig);
  const settings: MinutesSettings = {
    ...config,
    notesPath: resolve(config.notesDir),
    base: '/',
    dev: false,
    placedRoutes: DEFAULT_ROUTES,
  };
  /** The notes folder's files to copy, known once the loader has read it. */
  let assets: readonly string[] | undefined;
  let search: ReturnType<typeof startSearch> | undefined;
  let outDir: string | undefined;
  let buildStarted = 0;
  let pageLog: ReturnType<typeof condensePageLog> | undefined;
  return {
    name: 'minutes',
    minutes: settings,
    hooks: {
      'astro:config:setup': async ({ config: astro, command, updateConfig, injectRoute, logger }) => {
        if (command === 'build') await holdBuildLock(fileURLToPath(astro.root), logger);
        settings.base = normalizeBase(astro.base);
        // The search bundle is built from the moment the content loader has read the notes, in
        // Pagefind's own process, while Astro bundles and renders the pages (into a folder of its
        // own: Astro empties the output folder later). Only the asset list is kept: the notes are
        // in the content store, and the search records are let go once indexed.
        if (command === 'build') {
          onCorpus((notesPath, corpus) => {
            if (notesPath !== settings.notesPath) return;
            assets = corpus.assets;
            if (!settings.search || search) return;
            // Only the records are kept while indexing runs: the corpus is let go with the loader's.
            search = startSearch(searchRecords(corpus.notes, corpus.indexes, settings.base), logger);
            search.catch(() => {}); // Reported where build:done awaits it, not as an unhandled rejection.
          });
        }
        settings.dev = command === 'dev';
        settings.building = command === 'build';
        if (astro.site) settings.site = astro.site;
        // A team's URLs come first: Minutes' pages go where no note is (the loader warns of a move).
        settings.placedRoutes = await placeSiteRoutes(
          settings.notesPath,
          config.routes as Partial<RouteSegments>,
          config.maxNoteBytes,
        ).then(
          (placed) => placed.routes,
          () => DEFAULT_ROUTES, // No notes folder yet: the loader says so.
        );
        for (const [route, pattern, file] of PAGES)
          if (route !== 'search' || settings.search)
            injectRoute({
              pattern: `/${settings.placedRoutes[route]}${pattern}`,
              entrypoint: new URL(`./routes/${file}`, import.meta.url),
              prerender: true,
            });
        // Feeds and sitemaps need absolute URLs, so they exist only when the site's URL is known.
        if (astro.site) {
          injectRoute({
            pattern: '/feed.xml',
            entrypoint: new URL('./routes/feed.xml.ts', import.meta.url),
            prerender: true,
          });
          const search = `/${settings.placedRoutes.search}/`;
          updateConfig({
            integrations: [sitemap({ filter: (page) => !/\/404\/?$/.test(page) && !page.endsWith(search) })],
          });
        }
        // The site's own authored pages (src/pages/*.mdx) are MDX; notes never are.
        if (!astro.integrations.some((i) => i.name === '@astrojs/mdx'))
          updateConfig({ integrations: [mdx({ syntaxHighlight: false })] });
        // A cacheDir the project sets itself is kept.
        const cacheDir =
          command === 'build' && astro.cacheDir.href === new URL('node_modules/.astro/', astro.root).href
            ? buildCacheDir(astro.root, settings.notesPath, fileURLToPath(astro.outDir))
            : astro.cacheDir;
        // Where Astro writes the content store a build's pages are rendered from: one file, unless
        // the project asks for it in chunks (then a file left by an earlier build must not be read).
        const oneFile = (astro.experimental.collectionStorage ?? 'single-file') === 'single-file';
        const storeFile =
          command === 'build' && oneFile ? fileURLToPath(new URL('data-store.json', cacheDir)) : undefined;
        updateConfig({
          // Pages are written while others render: with one at a time the build waits on the disk.
          ...(astro.build.concurrency === 1 ? { build: { concurrency: PAGE_CONCURRENCY } } : {}),
          // A rebuild renders only the pages whose cacheKey changed (every route gives one: what
          // the page shows); the others are copied from Astro's cache of the last build.
          ...(command === 'build' ? { experimental: { incrementalBuild: true } } : {}),
          ...(cacheDir === astro.cacheDir ? {} : { cacheDir }),
          security: { csp: contentSecurityPolicy(settings.iframeHosts) },
          vite: {
            plugins: [
              {
                name: 'minutes:config',
                resolveId: (id: string) => (id === VIRTUAL ? `\0${VIRTUAL}` : undefined),
                load: (id: string) =>
                  id === `\0${VIRTUAL}` ? `export default ${JSON.stringify(settings)};` : undefined,
              },
              storeModule(storeFile),
            ],
          },
        });
      },
      'astro:config:done': ({ config: astro, logger }) => {
        outDir = fileURLToPath(astro.outDir);
        const problem = settings.building ? outDirProblem(process.cwd(), outDir) : undefined;
        if (problem) {
          logger.error(problem);
          process.exit(1);
        }
      },
      'astro:build:start': async ({ logger }) => {
        if (outDir) await emptyOutDir(outDir);
        buildStarted = performance.now();
        pageLog = condensePageLog(PAGE_LOG_EVERY, (line) => logger.info(line));
      },
      'astro:build:generated': ({ logger }) => {
        const written = pageLog?.restore();
        if (written?.copied)
          logger.info(
            `${written.pages} pages: ${written.pages - written.copied} rendered, ${written.copied} unchanged since the last build`,
          );
      },
      'astro:build:done': async ({ dir, logger }) => {
        recordTiming('pagesSeconds', (performance.now() - buildStarted) / 1000);
        const out = fileURLToPath(dir);
        // The content loader hands the corpus over in every build (see corpus-handoff.ts).
        if (!assets)
          throw new Error(
            'Minutes: the content loader handed over no notes. This is a bug in Minutes: please report it.',
          );
        const { copied, clashes } = await copyAssets(settings.notesPath, out, assets);
        if (clashes.length) {
          logger.error(
            `These files of the notes folder have the paths of files the site writes, so they were not copied:\n${clashes.map((f) => `  ${f}`).join('\n')}\nRename them (npm run check reports such paths).`,
          );
          process.exit(1);
        }
        logger.info(`Copied ${copied} attachment(s) from ${settings.notesPath}`);
        if (search) {
          const waited = performance.now();
          const { staging, stats, kinds, seconds } = await search;
          await moveBundle(staging, join(out, 'pagefind'));
          const waitSeconds = (performance.now() - waited) / 1000;
          recordTiming('searchWaitSeconds', waitSeconds);
          const wait = waitSeconds.toFixed(1);
          logger.info(
            `Search: ${stats.records} records (${kinds}) → pagefind/, ${stats.files} files, ${Math.round(stats.bytes / 1024)} kB, built in ${seconds} s beside the pages, then waited for ${wait} s`,
          );
        }
        if (!search) recordTiming('searchWaitSeconds', 0);
        for (const problem of await hostLimitProblems(out)) logger.warn(problem);
        await writeTimings();
      },
    },
  };

  async function startSearch(records: SearchRecord[], logger: AstroIntegrationLogger) {
    const started = performance.now();
    const kinds = [KINDS.action, KINDS.decision]
      .map((label) => `${records.filter((r) => r.filters.kind?.includes(label)).length} with ${label.toLowerCase()}`)
      .join(', ');
    const staging = join(await stagingFolder(), 'pagefind');
    const stats = await writeSearchIndex(records, {
      outputPath: staging,
      lang: siteLanguage(settings),
      onProgress: everyTenth(5000, (done, total) => logger.info(`Search: indexed ${done}/${total} records`)),
    });
    return { staging, stats, kinds, seconds: ((performance.now() - started) / 1000).toFixed(1) };
  }
}

/**
 * The Content-Security-Policy every page carries (as a meta tag Astro writes, with hashes of the
 * site's own inline scripts and styles): scripts only from the site (and Pagefind's WebAssembly),
 * no plugins, no foreign forms or base URLs, frames only from the allow-listed hosts.
 */
function contentSecurityPolicy(iframeHosts: readonly string[]): Exclude<AstroConfig['security']['csp'], boolean> {
  return {
    // Given in full: a config added by an integration gets no schema defaults.
    algorithm: 'SHA-256',
    directives: [
      "default-src 'self'",
      "img-src 'self' https: data:",
      "media-src 'self' https:",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      `frame-src ${iframeHosts.length ? iframeHosts.map((h) => `https://${h}`).join(' ') : "'none'"}`,
    ],
    scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: inlineScriptHashes() },
    styleDirective: { resources: ["'self'"] },
  };
}
