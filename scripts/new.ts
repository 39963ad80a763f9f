// npm run new -- "Design review" [--date 2024-05-02] [--attendees "Ana, Bo"] [--series "Design review"] [--dir meeting-notes] [--config file]
// Writes a new meeting note with a complete Wiki.js header at <notes>/<dir>/<YYYY-MM>/<YYYY-MM-DD>-<slug>.md
// (an absolute --dir is used as given). Never overwrites. Exit codes: 0 written, 1 the file exists, 2 bad usage.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { isDay } from '../src/notes/dates.ts';
import { newNote, newNotePath } from '../src/notes/scaffold.ts';
import { isInside, parseCommand, shownPath } from './cli.ts';
import { loadProjectConfig } from './config.ts';

const usage =
  'Usage: npm run new -- "Title" [--date YYYY-MM-DD] [--attendees "Ana, Bo"] [--series "Name"] [--dir meeting-notes] [--config file]';
const fail = (message: string, code = 2): never => {
  console.error(message);
  process.exit(code);
};

const { values, positionals } = parseCommand(usage, {
  date: { type: 'string' },
  attendees: { type: 'string' },
  series: { type: 'string' },
  dir: { type: 'string', default: 'meeting-notes' },
  config: { type: 'string' },
});
const title = positionals.join(' ').trim();
if (!title) fail(`Give the meeting a title.\n${usage}`);
const now = new Date();
// The local calendar day, which is what "today's meeting" means to the person typing.
const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
const date = values.date ?? today;
if (!isDay(date)) fail(`--date "${date}" is not a day in the form YYYY-MM-DD.`);

const { notesDir } = await loadProjectConfig(values.config);
const notes = resolve(notesDir);
// --dir is a folder of the notes folder, but an absolute one names a single place: it is used as
// given. Refusing it would make the author type again a path they gave right, and nesting it
// (content/srv/notes/…) was never what they meant.
const path = resolve(notes, newNotePath(values.dir ?? '', { title, date }));
const attendees = values.attendees
  ?.split(',')
  .map((a) => a.trim())
  .filter(Boolean);
await mkdir(dirname(path), { recursive: true });
try {
  await writeFile(
    path,
    newNote({
      title,
      date,
      now,
      ...(attendees ? { attendees } : {}),
      ...(values.series ? { series: values.series } : {}),
    }),
    { flag: 'wx' },
  );
} catch (error) {
  if ((error as NodeJS.ErrnoException).code === 'EEXIST')
    fail(`${shownPath(path)} already exists; it was left as it was. Choose another title or date.`, 1);
  throw error;
}
console.log(shownPath(path));
// Written all the same, but check and the build read only the notes folder: say so.
if (!isInside(notes, path))
  console.error(
    `This note is outside the notes folder (${shownPath(notes)}): check and the build will not see it unless MINUTES_NOTES_DIR (or notesDir) is the folder that holds it.`,
  );
