import { readFrontMatter } from '../frontmatter.ts';
import { type HeaderFields, writeHeader } from '../header.ts';

export interface Converted {
  /** The note as it should be written. */
  text: string;
  /** What was changed, for the import's summary; empty when the file is copied as it is. */
  changes: string[];
}

/**
 * A Wiki.js page brought in with its header normalised: stacked header blocks dropped (the first,
 * newest, one counts) and values that break YAML quoted. A header that needs neither is kept
 * byte for byte.
 */
export function normalizeWikiNote(file: string, text: string): Converted {
  const header = readFrontMatter(file, text);
  const stacked = header.diagnostics.filter((d) => d.code === 'frontmatter/stacked').length;
  const fields: HeaderFields = Object.fromEntries([...header.fields].map(([key, field]) => [key, field.value]));
  const rewritten = writeHeader(fields);
  const original = text.slice(0, text.length - bodyAfterHeaders(text, header.body).length);
  const changes = [
    ...(stacked ? [`removed ${stacked} stacked header block${stacked > 1 ? 's' : ''}`] : []),
    ...(sameHeader(original, rewritten) ? [] : ['rewrote the header so YAML reads it as Wiki.js did']),
  ];
  if (!changes.length) return { text, changes };
  return { text: `${rewritten}${bodyAfterHeaders(text, header.body).replace(/^\n*/, '\n')}`, changes };
}

/** The body without the header lines the reader blanked (it keeps line numbers with newlines). */
function bodyAfterHeaders(text: string, blankedBody: string) {
  const blank = /^\n*/.exec(blankedBody)![0].length;
  const lines = text.split('\n');
  return lines.slice(blank).join('\n');
}

// The same header up to spacing: a file whose header YAML already reads right stays untouched.
const sameHeader = (a: string, b: string) =>
  a
    .trim()
    .split('\n')
    .map((l) => l.trim())
    .join('\n') ===
  b
    .trim()
    .split('\n')
    .map((l) => l.trim())
    .join('\n');
