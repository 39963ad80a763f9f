import type { Root } from 'mdast';
import { diagnostic, type Diagnostic } from './diagnostics.ts';
import { extractActions, personSectionNames } from './extract/actions.ts';
import { extractDecisions } from './extract/decisions.ts';
import { type Item, withIds } from './extract/items.ts';
import type { NoteMeetings } from './extract/meetings.ts';
import type { LinkContext } from './links.ts';
import { createRenderer, type Heading, type LinkReport } from './markdown.ts';
import { failure, noteId, type ReadNote, readNote } from './note.ts';
import { createPeople, knownPeople } from './people.ts';

/**
 * The two stages every note goes through, as plain data in and out so they can run in worker
 * threads and be cached: `read` needs only the file, `render` needs what the whole folder knows
 * (which notes exist, who the people are).
 */

/** What reading a note gives, without its syntax tree. */
export type ReadSummary = Omit<ReadNote, 'tree'> & {
  /** `### Name` sections under per-person headings: people the corpus knows. */
  personNames: string[];
  /** Whether the Markdown parsed (only then is there anything to render). */
  parsed: boolean;
};

/** What the render stage needs from the whole folder. */
export interface RenderContext {
  notes: readonly string[];
  assets: readonly string[];
  wikiHost?: string;
  defaultLocale: string;
  base: string;
  iframeHosts: readonly string[];
  /** Every spelling of a known person, from the read stage; aliases come from `people`. */
  knownNames: readonly string[];
  people?: Readonly<Record<string, readonly string[]>>;
}

export interface RenderJob {
  file: string;
  /** Set for a note whose action items and decisions are read (published, and a meeting unless all notes are): whether it is a meeting. */
  meeting?: boolean;
}

/** Links looked up while rendering, and whether they existed: a cached render is valid while they still answer the same. */
export interface Lookups {
  notes: [string, boolean][];
  assets: [string, boolean][];
}

export interface RenderedNote {
  file: string;
  /** Undefined when rendering failed (the diagnostics say why). */
  html?: string;
  searchHtml?: string;
  headings: Heading[];
  items: Item[];
  outgoing: string[];
  broken: LinkReport['broken'];
  diagnostics: Diagnostic[];
  lookups: Lookups;
}

export interface PipelineOptions {
  people?: Readonly<Record<string, readonly string[]>>;
}

/**
 * Reads and renders notes, keeping each syntax tree between the two stages so a note is parsed
 * once. One per thread.
 */
export function createPipeline(options: PipelineOptions) {
  const people = createPeople(options.people);
  const trees = new Map<string, Root>();

  const parse = (file: string, bytes: Uint8Array) => {
    const note = readNote(file, bytes, people);
    if (note.tree) trees.set(file, note.tree);
    return note;
  };

  return {
    read(file: string, bytes: Uint8Array): ReadSummary {
      const { tree, ...summary } = parse(file, bytes);
      return { ...summary, personNames: tree ? personSectionNames(tree) : [], parsed: Boolean(tree) };
    },

    /** `bytes` is needed only for notes this pipeline has not read (their read stage was cached). */
    render(jobs: readonly (RenderJob & { bytes?: Uint8Array })[], context: RenderContext): RenderedNote[] {
      let lookups: Lookups = { notes: [], assets: [] };
      const recorded = (values: readonly string[], log: () => [string, boolean][]) => {
        const set = new Set(values);
        return {
          has(key: string) {
            const found = set.has(key);
            log().push([key, found]);
            return found;
          },
        };
      };
      const links: LinkContext = {
        notes: recorded(context.notes, () => lookups.notes),
        assets: recorded(context.assets, () => lookups.assets),
        wikiHost: context.wikiHost,
        defaultLocale: context.defaultLocale,
        base: context.base,
      };
      const known = knownPeople(context.knownNames, people, context.people);
      const render = createRenderer({ links, iframeHosts: context.iframeHosts });

      return jobs.map(({ file, meeting, bytes }) => {
        const tree = trees.get(file) ?? (bytes && parse(file, bytes).tree);
        trees.delete(file);
        lookups = { notes: [], assets: [] };
        const diagnostics: Diagnostic[] = [];
        const failed = (d: Diagnostic): RenderedNote => ({
          file,
          headings: [],
          items: [],
          outgoing: [],
          broken: [],
          diagnostics: [d],
          lookups,
        });
        if (!tree) return failed(failure(file, new Error('its syntax tree was neither kept nor sent')));
        try {
          let items: Item[] = [];
          if (meeting !== undefined) {
            const strangers = (line: number, name: string) =>
              diagnostics.push(
                diagnostic(
                  file,
                  { line, column: 1 },
                  'action/unknown-owner',
                  `"${name}" looks like the owner of this next step, but no note lists ${name} as an attendee.`,
                  `Add ${name} to an attendee line, or map the spelling to a person with the "people" option.`,
                ),
              );
            items = withIds(noteId(file), [
              ...extractActions(tree, known, strangers),
              ...extractDecisions(tree, meeting),
            ]);
          }
          const rendered = render(tree, noteId(file), anchorsOf(items));
          return {
            file,
            html: rendered.html,
            ...(rendered.searchHtml ? { searchHtml: rendered.searchHtml } : {}),
            headings: rendered.headings,
            items,
            outgoing: [...rendered.links.outgoing].sort(),
            broken: rendered.links.broken,
            diagnostics,
            lookups,
          };
        } catch (error) {
          return failed(failure(file, error));
        }
      });
    },
  };
}

/**
 * Whether a note is meeting notes, which the indexes of meetings count: a page of dated
 * sections; a note in the folders the `meetings` option names; or, without that option, a dated
 * note that reads as one (attendees, a meeting word in its title or path, an agenda's headings) or
 * an undated one with attendees. Other dated notes (plans, events, logs) are pages.
 */
export function isMeetingNote(file: string, m: NoteMeetings, meetings?: (file: string) => boolean) {
  if (m.sections.length) return true;
  if (meetings) return meetings(file);
  return m.meetingDate ? m.looksLikeMeeting : m.attendees.length > 0;
}

function anchorsOf(items: readonly Item[]) {
  const anchors = new Map<number, string[]>();
  for (const item of items) anchors.set(item.line, [...(anchors.get(item.line) ?? []), item.id]);
  return anchors;
}
