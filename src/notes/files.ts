import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

export interface NotesFolder {
  /** Markdown files, relative paths with forward slashes, sorted. */
  notes: string[];
  /** Every other file (images, attachments, anything a contributor added), sorted. */
  files: string[];
}

/** Files read at once: a folder of many thousand notes must not run out of file handles. */
export const OPEN_FILES = 64;

const PAGE = /\.md$/i;

/** Lists the notes folder, skipping dot files and folders (`.git`, `.github`, `assets/.unused`). */
export async function scanNotesFolder(dir: string): Promise<NotesFolder> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const folder: NotesFolder = { notes: [], files: [] };
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const path = relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/');
    if (path.split('/').some((segment) => segment.startsWith('.') || segment === 'node_modules')) continue;
    (PAGE.test(path) ? folder.notes : folder.files).push(path);
  }
  folder.notes.sort();
  folder.files.sort();
  return folder;
}
