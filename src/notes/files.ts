import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

export interface NotesFolder {
  /** Markdown files, relative paths with forward slashes, sorted. */
  notes: string[];
  /** Every other file (images, attachments), copied to the site at the same path. */
  assets: string[];
  /** Files that look like pages Minutes cannot render (Wiki.js `.html` pages). */
  unsupported: string[];
}

const PAGE = /\.md$/i;
// Served as-is these would run their own markup on the site's origin.
const UNSUPPORTED = /\.(html?|xhtml)$/i;

/** Lists the notes folder, skipping dot files and folders (`.git`, `.github`, `assets/.unused`). */
export async function scanNotesFolder(dir: string): Promise<NotesFolder> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const folder: NotesFolder = { notes: [], assets: [], unsupported: [] };
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const path = relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/');
    if (path.split('/').some((segment) => segment.startsWith('.') || segment === 'node_modules')) continue;
    if (PAGE.test(path)) folder.notes.push(path);
    else if (UNSUPPORTED.test(path)) folder.unsupported.push(path);
    else folder.assets.push(path);
  }
  for (const list of Object.values(folder)) list.sort();
  return folder;
}
