import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { MAX_NOTE_BYTES } from './config.ts';
import { scanNotesFolder } from './files.ts';
import { noteId, readNote } from './note.ts';
import { createPeople } from './people.ts';
import { PAGE_ROUTES, placeRoutes, type RouteSegments, segmentOf } from './routes.ts';

/**
 * Where Minutes' pages go for a notes folder, worked out before the build reads it (Astro fixes
 * its routes first): the placement the corpus makes (see loadCorpus), reading only the notes under
 * a segment a page could want, each only until one there is published.
 */
export async function placeSiteRoutes(
  dir: string,
  configured: Partial<RouteSegments> = {},
  maxNoteBytes = MAX_NOTE_BYTES,
) {
  const folder = await scanNotesFolder(dir);
  const wanted = new Set(PAGE_ROUTES.map((route) => configured[route] ?? route));
  const matters = (segment: string) => wanted.has(segment) || segment.startsWith('minutes-');
  const held = new Set(folder.files.map(segmentOf));
  const people = createPeople();
  for (const file of folder.notes) {
    const segment = segmentOf(noteId(file));
    if (held.has(segment) || !matters(segment)) continue;
    const bytes = await readFile(join(dir, file));
    if (bytes.length > maxNoteBytes) continue;
    const note = readNote(file, bytes, people);
    if (note.meta?.published && note.meetings) held.add(segment);
  }
  return placeRoutes(held, configured);
}
