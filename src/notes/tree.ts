import type { Note } from './note.ts';
import { parentPath } from './routes.ts';

export type NoteData = Omit<Note, 'html'>;

export interface FolderTree {
  /** Folder path ('' for the root) → the notes and sub-folders directly inside it, sorted. */
  children: Map<string, { notes: NoteData[]; folders: string[] }>;
  /** Folders with no note of their own at that path (Wiki.js parents are ordinary pages). */
  bareFolders: string[];
}

/** The wiki's folder layout in one pass over the notes. */
export function buildTree(notes: readonly NoteData[]): FolderTree {
  const children: FolderTree['children'] = new Map();
  const entry = (path: string) => {
    let e = children.get(path);
    if (!e) children.set(path, (e = { notes: [], folders: [] }));
    return e;
  };
  const ids = new Set(notes.map((n) => n.id));
  for (const note of notes) {
    if (note.id === 'home') continue;
    entry(parentPath(note.id)).notes.push(note);
    // Register every ancestor folder with its parent, up to the root.
    for (let folder = parentPath(note.id); folder !== ''; folder = parentPath(folder)) {
      const parent = entry(parentPath(folder));
      if (parent.folders.includes(folder)) break;
      parent.folders.push(folder);
    }
  }
  for (const e of children.values()) {
    e.notes.sort((a, b) => a.id.localeCompare(b.id));
    e.folders.sort();
  }
  const bareFolders = [...children.keys()].filter((f) => f !== '' && !ids.has(f) && !ids.has(`${f}/index`)).sort();
  return { children, bareFolders };
}
