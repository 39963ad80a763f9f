import { closest, distance } from 'fastest-levenshtein';
import * as z from 'zod';
import type { Code } from './codes.ts';
import { ISO_TIMESTAMP, isCalendarDay, isDay } from './dates.ts';
import { diagnostic, type Diagnostic } from './diagnostics.ts';
import type { Field, FrontMatter, RawValue } from './frontmatter.ts';
import { xmlText } from './xml.ts';

const text = z.string({ error: (issue) => (issue.input === null ? 'is empty' : 'must be text, not a list') });
const optionalText = z.union([text, z.null()]).transform((v) => v?.trim() ?? '');

const list = (lowerCase: boolean) =>
  z
    .union([z.string(), z.array(z.string()), z.null()])
    .transform((v) =>
      (typeof v === 'string' ? v.split(',') : (v ?? []))
        .map((s) => (lowerCase ? s.trim().toLowerCase() : s.trim()))
        .filter(Boolean),
    );

const timestamp = text.trim().check((ctx) => {
  const m = ISO_TIMESTAMP.exec(ctx.value);
  if (!m || !isCalendarDay(+m[1]!, +m[2]!, +m[3]!) || Number.isNaN(Date.parse(ctx.value))) {
    ctx.issues.push({ code: 'custom', input: ctx.value, message: `"${ctx.value}" is not an ISO date or timestamp` });
  }
});

const day = text.trim().check((ctx) => {
  if (!isDay(ctx.value)) {
    ctx.issues.push({
      code: 'custom',
      input: ctx.value,
      message: `"${ctx.value}" is not a date in the form YYYY-MM-DD`,
    });
  }
});

/**
 * The note header: the seven Wiki.js fields plus Minutes' meeting fields. Inputs are the raw
 * strings the front-matter reader keeps, so a title such as `2022-11-02` stays text.
 */
export const noteHeaderSchema = z.object({
  title: text.trim().min(1, 'is empty').meta({ description: 'Page title.' }),
  description: optionalText.optional().default('').meta({ description: 'One-line summary shown under the title.' }),
  published: z
    .string({ error: 'must be true, false, 1 or 0' })
    .transform((v) => v.trim().toLowerCase())
    .pipe(z.enum(['true', 'false', '1', '0'], { error: 'must be true, false, 1 or 0' }))
    .transform((v) => v === 'true' || v === '1')
    .optional()
    .default(true)
    .meta({ description: 'false keeps the note out of every page, feed, index and search result.' }),
  date: timestamp.optional().meta({ description: 'Last edit, as Wiki.js writes it (ISO timestamp).' }),
  tags: list(true).optional().default([]).meta({ description: 'Comma-separated tags, or a YAML list.' }),
  editor: optionalText.optional().meta({ description: 'Wiki.js editor (markdown, ckeditor, …).' }),
  dateCreated: timestamp.optional().meta({ description: 'Creation time, as Wiki.js writes it (ISO timestamp).' }),
  meetingDate: day.optional().meta({ description: 'Day the meeting took place (YYYY-MM-DD).' }),
  attendees: list(false).optional().meta({ description: 'People at the meeting: comma-separated or a YAML list.' }),
  series: text.trim().min(1, 'is empty').optional().meta({ description: 'Recurring meeting this note belongs to.' }),
});

export type NoteMeta = z.output<typeof noteHeaderSchema>;
export const KNOWN_KEYS = Object.keys(noteHeaderSchema.shape);

const KEY_CODES: Record<string, Code> = {
  title: 'frontmatter/missing-title',
  date: 'frontmatter/date',
  dateCreated: 'frontmatter/date',
  meetingDate: 'frontmatter/date',
  published: 'frontmatter/published',
};
const HINTS: Record<string, string> = {
  title: 'Add a line such as "title: Weekly sync" to the header.',
  date: 'Use an ISO timestamp such as 2024-05-02T14:00:00.000Z.',
  dateCreated: 'Use an ISO timestamp such as 2024-05-02T14:00:00.000Z.',
  meetingDate: 'Use the meeting day as YYYY-MM-DD, e.g. 2024-05-02.',
  published: 'Write "published: true" or "published: false".',
  tags: 'Write tags as "tags: planning, design" or as a YAML list.',
  attendees: 'Write attendees as "attendees: Ana, Bo" or as a YAML list.',
};

export type MetaResult = { meta: NoteMeta; diagnostics: Diagnostic[] } | { meta: undefined; diagnostics: Diagnostic[] };

/** Validates a header; every problem becomes a diagnostic at the line of its key. */
export function parseMeta(file: string, fm: FrontMatter, fallbackTitle?: string): MetaResult {
  const diagnostics: Diagnostic[] = [];
  const input: Record<string, RawValue> = {};
  for (const [key, field] of fm.fields) {
    if (KNOWN_KEYS.includes(key)) input[key] = withoutNonXml(field.value);
    else if (meansPublished(key)) diagnostics.push(publicationKey(file, key, field));
    else diagnostics.push(unknownKey(file, key, field));
  }
  if (diagnostics.some((d) => d.code === 'frontmatter/published')) return { meta: undefined, diagnostics };
  if (!fm.present && fallbackTitle !== undefined) input.title = fallbackTitle;

  const result = noteHeaderSchema.safeParse(input);
  if (result.success) return { meta: result.data, diagnostics };
  for (const issue of result.error.issues) {
    const key = String(issue.path[0] ?? 'title');
    const field = fm.fields.get(key);
    const missing = field === undefined;
    const message = missing ? `The front matter has no "${key}".` : `"${key}" ${issue.message}.`;
    diagnostics.push(
      diagnostic(
        file,
        field ?? { line: fm.headerLine, column: 1 },
        KEY_CODES[key] ?? 'frontmatter/invalid',
        message,
        HINTS[key],
      ),
    );
  }
  return { meta: undefined, diagnostics };
}

// YAML escapes (`"\u0000"`) can write what the bytes of a note never hold (decoding replaced those).
const withoutNonXml = (value: RawValue): RawValue =>
  typeof value === 'string' ? xmlText(value) : (value?.map(xmlText) ?? null);

/** Keys that say whether a page is public, other than `published`: never read as "publish it". */
const PUBLICATION_WORDS = new Set([
  'published',
  'publish',
  'ispublished',
  'unpublished',
  'draft',
  'isdraft',
  'hidden',
  'private',
  'visible',
  'visibility',
  'public',
  'ispublic',
]);

/** `Published`, `PUBLISHED`, `publised`, `is_published`, `draft`, a key with a zero-width character… */
export function meansPublished(key: string) {
  const word = key
    .normalize('NFKC')
    .replace(/[\p{Cf}\s_-]/gu, '')
    .toLowerCase();
  // `publisher` is one letter from `published` but names someone.
  return PUBLICATION_WORDS.has(word) || (distance(word, 'published') <= 2 && !word.startsWith('publisher'));
}

function publicationKey(file: string, key: string, field: Field): Diagnostic {
  return diagnostic(
    file,
    field,
    'frontmatter/published',
    `"${key.replace(/[\p{Cc}\p{Cf}]/gu, (c) => `\\u${c.codePointAt(0)!.toString(16).padStart(4, '0')}`)}" looks like it decides whether the note is public, but only "published" does; the note is not published until this is fixed.`,
    'Write "published: false" to keep the note private, or "published: true" to publish it, and remove this key.',
  );
}

function unknownKey(file: string, key: string, field: Field): Diagnostic {
  const near = closest(key, KNOWN_KEYS);
  const similar = distance(key.toLowerCase(), near.toLowerCase()) <= Math.max(2, Math.floor(near.length / 3));
  return diagnostic(
    file,
    field,
    'frontmatter/unknown-key',
    `Unknown front-matter key "${key}"${similar ? ` (did you mean "${near}"?)` : ''}.`,
    similar ? `Rename it to "${near}".` : `Known keys: ${KNOWN_KEYS.join(', ')}.`,
  );
}
