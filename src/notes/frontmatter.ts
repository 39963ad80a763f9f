import matter from 'gray-matter';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { diagnostic, type Diagnostic } from './diagnostics.ts';
import { WIKIJS_KEYS } from './header.ts';
import { KNOWN_KEYS } from './schema.ts';

/** A header value as written: text, a list (hand-edited YAML), or nothing (`tags: `). */
export type RawValue = string | string[] | null;

export interface Field {
  value: RawValue;
  /** Where the key is written, 1-based. */
  line: number;
  column: number;
}

export interface FrontMatter {
  /** False when the file has no header at all. */
  present: boolean;
  fields: Map<string, Field>;
  /** Line of the opening `---` (for diagnostics about the header as a whole). */
  headerLine: number;
  /**
   * The Markdown body with every header line blanked out, so positions in the parsed body are
   * positions in the file.
   */
  body: string;
  diagnostics: Diagnostic[];
}

/** The keys Wiki.js writes; a leading block made only of these is a header an import stacked on the first. */
const WIKIJS_KEY = new RegExp(`^(${WIKIJS_KEYS.join('|')})\\s*:`);
// Greedy captures, trimmed in code: a lazy `(.*?)[ \t]*$` is quadratic on long runs of spaces.
const KEY_LINE = /^([A-Za-z_][\w-]*)[ \t]*:(.*)$/;
// Only the marker is matched: a pattern over the rest backtracked across long runs of spaces.
const LIST_ITEM = /^[ \t]*-[ \t]/;
const BLOCK_SCALAR = /^[|>][+-]?\d*$/;

const engines = { yaml: { parse: () => ({}) } };

/**
 * Splits and reads a note header the tolerant way Wiki.js headers need: unquoted `key: value`
 * lines are taken literally (strict YAML would reject `title: A: B` and turn `2022-11-02` into a
 * Date); YAML is only consulted for what a person hand-edited (quotes, lists, block scalars).
 */
export function readFrontMatter(file: string, text: string): FrontMatter {
  const diagnostics: Diagnostic[] = [];
  const lines = text.split('\n');
  if (lines[0]?.trimEnd() !== '---') {
    return { present: false, fields: new Map(), headerLine: 1, body: text, diagnostics };
  }
  if (!lines.slice(1).some((l) => l.startsWith('---'))) {
    diagnostics.push(
      diagnostic(
        file,
        { line: 1, column: 1 },
        'frontmatter/unclosed',
        'The front matter starting here is never closed.',
      ),
    );
    return { present: true, fields: new Map(), headerLine: 1, body: '', diagnostics };
  }

  const { matter: header, content } = matter(text, { engines });
  const headerLines = header.split('\n').slice(1); // the first element is the rest of the `---` line
  const fields = parseHeader(file, headerLines, 2, diagnostics);

  // Line number of the first body line, counted from the part gray-matter consumed.
  let bodyLine = lineCount(text.slice(0, text.length - content.length)) + 1;
  let body = content;
  for (let stacked = stackedBlockLength(body); stacked > 0; stacked = stackedBlockLength(body)) {
    diagnostics.push(
      diagnostic(
        file,
        { line: bodyLine + leadingBlankLines(body.split('\n')), column: 1 },
        'frontmatter/stacked',
        'A second front-matter block follows the first; it was left out of the page.',
      ),
    );
    const consumed = body.split('\n').slice(0, stacked).join('\n').length + 1;
    body = body.slice(consumed);
    bodyLine += stacked;
  }
  return { present: true, fields, headerLine: 1, body: '\n'.repeat(bodyLine - 1) + body, diagnostics };
}

function lineCount(s: string) {
  let n = 0;
  for (let i = s.indexOf('\n'); i !== -1; i = s.indexOf('\n', i + 1)) n++;
  return n;
}

function leadingBlankLines(lines: string[]) {
  let i = 0;
  while (i < lines.length && lines[i]!.trim() === '') i++;
  return i;
}

/** Lines (through its closing dashes) of a stacked Wiki.js header at the top of `body`; 0 if none. */
function stackedBlockLength(body: string): number {
  const lines = body.split('\n');
  let i = leadingBlankLines(lines);
  if (lines[i]?.trimEnd() !== '---') return 0;
  let keys = 0;
  for (i++; i < lines.length && !lines[i]!.startsWith('---'); i++) {
    if (lines[i]!.trim() === '') continue;
    if (!WIKIJS_KEY.test(lines[i]!)) return 0;
    keys++;
  }
  return i < lines.length && keys > 0 ? i + 1 : 0;
}

function parseHeader(file: string, lines: string[], firstLine: number, diagnostics: Diagnostic[]): Map<string, Field> {
  const fields = new Map<string, Field>();
  let current: Field | undefined;
  let unreadable: number | undefined;
  lines.forEach((line, i) => {
    const lineNo = firstLine + i;
    if (line.trim() === '' || line.trimStart().startsWith('#')) return;
    const item = current && (current.value === null || Array.isArray(current.value)) ? LIST_ITEM.exec(line) : null;
    if (item) {
      if (!Array.isArray(current!.value)) current!.value = [];
      current!.value.push(String(unquote(line.slice(item[0].length).trim())));
      return;
    }
    const kv = /^\s/.test(line) ? null : KEY_LINE.exec(line);
    const raw = kv ? kv[2]!.trim() : '';
    if (!kv || BLOCK_SCALAR.test(raw)) {
      unreadable ??= lineNo;
      return;
    }
    current = { value: raw === '' ? null : unquote(raw), line: lineNo, column: 1 };
    setField(file, fields, kv[1]!, current, diagnostics);
  });
  if (unreadable === undefined) return fields;
  return parseYamlHeader(file, lines, firstLine, unreadable, diagnostics) ?? fields;
}

/** `"a: b"` → `a: b`, `[a, b]` → list; anything else is kept exactly as written. */
function unquote(raw: string): RawValue {
  const quoted = /^(["']).*\1$/.test(raw) && raw.length >= 2;
  const flowList = raw.startsWith('[') && raw.endsWith(']');
  if (!quoted && !flowList) return raw;
  try {
    const doc = parseDocument(raw);
    if (doc.errors.length) return raw;
    const value: unknown = doc.toJS({ maxAliasCount: 0 });
    if (typeof value === 'string') return value;
    if (Array.isArray(value) && value.every((v) => ['string', 'number', 'boolean'].includes(typeof v)))
      return value.map(String);
  } catch {
    // Not YAML after all: keep the literal text.
  }
  return raw;
}

/** Strict YAML, for headers with block scalars or nested lists that the line reader cannot take. */
function parseYamlHeader(
  file: string,
  lines: string[],
  firstLine: number,
  unreadableLine: number,
  diagnostics: Diagnostic[],
) {
  const source = lines.join('\n');
  const counter = new LineCounter();
  const at = (offset: number) => {
    const p = counter.linePos(offset);
    return { line: firstLine + p.line - 1, column: p.col };
  };
  const fail = (where: { line: number; column: number }, detail: string) => {
    diagnostics.push(diagnostic(file, where, 'frontmatter/yaml', `The front matter cannot be read: ${detail}`));
    return new Map<string, Field>();
  };
  let doc: ReturnType<typeof parseDocument>;
  try {
    // Aliases are never expanded: yamlValue only takes scalars and lists of scalars.
    doc = parseDocument(source, { lineCounter: counter, uniqueKeys: false, prettyErrors: false });
  } catch {
    return fail({ line: unreadableLine, column: 1 }, 'this line is not a "key: value" pair.');
  }
  if (doc.errors.length) {
    return fail({ line: unreadableLine, column: 1 }, 'this line is not a "key: value" pair.');
  }
  if (!isMap(doc.contents)) return fail({ line: firstLine, column: 1 }, 'it is not a list of "key: value" lines.');
  const fields = new Map<string, Field>();
  for (const pair of doc.contents.items) {
    if (!isScalar(pair.key)) continue;
    const key = String(pair.key.value);
    const pos = at(pair.key.range?.[0] ?? 0);
    const value = yamlValue(pair.value as Node | null, source);
    if (value === undefined) {
      // A key Minutes reads must hold text. Any other is only reported as unknown (or, if it looks
      // like a publication flag, refused as one): Wiki.js renders such a page, and so does Minutes.
      if (KNOWN_KEYS.includes(key))
        diagnostics.push(diagnostic(file, pos, 'frontmatter/type', `"${key}" must be text or a list of text.`));
      else setField(file, fields, key, { value: null, ...pos }, diagnostics);
      continue;
    }
    setField(file, fields, key, { value, ...pos }, diagnostics);
  }
  return fields;
}

/** A key set twice keeps its last value, but a second `published` is never taken as the answer. */
function setField(file: string, fields: Map<string, Field>, key: string, field: Field, diagnostics: Diagnostic[]) {
  if (fields.has(key)) {
    diagnostics.push(
      key === 'published'
        ? diagnostic(
            file,
            field,
            'frontmatter/published',
            '"published" is set twice; the note is not published until one is left.',
            'Keep one "published:" line: true to publish the note, false to keep it private.',
          )
        : diagnostic(file, field, 'frontmatter/duplicate-key', `"${key}" is set twice; the last value is used.`),
    );
  }
  fields.set(key, field);
}

function yamlValue(node: Node | null, source: string): RawValue | undefined {
  if (node === null) return null;
  if (isScalar(node)) {
    if (node.value === null) return null;
    // A plain scalar keeps its literal spelling (1.10 stays "1.10").
    if (node.type === 'PLAIN' && node.range) return source.slice(node.range[0], node.range[1]).trim();
    return String(node.value);
  }
  if (isSeq(node) && node.items.every((i) => isScalar(i))) {
    return node.items.map((i) => String((i as { value: unknown }).value));
  }
  return undefined;
}
