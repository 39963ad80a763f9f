// npm run import -- <source> [--from wikijs|gitbook|markdown] [--out content] [--write] [--overwrite]
// Brings other exports in as valid notes: a Wiki.js tree (headers normalised), plain Markdown
// (a header added) or GitBook text exports (cleaned up). Dry run by default: prints what it would
// do. --write applies it; a different file already at a target is left alone unless --overwrite.
// Exit codes: 0 done (or planned), 1 files left alone or unreadable, 2 bad usage.
import { copyFile, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { parseCommand, usageError } from './cli.ts';
import { scanNotesFolder } from '../src/notes/files.ts';
import { gitbookNote, isGitbookExport } from '../src/notes/import/gitbook.ts';
import { markdownNote } from '../src/notes/import/markdown.ts';
import { normalizeWikiNote } from '../src/notes/import/wikijs.ts';
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
  text?: string;
  changes: string[];
  problem?: string;
}

const steps: Step[] = [];
if (info.isDirectory()) {
  const folder = await scanNotesFolder(source);
  const pages = from === 'gitbook' ? folder.files.filter((f) => f.endsWith('.txt')) : folder.notes;
  for (const file of pages) steps.push(await convert(join(source, file), file));
  for (const file of folder.files.filter((f) => !pages.includes(f)))
    steps.push({ from: join(source, file), to: file, changes: [] });
} else {
  const name = basename(source).replace(/(\.gitbook-export)?\.(txt|md)$/i, '');
  steps.push(await convert(source, `${name}.md`));
}

let written = 0;
let leftAlone = 0;
const rel = (path: string) => relative(process.cwd(), path) || '.';
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
  console.log(`${verb.padEnd(7)} ${rel(target)}${step.changes.length ? `\n        ${step.changes.join('; ')}` : ''}`);
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

/** Reads a page and converts it the way its kind needs; `--from` overrides the detection. */
async function convert(path: string, to: string): Promise<Step> {
  const decoded = decodeNote(to, await readFile(path));
  if (!decoded.ok) return { from: path, to, changes: [], problem: decoded.diagnostic.message };
  const { text } = decoded;
  const modified = (await stat(path)).mtime;
  const kind: From = from ?? (isGitbookExport(text) ? 'gitbook' : text.startsWith('---\n') ? 'wikijs' : 'markdown');
  const converted =
    kind === 'gitbook'
      ? gitbookNote(text, modified)
      : kind === 'markdown' || !text.startsWith('---\n')
        ? markdownNote(to, text, modified)
        : normalizeWikiNote(to, text);
  return { from: path, to, text: converted.text, changes: converted.changes };
}
