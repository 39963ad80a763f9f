// npm run import -- <source> [--from wikijs|gitbook|markdown] [--out content] [--write] [--overwrite]
// Brings other exports in as valid notes: a Wiki.js tree (headers normalised), plain Markdown
// (a header added) or GitBook text exports (cleaned up, named from their titles). Every note is
// written as `.md`. Dry run by default: prints what it would do. --write applies it; a different
// file already at a target is left alone unless --overwrite.
// Exit codes: 0 done (or planned), 1 files left alone or unreadable, 2 bad usage.
import { copyFile, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, posix, resolve } from 'node:path';
import { parseCommand, shownPath, usageError } from './cli.ts';
import { scanNotesFolder } from '../src/notes/files.ts';
import { gitbookNote, isGitbookExport } from '../src/notes/import/gitbook.ts';
import { markdownNote } from '../src/notes/import/markdown.ts';
import { normalizeWikiNote } from '../src/notes/import/wikijs.ts';
import { slugify } from '../src/notes/slug.ts';
import { decodeNote } from '../src/notes/source.ts';

const usage =
  'Usage: npm run import -- <file or folder> [--from wikijs|gitbook|markdown] [--out content] [--write] [--overwrite]';
type From = 'wikijs' | 'gitbook' | 'markdown';

const { values, positionals } = parseCommand(usage, {
  from: { type: 'string' },
  out: { type: 'string', default: 'content' },
  write: { type: 'boolean', default: false },
  overwrite: { type: 'boolean', default: false },
});
if (positionals.length !== 1 || (values.from && !['wikijs', 'gitbook', 'markdown'].includes(values.from)))
  usageError(usage);
const source = resolve(positionals[0]!);
const out = resolve(values.out!);
const from = values.from as From | undefined;
const info = await stat(source).catch(() => undefined);
if (!info) {
  console.error(`Cannot read ${positionals[0]}: no such file or folder.`);
  process.exit(2);
}

/** One file to bring in: a page to convert, or an attachment to copy. */
interface Step {
  from: string;
  /** Relative to the output folder. */
  to: string;
  /** `to` comes from the page's title, not its file name (a GitBook export). */
  named?: boolean;
  text?: string;
  changes: string[];
  problem?: string;
}

// GitBook exports are text files: with --from gitbook every one is a page, without it each that
// reads as one (other text files stay attachments).
const isText = (file: string) => /\.txt$/i.test(file);
const inFolder = info.isDirectory();
const steps: Step[] = [];
if (inFolder) {
  const folder = await scanNotesFolder(source);
  const texts = folder.files.filter(isText);
  const pages = from === 'gitbook' ? texts : from ? folder.notes : [...folder.notes, ...texts];
  for (const file of pages) steps.push(await convert(join(source, file), file));
  for (const file of folder.files.filter((f) => !pages.includes(f)))
    steps.push({ from: join(source, file), to: file, changes: [] });
} else steps.push(await convert(source, basename(source)));

// Pages named from their titles may meet each other, or a file kept under its own name: the later
// ones are numbered. Compared without case: two such paths would be one URL.
const taken = new Set(steps.filter((s) => !s.named).map((s) => s.to.toLowerCase()));
for (const step of steps.filter((s) => s.named)) {
  const stem = step.to.replace(/\.md$/, '');
  for (let n = 2; taken.has(step.to.toLowerCase()); n++) step.to = `${stem}-${n}.md`;
  taken.add(step.to.toLowerCase());
}

let written = 0;
let leftAlone = 0;
const rel = shownPath;
for (const step of steps) {
  const target = join(out, step.to);
  if (step.problem) {
    console.log(`skip    ${rel(step.from)}: ${step.problem}`);
    leftAlone++;
    continue;
  }
  const bytes = step.text === undefined ? await readFile(step.from) : Buffer.from(step.text);
  const existing = await readFile(target).catch(() => undefined);
  if (existing?.equals(bytes)) {
    console.log(`same    ${rel(target)}`);
    continue;
  }
  if (existing && !values.overwrite) {
    console.log(`exists  ${rel(target)}: a different file is there; left alone (--overwrite replaces it)`);
    leftAlone++;
    continue;
  }
  const verb = existing ? 'replace' : step.text === undefined ? 'copy' : 'create';
  const renamed = step.named ? ` (from ${rel(step.from)})` : '';
  const changes = step.changes.length ? `\n        ${step.changes.join('; ')}` : '';
  console.log(`${verb.padEnd(7)} ${rel(target)}${renamed}${changes}`);
  if (values.write) {
    await mkdir(dirname(target), { recursive: true });
    if (step.text === undefined) await copyFile(step.from, target);
    else await writeFile(target, step.text);
  }
  written++;
}

const summary = `${written} file(s) ${values.write ? 'written' : 'to write'}, ${leftAlone} left alone, ${steps.length - written - leftAlone} already there.`;
console.log(
  `\n${summary}${values.write ? ` Next: npm run check -- ${rel(out)}` : ' Dry run: nothing was written. Run again with --write to apply.'}`,
);
process.exitCode = leftAlone ? 1 : 0;

/**
 * Reads a page and converts it the way its kind needs; `--from` overrides the detection. A note is
 * always `.md` (check and the build read nothing else); a GitBook page is named from its title.
 */
async function convert(path: string, file: string): Promise<Step> {
  const to = /\.md$/i.test(file) ? file : `${file.replace(/\.txt$/i, '')}.md`;
  const decoded = decodeNote(to, await readFile(path));
  const attachment = inFolder && isText(file) && !from && (!decoded.ok || !isGitbookExport(decoded.text));
  if (attachment) return { from: path, to: file, changes: [] };
  if (!decoded.ok) return { from: path, to, changes: [], problem: decoded.diagnostic.message };
  const { text } = decoded;
  const modified = (await stat(path)).mtime;
  const kind: From = from ?? (isGitbookExport(text) ? 'gitbook' : text.startsWith('---\n') ? 'wikijs' : 'markdown');
  if (kind === 'gitbook') {
    const { title, ...converted } = gitbookNote(text, modified);
    return { from: path, to: posix.join(posix.dirname(file), `${slugify(title)}.md`), named: true, ...converted };
  }
  const converted =
    kind === 'markdown' || !text.startsWith('---\n') ? markdownNote(to, text, modified) : normalizeWikiNote(to, text);
  return { from: path, to, text: converted.text, changes: converted.changes };
}
