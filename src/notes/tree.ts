import type { Note } from './note.ts';
import { parentPath } from './routes.ts';
import { entry } from './maps.ts';

export type NoteData = Omit<Note, 'html'>;

export interface FolderTree {
  /** Folder path ('' for the root) → the notes and sub-folders directly inside it, sorted. */
  children: Map<string, { notes: NoteData[]; folders: string[] }>;
  /** Folders with no note of their own at that path (Wiki.js parents are ordinary pages). */
  bareFolders: string[];
  /** Every note id. */
  ids: Set<string>;
}

/** The wiki's folder layout in one pass over the notes. */
export function buildTree(notes: readonly NoteData[]): FolderTree {
  const children: FolderTree['children'] = new Map();
  const inside = (path: string) => entry(children, path, () => ({ notes: [], folders: [] }));
  const ids = new Set(notes.map((n) => n.id));
  const known = new Set<string>();
  for (const note of notes) {
    if (note.id === 'home') continue;
    inside(parentPath(note.id)).notes.push(note);
    // Register every ancestor folder with its parent, up to the first one already known.
    for (let folder = parentPath(note.id); folder !== '' && !known.has(folder); folder = parentPath(folder)) {
      known.add(folder);
      inside(parentPath(folder)).folders.push(folder);
    }
  }
  for (const e of children.values()) {
    e.notes.sort((a, b) => a.id.localeCompare(b.id));
    e.folders.sort();
  }
  const bareFolders = [...children.keys()].filter((f) => f !== '' && !ids.has(f) && !ids.has(`${f}/index`)).sort();
  return { children, bareFolders, ids };
}

/** One line of a folder's listing: a note, or a sub-folder without a note of its own. */
export interface ListedPage {
  id: string;
  /** The note, or undefined for a bare folder. */
  note?: NoteData;
  /** Whether pages lie below it (it is a folder too). */
  below: boolean;
}

/** What a folder lists, its direct children only: its notes, then its sub-folders that have no note at their path. */
export function listing(tree: FolderTree, folder: string): ListedPage[] {
  const section = tree.children.get(folder);
  if (!section) return [];
  return [
    ...section.notes.map((note) => ({ id: note.id, note, below: tree.children.has(note.id) })),
    ...section.folders.filter((f) => !tree.ids.has(f)).map((id) => ({ id, below: true })),
  ];
}

/** Everything below a folder, in tree order (each page before the pages below it), without recursion. */
export function descendants(tree: FolderTree, folder: string): ListedPage[] {
  const out: ListedPage[] = [];
  const stack = listing(tree, folder).reverse();
  for (let page = stack.pop(); page; page = stack.pop()) {
    out.push(page);
    if (page.below) stack.push(...listing(tree, page.id).reverse());
  }
  return out;
}

/**
 * The ancestors a page's breadcrumbs show, nearest last: all of them up to `max`, else the first,
 * `undefined` for the levels left out, and the `max - 1` nearest. Each crumb's link holds its whole
 * path, so showing every ancestor made a page of depth d weigh d² and a chain of folders n³.
 */
export function breadcrumbPaths(path: string, max = 5): (string | undefined)[] {
  const ends: number[] = [];
  for (let i = path.indexOf('/'); i !== -1; i = path.indexOf('/', i + 1)) ends.push(i);
  const shown = ends.length <= max ? ends : [ends[0]!, -1, ...ends.slice(-(max - 1))];
  return shown.map((end) => (end === -1 ? undefined : path.slice(0, end)));
}
