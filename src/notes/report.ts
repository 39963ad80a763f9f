import type { Diagnostic } from './diagnostics.ts';
import type { Corpus } from './corpus.ts';
import { count } from './format.ts';

export type Format = 'pretty' | 'github' | 'json';

interface ReportOptions {
  /** Prepended to each file so paths are clickable from the project root (`content/`). */
  prefix?: string;
  color?: boolean;
}

const tally = (list: readonly Diagnostic[], severity: Diagnostic['severity']) =>
  list.filter((d) => d.severity === severity).length;

export function summary(list: readonly Diagnostic[]) {
  return `${count(tally(list, 'error'), 'error')}, ${count(tally(list, 'warning'), 'warning')}`;
}

/** `file:line:col  severity  message  [code]` plus the hint: terminals make the location clickable. */
export function formatPretty(list: readonly Diagnostic[], options: ReportOptions = {}) {
  const paint = (code: number, s: string) => (options.color ? `\x1b[${code}m${s}\x1b[0m` : s);
  const lines = list.map((d) => {
    const severity = d.severity === 'error' ? paint(31, 'error  ') : paint(33, 'warning');
    const where = paint(1, `${options.prefix ?? ''}${d.file}:${d.line}:${d.column}`);
    const hint = d.hint ? `\n    ${paint(2, `hint: ${d.hint}`)}` : '';
    return `${where}  ${severity}  ${d.message}  ${paint(2, `[${d.code}]`)}${hint}`;
  });
  return [...lines, '', summary(list)].join('\n');
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
  return [...lines, summary(list)].join('\n');
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
