import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import type { MinutesIntegration } from '../src/integration.ts';
import { parseConfig, type MinutesConfig } from '../src/notes/config.ts';

/**
 * The Minutes options from the Astro config (astro.config.mjs unless `--config` names another),
 * so the CLI reads the same settings as the build.
 */
export async function loadProjectConfig(
  file = 'astro.config.mjs',
): Promise<{ config: MinutesConfig; notesDir: string; base: string }> {
  const { default: astro } = (await import(pathToFileURL(resolve(file)).href)) as {
    default: { base?: string; integrations?: unknown[] };
  };
  const integration = astro.integrations
    ?.flat()
    .find((i): i is MinutesIntegration => (i as { name?: string })?.name === 'minutes');
  const config = integration?.minutes ?? parseConfig({});
  return { config, notesDir: config.notesDir, base: astro.base ?? '/' };
}
