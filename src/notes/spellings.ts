import { type Diagnostic, diagnostic } from './diagnostics.ts';
import { seriesKey } from './extract/series.ts';
import { isPersonName } from './people.ts';

/** Names written with different letter case are one person: `salt`, `Salt` and `SALT`. */
const caseKey = (name: string) => name.normalize('NFKC').toLowerCase();

/**
 * One spelling per person across a corpus, for names that differ only in letter case: the one
 * written most often, on a tie the one in title case, then in capitals, then the first in sort order.
 */
export function corpusSpellings(names: Iterable<string>): (name: string) => string {
  const counts = new Map<string, Map<string, number>>();
  for (const name of names) {
    const forms = counts.get(caseKey(name)) ?? new Map<string, number>();
    forms.set(name, (forms.get(name) ?? 0) + 1);
    counts.set(caseKey(name), forms);
  }
  // `Ana` before `ANA` before `ana`.
  const capital = (s: string) => (/^\p{Lu}\p{Ll}/u.test(s) ? 2 : /^\p{Lu}/u.test(s) ? 1 : 0);
  const chosen = new Map(
    [...counts].map(([key, forms]) => [
      key,
      [...forms].sort(([a, n], [b, m]) => m - n || capital(b) - capital(a) || (a < b ? -1 : a > b ? 1 : 0))[0]![0],
    ]),
  );
  return (name) => chosen.get(caseKey(name)) ?? name;
}

/** The people one note names: its attendees (who were there together) and its items' owners. */
export interface NoteNames {
  file: string;
  series?: string;
  attendees: readonly string[];
  owners: readonly string[];
}

const words = (name: string) => name.split(/\s+/);
const INITIALS = /^\p{Lu}{2,4}$/u;
const initialsOf = (name: string) =>
  words(name)
    .map((w) => w[0]!.toUpperCase())
    .join('');

/**
 * Short forms linked to the full name they stand for, where the notes leave no doubt: a first
 * name that exactly one full name across the folder starts with (`Ben` → `Ben Cotton`), initials
 * that exactly one full name among the note's or its series' attendees has (`JS` → `Jane Smith`).
 * Never when the two were at one meeting together (two people), nor when a "full name" is two
 * attendees run together (`Lucy Nathan` where Nathan attends on their own). When two full names
 * fit, the short form stays as written and a warning says how to settle it.
 */
export function linkShortNames(notes: readonly NoteNames[]): {
  spelling: (name: string, file: string) => string;
  diagnostics: Diagnostic[];
} {
  const together = new Set<string>();
  const singles = new Set<string>();
  const full = new Set<string>();
  for (const note of notes) {
    for (const a of note.attendees) for (const b of note.attendees) if (a !== b) together.add(`${a}\n${b}`);
    for (const name of [...note.attendees, ...note.owners]) (words(name).length > 1 ? full : singles).add(name);
  }
  for (const name of full) if (!isPersonName(name) || singles.has(words(name).at(-1)!)) full.delete(name);
  const apart = (a: string, b: string) => !together.has(`${a}\n${b}`);

  const byFirst = new Map<string, string[]>();
  for (const name of full) byFirst.set(words(name)[0]!, [...(byFirst.get(words(name)[0]!) ?? []), name]);
  const series = new Map<string, Set<string>>();
  for (const note of notes)
    if (note.series) {
      const key = seriesKey(note.series);
      const names = series.get(key) ?? new Set<string>();
      for (const name of note.attendees) if (full.has(name)) names.add(name);
      series.set(key, names);
    }

  const diagnostics: Diagnostic[] = [];
  const warned = new Set<string>();
  const ambiguous = (file: string, name: string, fits: string[]) => {
    if (warned.has(name)) return;
    warned.add(name);
    diagnostics.push(
      diagnostic(
        file,
        undefined,
        'people/ambiguous',
        `"${name}" could be ${fits.join(' or ')}; it is kept as written.`,
        `Add "${name}" to one person's spellings in the people option (${fits.map((f) => `'${f}': ['${name}']`).join(' or ')}).`,
      ),
    );
  };

  const firstNames = new Map<string, string>();
  const firstNote = new Map<string, string>();
  for (const note of notes) for (const name of note.attendees) if (!firstNote.has(name)) firstNote.set(name, note.file);
  for (const name of singles) {
    if (INITIALS.test(name)) continue;
    const fits = byFirst.get(name) ?? [];
    if (fits.length > 1) ambiguous(firstNote.get(name) ?? notes[0]!.file, name, fits);
    else if (fits.length === 1 && apart(name, fits[0]!)) firstNames.set(name, fits[0]!);
  }
  const initials = new Map<string, string>();
  for (const note of notes) {
    for (const name of new Set([...note.attendees, ...note.owners])) {
      if (!INITIALS.test(name)) continue;
      const pool = [
        ...(note.series ? (series.get(seriesKey(note.series)) ?? []) : []),
        ...note.attendees.filter((n) => full.has(n)),
      ];
      const fits = [...new Set(pool.filter((f) => initialsOf(f) === name && apart(name, f)))];
      if (fits.length === 1) initials.set(`${note.file}\n${name}`, fits[0]!);
      else if (fits.length > 1) ambiguous(note.file, name, fits);
    }
  }
  return {
    spelling: (name, file) => initials.get(`${file}\n${name}`) ?? firstNames.get(name) ?? name,
    diagnostics,
  };
}
