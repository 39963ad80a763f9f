import { cp, mkdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { type MinutesConfig, type MinutesUserConfig, parseConfig } from './notes/config.ts';
import { scanNotesFolder } from './notes/files.ts';
import { normalizeBase } from './notes/routes.ts';

const VIRTUAL = 'virtual:minutes/config';

/** What the loader, pages and CLI share: validated options plus the resolved folder and base. */
export type MinutesSettings = MinutesConfig & { notesPath: string; base: string; site?: string };
export type MinutesIntegration = AstroIntegration & { minutes: MinutesSettings };

/**
 * The Minutes integration: validates the user's options (as Starlight does), hands them to the
 * content loader and pages through a virtual module, and copies the notes folder's assets.
 */
export default function minutes(userConfig: MinutesUserConfig = {}): MinutesIntegration {
  const config = parseConfig(userConfig);
  const settings: MinutesSettings = { ...config, notesPath: resolve(config.notesDir), base: '/' };
  return {
    name: 'minutes',
    minutes: settings,
    hooks: {
      'astro:config:setup': ({ config: astro, updateConfig, injectRoute }) => {
        settings.base = normalizeBase(astro.base);
        if (astro.site) settings.site = astro.site;
        // Feeds and sitemaps need absolute URLs, so they exist only when the site's URL is known.
        if (astro.site) {
          injectRoute({ pattern: '/feed.xml', entrypoint: new URL('./routes/feed.xml.ts', import.meta.url), prerender: true });
          updateConfig({ integrations: [sitemap({ filter: (page) => !/\/404\/?$/.test(page) })] });
        }
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'minutes:config',
                resolveId: (id: string) => (id === VIRTUAL ? `\0${VIRTUAL}` : undefined),
                load: (id: string) => (id === `\0${VIRTUAL}` ? `export default ${JSON.stringify(settings)};` : undefined),
              },
            ],
          },
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const { assets } = await scanNotesFolder(settings.notesPath);
        const out = fileURLToPath(dir);
        for (const asset of assets) {
          await mkdir(dirname(join(out, asset)), { recursive: true });
          await cp(join(settings.notesPath, asset), join(out, asset));
        }
        logger.info(`Copied ${assets.length} asset file(s) from ${settings.notesPath}`);
      },
    },
  };
}
