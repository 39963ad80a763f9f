import { diagnostic, type Diagnostic } from './diagnostics.ts';
import { isSiteFile, notePath, type placeRoutes } from './routes.ts';

/**
 * Whether every note and attachment can be served at a URL of its own. Hosts differ on letter
 * case and Unicode normalization (`café` written two ways), so paths that differ only in those
 * are one URL; the site's own paths belong to the site.
 */

/** Characters a path segment cannot carry through URLs, the build and every host's file system. */
const UNSERVABLE = /[\u0000-\u001f\u007f\\%?#]/u;

/** One URL as hosts compare them: case and Unicode normalization ignored. */
export const urlKey = (path: string) => path.normalize('NFC').toLowerCase();

interface Paths {
  /** Note ids and files. */
  notes: readonly { id: string; file: string }[];
  /** Every other file of the folder, served or not: none may overwrite the site's own files. */
  files: readonly string[];
  /** Attachments the site will serve. */
  assets: readonly string[];
}

export function pathProblems({ notes, files, assets }: Paths): Diagnostic[] {
  const problems: Diagnostic[] = [];
  const taken = new Map<string, string>();
  const claim = (file: string, key: string, url: string) => {
    const other = taken.get(key);
    if (other === undefined) taken.set(key, file);
    else
      problems.push(
        diagnostic(file, undefined, 'path/collision', `"${file}" and "${other}" would both be served at ${url}.`),
      );
  };
  /** `path`: the note's id or the file's path, whose first segment must not be one of the site's. */
  const servable = (file: string, path: string) => {
    const bad = UNSERVABLE.exec(file);
    if (bad) {
      const shown = JSON.stringify(bad[0]).slice(1, -1);
      problems.push(
        diagnostic(
          file,
          undefined,
          'path/unservable',
          `The file name holds "${shown}", which cannot be part of a URL on every host.`,
        ),
      );
      return false;
    }
    if (isSiteFile(urlKey(path))) {
      problems.push(
        diagnostic(
          file,
          undefined,
          'path/reserved',
          `"${file}" would be served at /${path}, a file or folder Minutes writes itself.`,
        ),
      );
      return false;
    }
    return true;
  };
  for (const note of notes) {
    const url = notePath(note.id);
    if (servable(note.file, note.id)) claim(note.file, urlKey(url), `/${url}`);
  }
  const served = new Set(files.filter((file) => servable(file, file)));
  // An attachment clashes with a note's page (the folder `a/b/` of `a/b.md`) and with another
  // attachment; folders are listed so that a file named like one is caught too.
  for (const asset of assets) if (served.has(asset)) claim(asset, urlKey(`${asset}/`), `/${asset}`);
  const folders = new Set<string>();
  for (const file of [...notes.map((n) => n.file), ...assets]) {
    for (let i = file.indexOf('/'); i !== -1; i = file.indexOf('/', i + 1)) folders.add(urlKey(file.slice(0, i + 1)));
  }
  const reported = new Set(problems.map((p) => p.file));
  for (const asset of assets) {
    if (folders.has(urlKey(`${asset}/`)) && !reported.has(asset)) {
      problems.push(
        diagnostic(
          asset,
          undefined,
          'path/collision',
          `"${asset}" has the name of a folder of the site.`,
          'Rename the file.',
        ),
      );
    }
  }
  return problems;
}

/**
 * A warning for each of Minutes' pages that moved because notes hold its segment, at the first
 * note or file there, saying where the page went.
 */
export function routeMoves(moved: ReturnType<typeof placeRoutes>['moved'], holders: readonly string[]): Diagnostic[] {
  return moved.map(({ route, from, to }) => {
    const holder = holders.find((file) => urlKey(file.split('/')[0]!.replace(/\.md$/i, '')) === urlKey(from))!;
    return diagnostic(
      holder,
      undefined,
      'path/route-moved',
      `Notes are served at /${from}/, so Minutes' ${route} page${route === 't' ? ' (tags)' : ''} moved to /${to}/.`,
    );
  });
}
