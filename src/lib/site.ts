import { type CollectionEntry, getCollection } from 'astro:content';
import config from 'virtual:minutes/config';
import { buildIndexes, type Indexes } from '../notes/indexes.ts';
import { type FolderTree, type NoteData, buildTree } from '../notes/tree.ts';
import { type Rows, rowsOf } from './rows.ts';

export { config };
export type NoteEntry = CollectionEntry<'notes'> & { data: NoteData };

export interface Site {
  entries: NoteEntry[];
  notes: NoteData[];
  byId: Map<string, NoteEntry>;
  tree: FolderTree;
  indexes: Indexes;
  rows: Rows;
}

let cached: Promise<Site> | undefined;

/** Everything pages need, computed once per build from the collection (never per page). */
export function getSite(): Promise<Site> {
  if (import.meta.env.DEV || !cached) cached = load();
  return cached;
}

async function load(): Promise<Site> {
  const entries = (await getCollection('notes')) as NoteEntry[];
  const notes = entries.map((e) => e.data);
  const indexes = buildIndexes(notes, { staleAfter: config.staleAfter });
  return {
    entries,
    notes,
    byId: new Map(entries.map((e) => [e.id, e])),
    tree: buildTree(notes),
    indexes,
    rows: rowsOf(indexes),
  };
}
