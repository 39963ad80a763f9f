import type { Heading } from './heading-ids.ts';
import type { LinkReport } from './links.ts';

/** What the renderer and the dialect plugins pass each other on a note's file, typed for all of them. */
declare module 'vfile' {
  interface DataMap {
    /** The note being rendered (set by the renderer): links resolve from its path. */
    noteId: string;
    /** Source line → ids of the action items and decisions written there (set by the renderer). */
    anchors: ReadonlyMap<number, string[]>;
    /** The headings with their ids, for the table of contents (heading-ids.ts). */
    headings: Heading[];
    /** The links found, and those that lead nowhere (links.ts). */
    links: LinkReport;
  }
}
