import type { Diagnostic } from './diagnostics.ts';
import type { Corpus } from './corpus.ts';
import type { Note } from './note.ts';
import { count } from './format.ts';

export type Format = 'pretty' | 'github' | 'json';

interface ReportOptions {
  /** Prepended to each file, whose path is relative to the notes folder: `content/` for an annotation. */
  prefix?: string;
  color?: boolean;
  /** What was checked, said before the counts at the end: `Checked 345 notes in content`. */
  checked?: string;
}

const tally = (list: readonly Diagnostic[], severity: Diagnostic['severity']) =>
  list.filter((d) => d.severity === severity).length;

export function summary(list: readonly Diagnostic[]) {
  return `${count(tally(list, 'error'), 'error')}, ${count(tally(list, 'warning'), 'warning')}`;
}

const ending = (list: readonly Diagnostic[], { checked }: ReportOptions) =>
  checked ? `${checked}: ${list.length ? summary(list) : 'no problems'}` : summary(list);

/** `file:line:col  severity  message  [code]` plus the hint: terminals make the location clickable. */
export function formatPretty(list: readonly Diagnostic[], options: ReportOptions = {}) {
  const paint = (code: number, s: string) => (options.color ? `\x1b[${code}m${s}\x1b[0m` : s);
  const lines = list.map((d) => {
    const severity = d.severity === 'error' ? paint(31, 'error  ') : paint(33, 'warning');
    const where = paint(1, `${options.prefix ?? ''}${d.file}:${d.line}:${d.column}`);
    const hint = d.hint ? `\n    ${paint(2, `hint: ${d.hint}`)}` : '';
    return `${where}  ${severity}  ${d.message}  ${paint(2, `[${d.code}]`)}${hint}`;
  });
  return [...lines, ...(lines.length ? [''] : []), ending(list, options)].join('\n');
}

// Workflow commands: data escapes %, CR, LF; properties also `:` and `,`.
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** GitHub Actions annotations: each problem shows on its line in the pull request's diff. */
export function formatGithub(list: readonly Diagnostic[], options: ReportOptions = {}) {
  const lines = list.map((d) => {
    const props = `file=${escapeProperty(`${options.prefix ?? ''}${d.file}`)},line=${d.line},col=${d.column},title=${escapeProperty(d.code)}`;
    return `::${d.severity} ${props}::${escapeData(d.hint ? `${d.message}\n${d.hint}` : d.message)}`;
  });
  return [...lines, ending(list, options)].join('\n');
}

export function formatJson(list: readonly Diagnostic[], extra: Record<string, unknown> = {}) {
  return JSON.stringify(
    { ...extra, errors: tally(list, 'error'), warnings: tally(list, 'warning'), diagnostics: list },
    null,
    2,
  );
}

/** Where the notes' "Updated" dates came from, for the build log when bulk commits were left out. */
export function updatedDates({ notes, bulkCommits = 0 }: Pick<Corpus, 'notes' | 'bulkCommits'>) {
  const fromGit = notes.filter((n) => n.lastCommit).length;
  const fromHeader = notes.filter((n) => !n.lastCommit && n.updated).length;
  const none = notes.length - fromGit - fromHeader;
  return (
    `Updated dates: ${count(fromGit, 'note')} from Git, ${fromHeader} from their headers` +
    `${none ? `, ${none} without one` : ''}; ${count(bulkCommits, 'bulk commit')} (touching most notes at once, ` +
    'or listed in .git-blame-ignore-revs) counted as no one’s edit.'
  );
}

/**
 * The build log's account of the notes, in counts that add up: the notes read are the ones loaded
 * and the unpublished ones left out (a note with errors stops the build before this line), and each
 * was rendered in this run or taken whole from the cache.
 */
export function loadedNotes({ notes, work }: Pick<Corpus, 'notes' | 'work'>, notesPath: string, ms: number) {
  const left = work.read - notes.length;
  const threads = work.threads ? ` on ${work.threads} threads` : '';
  return (
    `Loaded ${count(notes.length, 'note')}${left ? ` (${left} unpublished left out)` : ''} from ${notesPath} in ${Math.round(ms)} ms: ` +
    `${work.read} read, ${work.parsed} parsed and ${work.rendered} rendered${threads}, ${work.cached} from the cache`
  );
}

const SOURCE_NAMES = {
  'front matter': 'header',
  title: 'title',
  'file name': 'file name',
  heading: 'heading',
  body: 'date line',
  folder: 'folder',
  'other notes': 'dates of the other notes in its folder',
};
const lineList = (lines: readonly number[]) => `line${lines.length === 1 ? '' : 's'} ${lines.join(', ')}`;
const names = (attendees: Note['attendees']) =>
  attendees.map((a) => (a.partial ? `${a.name} (partial)` : a.name)).join(', ');

/**
 * What `check --verbose` says of a note: whether it is a meeting, and each fact read from it with
 * where it was read, so an author sees why a date, a person or an item is (or is not) on the site.
 */
export function formatFacts(note: Note): string {
  const out = [`${note.file}: ${note.kind}`];
  const { origin } = note;
  if (note.meetings) {
    out.push(`  ${count(note.meetings.length, 'meeting')}, one per dated heading:`);
    for (const m of note.meetings)
      out.push(
        `    line ${m.line}: ${m.date}${m.series ? `, series "${m.series}"` : ''}${m.attendees.length ? `, attendees ${names(m.attendees)}` : ''}`,
      );
  } else {
    if (note.meetingDate && origin?.date) {
      const where = SOURCE_NAMES[origin.date.source];
      const end = note.meetingEnd ? ` to ${note.meetingEnd}` : '';
      out.push(
        `  date ${note.meetingDate}${end}, from the ${where}${origin.date.line ? ` (line ${origin.date.line})` : ''}`,
      );
    }
    if (note.series && origin?.series) out.push(`  series "${note.series}", from the ${SOURCE_NAMES[origin.series]}`);
    if (note.attendees.length) {
      const where = origin?.attendees === 'front matter' ? 'the header' : lineList(origin?.attendees ?? []);
      out.push(`  attendees ${names(note.attendees)}, from ${where}`);
    }
  }
  const items = (list: Note['actions'], noun: string) =>
    list.length ? [`${count(list.length, noun)} (${lineList(list.map((i) => i.line))})`] : [];
  const found = [...items(note.actions, 'action item'), ...items(note.decisions, 'decision')];
  if (found.length) out.push(`  ${found.join(', ')}`);
  return out.join('\n');
}
