import type { Heading, List, Paragraph, RootContent } from 'mdast';
import { isHandle, isPersonName, type People } from '../people.ts';
import { textLines } from './lines.ts';
import { labelValue, oneLineFrom, skipSpace, trimEndOf } from './text.ts';

export interface Attendee {
  /** Canonical name. */
  name: string;
  /** Written with a qualifier such as `(partial)` or `late` in every list that names them. */
  partial?: true;
}

/**
 * Every spelling real notes use: `**Attendees**:`, `- **Participants:**:`, `Attendeees:`,
 * `Meeting attendees:`, `PRESENT`, `Attendees (F):` (one of two sessions)…
 */
const LABEL =
  /^(?:meeting\s+|required\s+)?(?:attende{1,3}s|participants|present|attending|attendance)(?:\s*\([^()]{0,20}\))?/i;
const HEADING_LABEL = /^(?:attende{1,3}s|participants|present|attending|attendance)\s*:?$/i;
/** The labels of sub-lists under an attendance label that say who was there this time (`- Current: …`). */
const PRESENT_NOW = /^(?:attende{1,3}s|participants|present|attending|attendance|current|this (?:week|time))$/i;
/** Any `Label:` at the start of a line, such as `Apologies:` or `From last week:`, which ends bare name lines. */
const ANY_LABEL = /^([^:]{1,40}):/;
/** Labels of lines about people who were not there, or of roles, never a person's name. */
const NOT_A_NAME =
  /^(?:apolog|regret|absent|excused|unable|missing|not\s|from\s|last\s|previous|facilitat|note|minute|scribe|chair|host|agenda|time|date|location|where)/i;
/** `Don/sntxrr`: a name and its handle, one person (`Ana/Bo`, two names, are two). Starts at a word's start only, so each word is read once. */
const NAME_AND_HANDLE = /(?<![\p{L}'’.-])(\p{Lu}[\p{L}'’.-]*)\/[\p{Ll}\p{N}][\p{L}\p{N}._-]*(?![\p{L}\p{N}._/-])/gu;
// Only "also attended": a bare "Kriti attended the conference" is news, not this meeting's list.
// A list starts at a capital (checked first, so the lookbehind runs only there), but not after
// another capital of the same word, nor after a name and a separator: from there the list is a
// tail of one starting earlier, and trying every such start to the end of the list is quadratic.
const NAME = "\\p{Lu}[\\p{L}'-]*";
const AND = '(?:,\\s*|,?\\s+and\\s+)';
const ALSO_ATTENDED = new RegExp(
  `(?=\\p{Lu})(?<!\\p{Lu}[\\p{L}'-]*?|${NAME}${AND})((?:${NAME}${AND})*${NAME})\\s+also\\s+(?:attended|joined)\\b`,
  'u',
);
const PARTIAL = /^(?:partial(?:ly)?|part[- ]time|late|joined late|left early)$/i;
/** A remark in parentheses or after a name that says someone was there only part of the time. */
const PART_OF_THE_TIME =
  /(?<!\p{L})(?:late|early|partial(?:ly)?|briefly|few minutes|first (?:half|hour)|second half|part of)(?!\p{L})/iu;
/** A phrase that reads as part of a sentence: lower case, with a word such as "to" or "the". */
const SENTENCE = /^\p{Ll}.*\s(?:to|the|a|an|for|of|with|about|on|in|at|from|by)(?:\s|$)/u;
/** An organisation's initials, as written after a person's name: `IAB`, `W3C`, `AT&T`. */
const AFFILIATION = /^[\p{Lu}\d&-]{2,8}$/u;
/** `Deb just for a few minutes`: a name of capitalised words, then a remark in lower case. */
const NAME_THEN_REMARK = /^(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2}) (?=\p{Ll})/u;
// A run of spaces is entered at its first (the lookbehinds): a match starting further in would also
// start there, and each start would read the rest of the run again.
const ABSENT =
  /^.+?(?:(?<=^.|\S)\s+(?:(?:was|is)\s+)?(?:out|absent|away)|(?<=^.|[^\s:–-])[\s:–-]+did(?:\s+not|n't)\s+attend.*)$/i;
const LATE = /^(.+?)(?<=^.|\S)\s+(?:partial(?:ly)?|late)$/i;
const EITHER_OR = /(?<!\s)\s+or\s+/i;
const DASH_NOTE = /(?<!\s)\s+[-–—]\s+/g;

interface Mention {
  name: string;
  partial?: boolean;
}

/** One entry per person, in order of first mention; partial only if every mention says so. */
export function mergeAttendees(mentions: readonly Mention[]): Attendee[] {
  const partial = new Map<string, boolean>();
  for (const m of mentions) partial.set(m.name, (partial.get(m.name) ?? true) && Boolean(m.partial));
  return [...partial].map(([name, p]) => (p ? { name, partial: true as const } : { name }));
}

/**
 * The people an attendee line names. Qualifiers in parentheses become a flag or are dropped,
 * absences (`Kriti out`, `(Kriti was out)`) are left out, and group terms (`Entire core team`),
 * placeholders and either-or choices (`Brent, Mukesh, or Dom`) name nobody.
 */
export function parseAttendeeValue(value: string, people: People): Mention[] {
  const mentions: (Mention & { handle?: true })[] = [];
  let previous = '';
  let prose = false;
  for (const piece of splitOutsideParens(trimEndOf(value, '.').replace(NAME_AND_HANDLE, '$1'))) {
    // `Jane Doe, IAB`: capitals after a full name are the organisation (`Salt, AJ`: two people).
    const affiliation = AFFILIATION.test(piece) && /\S\s+\S/.test(previous);
    previous = withoutDashNote(parenthesized(piece).outside).trim();
    if (affiliation) continue;
    // `Backend team (Brent, Mukesh, or Dom)`, `Core team (Kriti was out)`: the group names nobody.
    const { inner, outside } = parenthesized(piece);
    const partial = inner.some((q) => PARTIAL.test(q.trim()) || PART_OF_THE_TIME.test(q));
    const written = withoutDashNote(outside).trim();
    if (EITHER_OR.test(written) || /^(?:or|and)\s/i.test(written)) continue;
    // A remark after a name counts only when it says the person was there part of the time.
    const remark = NAME_THEN_REMARK.exec(written);
    const briefly = remark && !ABSENT.test(written) && PART_OF_THE_TIME.test(written.slice(remark[0].length));
    const name = briefly ? remark[1]! : written;
    const late = LATE.exec(name);
    const who = late ? late[1]! : name;
    const canonical = people.canonical(who);
    // Whether it names a person first: an absence is only looked for in what could be one.
    const handle = canonical === who && !isPersonName(who);
    if (handle && !isHandle(who)) {
      // A lower-case phrase with a little word (`send to seagl-announce`) makes the line a sentence.
      prose ||= SENTENCE.test(who);
      continue;
    }
    if (ABSENT.test(name)) continue;
    mentions.push({
      name: canonical,
      partial: partial || Boolean(late) || Boolean(briefly),
      ...(handle ? { handle } : {}),
    });
  }
  // A handle is a person only in a list of names: `send to seagl-announce and blog` is a sentence.
  return prose ? mentions.filter((m) => !m.handle) : mentions;
}

/** The `(…)` groups of `text` (each `(` to the next `)`) and the text outside them. */
function parenthesized(text: string) {
  const inner: string[] = [];
  let outside = '';
  let from = 0;
  for (let open = text.indexOf('('); open !== -1; open = text.indexOf('(', from)) {
    const close = text.indexOf(')', open + 1);
    if (close === -1) break;
    inner.push(text.slice(open + 1, close));
    outside += text.slice(from, open);
    from = close + 1;
  }
  return { inner, outside: outside + text.slice(from) };
}

/** `Ana - notes` → `Ana`: from the first ` - ` whose rest is one line (`/\s+[-–—]\s+.*$/`). */
function withoutDashNote(text: string) {
  DASH_NOTE.lastIndex = 0;
  for (let m = DASH_NOTE.exec(text); m; m = DASH_NOTE.exec(text)) {
    if (oneLineFrom(text, m.index + m[0].length)) return text.slice(0, m.index);
    DASH_NOTE.lastIndex = m.index + 1;
  }
  return text;
}

/** The end of a separator (`,` `/` `+` `&` `;` `and`, with the spaces around it) whose spaces end at `at`, or -1. */
function separatorEnd(value: string, at: number) {
  const c = value[at];
  let j = at + 1;
  // `and` only as a word of its own: `Roland` is one name.
  if (value.startsWith('and', at) && !/\w/.test(value[at - 1] ?? '') && !/\w/.test(value[at + 3] ?? '')) j = at + 3;
  else if (c !== ',' && c !== '/' && c !== '+' && c !== '&' && c !== ';') return -1;
  return skipSpace(value, j);
}

/** The pieces between separators outside parentheses (`Ana, Bo (late, remote) and Cy`). */
function splitOutsideParens(value: string): string[] {
  const pieces: string[] = [];
  let depth = 0;
  let start = 0;
  // The first non-space at or after `i`, kept across a run of spaces so it is read once.
  let solid = -1;
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!;
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0) {
      if (solid < i) solid = skipSpace(value, i);
      const end = separatorEnd(value, solid);
      if (end !== -1) {
        pieces.push(value.slice(start, i));
        i = end - 1;
        start = end;
      }
    }
  }
  pieces.push(value.slice(start));
  return pieces.map((p) => p.trim()).filter(Boolean);
}

/**
 * The names one line of an attendance list holds. A labelled line counts only when its label says
 * "here this time" (`Current: …`), or is itself a person (`Ana: notes`); `Apologies:`,
 * `From last week:` or `Facilitator:` lines name nobody present.
 */
function lineNames(text: string, people: People): Mention[] {
  const label = ANY_LABEL.exec(text);
  if (!label) return parseAttendeeValue(text, people);
  const name = label[1]!.trim();
  if (PRESENT_NOW.test(name)) return parseAttendeeValue(text.slice(label[0].length), people);
  return isPersonName(name) && !NOT_A_NAME.test(name) ? parseAttendeeValue(name, people) : [];
}

/** The names a list holds, one line per item (`Attending:` followed by `- Kriti`). */
function listNames(list: List, people: People): Mention[] {
  return list.children.flatMap((item) => {
    const first = item.children[0];
    const text = first?.type === 'paragraph' ? textLines(first)[0]?.text : undefined;
    return text ? lineNames(text, people) : [];
  });
}

/** Names written one per line after an attendance label, up to the next label (`Apologies:`). */
function bareLines(lines: readonly { text: string }[], people: People): Mention[] {
  const names: Mention[] = [];
  for (const { text } of lines) {
    if (ANY_LABEL.test(text)) break;
    names.push(...parseAttendeeValue(text, people));
  }
  return names;
}

/** The value of an attendee line (`Attendees: Ana, Bo` → `Ana, Bo`; '' for a bare label), or undefined. */
function attendeeLabel(text: string) {
  const label = LABEL.exec(text);
  // A label alone on its line needs no colon when it is written as one (`PRESENT`, `Attendees`),
  // not as a word of a task (`[ ] attendees`).
  return label ? labelValue(text, label[0].length, ':', /^\p{Lu}/u.test(text)) : undefined;
}

/** Who attended, and the lines of the attendance records they were read from. */
export interface Attendance {
  attendees: Attendee[];
  lines: number[];
}

/**
 * Everyone listed as attending in these blocks: attendee lines anywhere (also inside list items
 * and per-topic sections), lists or lines under an `Attendees:` label or heading, and "X and Y
 * also attended" sentences. Code blocks are examples, not attendance.
 */
export function attendanceIn(blocks: readonly RootContent[], people: People): Attendance {
  const found: Mention[] = [];
  const lines = new Set<number>();
  const add = (mentions: Mention[], line: number) => {
    found.push(...mentions);
    if (mentions.length) lines.add(line);
  };
  const walk = (nodes: readonly RootContent[]) => {
    nodes.forEach((node, i) => {
      const next = nodes[i + 1];
      if (node.type === 'paragraph') readParagraph(node, next?.type === 'list' ? next : undefined);
      else if (node.type === 'heading') readHeading(node, next);
      else if ('children' in node && node.type !== 'table') walk(node.children as RootContent[]);
    });
  };
  const readParagraph = (node: Paragraph, listBelow?: List) => {
    const texts = textLines(node);
    texts.forEach(({ text, line }, i) => {
      const label = attendeeLabel(text);
      if (label) add(parseAttendeeValue(label, people), line);
      else if (label === '' && i < texts.length - 1) add(bareLines(texts.slice(i + 1), people), line);
      else if (label === '' && listBelow) add(listNames(listBelow, people), line);
      const also = label === undefined ? ALSO_ATTENDED.exec(text) : null;
      if (also) add(parseAttendeeValue(also[1]!, people), line);
    });
  };
  const readHeading = (node: Heading, below?: RootContent) => {
    if (!HEADING_LABEL.test(textLines(node)[0]?.text ?? '')) return;
    const line = node.position?.start.line ?? 0;
    if (below?.type === 'list') add(listNames(below, people), line);
    // Lines of names, or one line listing them; a labelled line is read as anywhere else.
    else if (below?.type === 'paragraph' && !attendeeLabel(textLines(below)[0]?.text ?? ''))
      add(bareLines(textLines(below), people), line);
  };
  walk(blocks);
  return { attendees: mergeAttendees(found), lines: [...lines].sort((a, b) => a - b) };
}

export const attendeesIn = (blocks: readonly RootContent[], people: People) => attendanceIn(blocks, people).attendees;
