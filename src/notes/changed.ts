import { posix } from 'node:path';

/**
 * The notes to check after a change: the changed notes, and every note whose text names one of
 * them, since its links may now break (or mend). Naming is matched on the file name without
 * `.md`, which every link form to a note contains (`/a/b`, `./b.md`, `../a/b#x`): a few extra
 * notes may be checked, none that links is missed.
 */
export function affectedNotes(changed: readonly string[], sources: ReadonlyMap<string, string>): Set<string> {
  const notes = changed.filter((file) => /\.md$/i.test(file));
  const names = [...new Set(notes.map((file) => posix.basename(file).replace(/\.md$/i, '')))];
  const affected = new Set(notes.filter((file) => sources.has(file)));
  if (!names.length) return affected;
  for (const [file, text] of sources) if (names.some((name) => text.includes(name))) affected.add(file);
  return affected;
}
