/** A note header to write: Wiki.js's keys in Wiki.js's order first, then any others as given. */
export type HeaderFields = Record<string, string | string[] | null | undefined>;

/** The keys Wiki.js writes, in its order. */
export const WIKIJS_KEYS = ['title', 'description', 'published', 'date', 'tags', 'editor', 'dateCreated'] as const;
const ORDER: readonly string[] = WIKIJS_KEYS;
const LISTS = new Set(['tags', 'attendees']);

// One line, quoted only when YAML (and Wiki.js with it) would misread it.
const line = (text: string) => {
  const value = text.replace(/\s+/g, ' ').trim();
  return /^[\s"'[\]{}>|*&!%@`#,?-]|: | #|:$/.test(value) ? JSON.stringify(value) : value;
};

/** The `---` block as Wiki.js writes it: `key: value` lines, empty values kept as `key: `. */
export function writeHeader(fields: HeaderFields): string {
  const keys = [...ORDER.filter((k) => k in fields), ...Object.keys(fields).filter((k) => !ORDER.includes(k))];
  const lines = keys.flatMap((key) => {
    const value = fields[key];
    if (value === undefined) return [];
    const text = Array.isArray(value) ? (LISTS.has(key) ? value.join(', ') : value.join(' ')) : (value ?? '');
    return [`${key}: ${text ? line(text) : ''}`];
  });
  return `---\n${lines.join('\n')}\n---\n`;
}

/** The header a new note gets: every Wiki.js key, published, both timestamps `stamp`, then `extra`. */
export const newHeader = (title: string, stamp: string, extra: HeaderFields = {}) =>
  writeHeader({
    title,
    description: '',
    published: 'true',
    date: stamp,
    tags: '',
    editor: 'markdown',
    dateCreated: stamp,
    ...extra,
  });
