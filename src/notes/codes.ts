import type { Severity } from './diagnostics.ts';

/**
 * Every problem Minutes reports, with its severity and the fix an author is told when the place
 * it is found has nothing more precise to say. CONTRIBUTING.md documents each (a test keeps the
 * two in step); `code` is stable, so CI annotations and docs can refer to it.
 */
export const CODES = {
  'file/unreadable': { severity: 'error', hint: 'Check its permissions.' },
  'file/encoding': { severity: 'error', hint: 'Re-save the file as UTF-8 (most editors have an "encoding" menu).' },
  'file/empty': { severity: 'error', hint: 'Add front matter and content, or delete the file.' },
  'file/too-large': { severity: 'error', hint: 'Split it into several notes, or raise the maxNoteBytes option.' },
  'file/unsupported': { severity: 'warning', hint: 'Convert the page to Markdown, or remove it.' },
  'asset/hosting': {
    severity: 'warning',
    hint: "Configure the host in the site's own repository, not in the notes folder; or delete the file.",
  },
  'asset/active': { severity: 'warning', hint: 'Attach it as a .zip or .txt, or link to where it is hosted.' },
  'asset/svg': { severity: 'warning', hint: 'Export the image again as SVG or PNG.' },
  'asset/too-large': { severity: 'warning', hint: 'Compress it, or host it elsewhere and link to it.' },
  'frontmatter/unclosed': { severity: 'error', hint: 'End the header with a line of three dashes: ---' },
  'frontmatter/yaml': {
    severity: 'error',
    hint: 'Write one "key: value" per line; quote values that span lines or use YAML syntax.',
  },
  'frontmatter/type': { severity: 'error', hint: 'Nested objects are not supported in note headers.' },
  'frontmatter/missing-title': { severity: 'error', hint: 'Add a line such as "title: Weekly sync" to the header.' },
  'frontmatter/date': { severity: 'error', hint: 'Use an ISO timestamp such as 2024-05-02T14:00:00.000Z.' },
  'frontmatter/published': { severity: 'error', hint: 'Write "published: true" or "published: false".' },
  'frontmatter/invalid': { severity: 'error', hint: 'Follow the form the message gives.' },
  'frontmatter/unknown-key': { severity: 'warning', hint: 'Check the spelling of the key.' },
  'frontmatter/duplicate-key': { severity: 'warning', hint: 'Remove one of the two lines.' },
  'frontmatter/stacked': {
    severity: 'warning',
    hint: 'Delete the inner block: only the first (outermost) header counts.',
  },
  'frontmatter/missing': {
    severity: 'warning',
    hint: 'Add a header with at least "title:" (npm run new writes a complete one).',
  },
  'path/collision': {
    severity: 'error',
    hint: 'Rename one of them; URLs must differ by more than letter case or accents written another way.',
  },
  'path/reserved': { severity: 'error', hint: 'Rename the file or move it into a folder.' },
  'path/route-moved': {
    severity: 'warning',
    hint: 'Links to that page follow it; to choose its place, set the "routes" option (routes: { search: "find" }).',
  },
  'path/unservable': { severity: 'error', hint: 'Rename the file without control characters, \\, %, ? or #.' },
  'markdown/too-complex': {
    severity: 'error',
    hint: 'Split the block with blank lines, or put the text in a code block.',
  },
  'markdown/too-deep': {
    severity: 'warning',
    hint: 'Flatten the deepest nesting; the levels past the limit are not shown as nesting.',
  },
  'link/broken': {
    severity: 'warning',
    hint: 'Check the path; wiki links may start with /, /en/, ./ or ../ and end in .md.',
  },
  'image/no-alt': {
    severity: 'warning',
    hint: 'Say what the image shows: <img alt="…" …>, or alt="" when it only decorates.',
  },
  'image/missing': {
    severity: 'warning',
    hint: 'Add the file, or fix the path (paths are relative to the notes folder root when they start with /).',
  },
  'meeting/no-date': {
    severity: 'warning',
    hint: 'Add the date to the title, the file name or a meetingDate header line.',
  },
  'meeting/date-conflict': { severity: 'warning', hint: 'Make them agree, or set meetingDate in the header.' },
  'people/ambiguous': { severity: 'warning', hint: 'Settle it in the people option.' },
  'meeting/date-ambiguous': {
    severity: 'warning',
    hint: 'Write the date as YYYY-MM-DD, or set meetingDate in the header.',
  },
  'action/unknown-owner': {
    severity: 'warning',
    hint: 'Add them to an attendee line, or map the spelling to a person with the "people" option.',
  },
  'internal/error': {
    severity: 'error',
    hint: 'This is a bug in Minutes, not in the note: please report it with the note (or the part that fails).',
  },
} as const satisfies Record<string, { severity: Severity; hint: string }>;

export type Code = keyof typeof CODES;
