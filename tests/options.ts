import { corpusOptions, parseConfig, type MinutesUserConfig } from '../src/notes/config.ts';

/** The options the core reads `dir` with under a Minutes config, as the build and check derive them. */
export const optionsFor = (dir: string, config: MinutesUserConfig = {}, base = '/') =>
  corpusOptions(parseConfig(config, {}), { dir, base });

/** The fixture wiki's own options (tests/fixtures/astro.config.mjs). */
export const FIXTURE = {
  wikiHost: 'https://wiki.fixture.example',
  people: { Ana: ['Anabela'] },
} satisfies MinutesUserConfig;
