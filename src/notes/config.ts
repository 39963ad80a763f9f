import * as z from 'zod';
import type { CorpusOptions } from './corpus.ts';
import { STALE_AFTER } from './indexes.ts';
import { isSiteFile, PAGE_ROUTES, type PageRoute } from './routes.ts';

/** Pagefind's ranking weights (https://pagefind.app/docs/ranking/); unset ones keep Pagefind's defaults. */
const rankingSchema = z
  .object({
    termFrequency: z.number().min(0).max(1),
    pageLength: z.number().min(0).max(1),
    termSaturation: z.number().min(0).max(2),
    termSimilarity: z.number().min(0),
  })
  .partial();

/** Full-text search, built by Pagefind after the site; `false` builds no index and shows no search box. */
const searchSchema = z.union([
  z.literal(false),
  z.object({
    /** Words in each result's excerpt. */
    excerptLength: z.number().int().min(5).max(100).default(30),
    ranking: rankingSchema.optional(),
  }),
]);

/** The default size limit of a note: far above any real note, low enough to keep a build in seconds. */
export const MAX_NOTE_BYTES = 4 * 1024 * 1024;

/** Minutes options, given to the `minutes()` integration in astro.config.mjs. */
export const minutesConfigSchema = z.object({
  /** Site name in the header, page titles and feeds. */
  title: z.string().min(1).default('Minutes'),
  description: z.string().default('Meeting notes'),
  /** Folder of notes, relative to the project; `MINUTES_NOTES_DIR` overrides it. */
  notesDir: z.string().min(1).default('content'),
  /** Origin of the wiki the notes came from; links to it are treated as internal. */
  wikiHost: z.url({ protocol: /^https?$/ }).optional(),
  /** Locale prefix of the old wiki's links (`/en/…`), dropped when resolving them. */
  defaultLocale: z
    .string()
    .regex(/^[a-z]{2}(-[a-z]{2})?$/i)
    .default('en'),
  /** Base of "Edit this page" links; the note's file path is appended (`…/edit/main/content/`). */
  editUrl: z.url().optional(),
  /** Canonical person → other spellings (`"Dominykas": ["Dom"]`). */
  people: z.record(z.string(), z.array(z.string())).default({}),
  /** Hosts whose `<iframe>`s survive sanitizing (HTTPS only). All others are removed. */
  iframeHosts: z.array(z.string().regex(/^[a-z\d.-]+$/i)).default([]),
  /**
   * Globs of the notes that are meeting notes, relative to the notes folder (`['meeting-notes/**']`),
   * for teams whose folders say it; unset, a note is a meeting when it reads as one.
   */
  meetings: z.array(z.string().min(1)).optional(),
  /** Whose action items and decisions are read: meetings only, or every note (plans, idea lists too). */
  itemsFrom: z.enum(['meetings', 'all']).default('meetings'),
  /** Meetings of its series after an open action item's last mention before it shows as stale. */
  staleAfter: z.number().int().positive().default(STALE_AFTER),
  /** Meetings listed on the home page. */
  recentMeetings: z.number().int().positive().default(15),
  search: searchSchema.prefault({}),
  /** Notes larger than this (bytes) are refused with an error rather than rendered. */
  maxNoteBytes: z.number().int().positive().default(MAX_NOTE_BYTES),
  /**
   * Where Minutes' own pages go (`{ search: 'find', t: 'tags' }`); unset ones keep their names.
   * Where notes hold a page's place, the page moves to `minutes-<place>` and a warning says so.
   */
  routes: z
    .partialRecord(
      z.enum(PAGE_ROUTES),
      z
        .string()
        .regex(/^[a-z0-9][a-z0-9-]*$/, 'one path segment of lower-case letters, digits and dashes')
        .refine((s) => !isSiteFile(s), 'a file or folder the build writes'),
    )
    .default({}),
});

export type MinutesUserConfig = z.input<typeof minutesConfigSchema>;
export type MinutesConfig = z.output<typeof minutesConfigSchema>;

/**
 * Validates the options. The environment overrides the folder and the wiki host, so one checkout
 * can build any Wiki.js export: `MINUTES_NOTES_DIR=../wiki MINUTES_WIKI_HOST=https://wiki.x.org`.
 */
export function parseConfig(input: MinutesUserConfig = {}, env: NodeJS.ProcessEnv = process.env): MinutesConfig {
  const result = minutesConfigSchema.safeParse({
    ...input,
    ...(env.MINUTES_NOTES_DIR ? { notesDir: env.MINUTES_NOTES_DIR } : {}),
    ...(env.MINUTES_WIKI_HOST ? { wikiHost: env.MINUTES_WIKI_HOST } : {}),
  });
  if (result.success) return result.data;
  const problems = result.error.issues.map((i) => `  - ${i.path.join('.') || '(root)'}: ${i.message}`).join('\n');
  throw new Error(`Invalid Minutes configuration (astro.config.mjs or MINUTES_* variables):\n${problems}`);
}

/**
 * The options the core reads a notes folder with, from the Minutes config: the one mapping the
 * build, `check`, the evaluations and the tests share.
 */
export function corpusOptions(config: MinutesConfig, where: { dir: string; base?: string }): CorpusOptions {
  const { wikiHost, defaultLocale, iframeHosts, people, maxNoteBytes, meetings, itemsFrom, staleAfter, routes } =
    config;
  return {
    dir: where.dir,
    base: where.base ?? '/',
    ...(wikiHost ? { wikiHost } : {}),
    defaultLocale,
    iframeHosts,
    people,
    maxNoteBytes,
    ...(meetings ? { meetings } : {}),
    itemsFrom,
    staleAfter,
    routes: routes as Partial<Record<PageRoute, string>>,
  };
}
