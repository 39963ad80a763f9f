import type { Heading, List, Paragraph, RootContent } from 'mdast';
import { isPersonName, type People } from '../people.ts';
import { textLines } from './lines.ts';

export interface Attendee {
  /** Canonical name. */
  name: string;
  /** Written with a qualifier such as `(partial)` or `late` in every list that names them. */
  partial?: true;
}

/** Every spelling real notes use: `**Attendees**:`, `- **Participants:**:`, `Attendeees:`, `Meeting attendees:`… */
const LABEL = /^(?:meeting\s+|required\s+)?(?:attende{1,3}s|participants|present|attending)\s*:{1,2}\s*(.*)$/i;
const HEADING_LABEL = /^(?:attende{1,3}s|participants|present|attending)\s*:?$/i;
// Only "also attended": a bare "Kriti attended the conference" is news, not this meeting's list.
const ALSO_ATTENDED = /((?:\p{Lu}[\p{L}'-]*(?:,\s*|,?\s+and\s+))*\p{Lu}[\p{L}'-]*)\s+also\s+(?:attended|joined)\b/u;
const PARTIAL = /^(?:partial(?:ly)?|part[- ]time|late|joined late|left early)$/i;
const ABSENT = /^.+?(?:\s+(?:(?:was|is)\s+)?(?:out|absent|away)|[\s:–-]+did(?:\s+not|n't)\s+attend.*)$/i;
const SEPARATORS = /\s*(?:,|\/|\+|&|;|\band\b)\s*/;

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
  const mentions: Mention[] = [];
  for (const piece of splitOutsideParens(value.replace(/[.\s]+$/, ''))) {
    let partial = false;
    // `Backend team (Brent, Mukesh, or Dom)`, `Core team (Kriti was out)`: the group names nobody.
    const inner = [...piece.matchAll(/\(([^)]*)\)/g)].map((m) => m[1]!.trim());
    for (const q of inner) if (PARTIAL.test(q)) partial = true;
    let name = piece.replace(/\([^)]*\)/g, '').replace(/\s+[-–—]\s+.*$/, '').trim();
    if (/\s+or\s+/i.test(name) || /^(?:or|and)\s/i.test(name)) continue;
    if (ABSENT.test(name)) continue;
    const late = /^(.+?)\s+(?:partial(?:ly)?|late)$/i.exec(name);
    if (late) [name, partial] = [late[1]!, true];
    const canonical = people.canonical(name);
    if (canonical !== name || isPersonName(name)) mentions.push({ name: canonical, partial });
  }
  return mentions;
}

function splitOutsideParens(value: string): string[] {
  const pieces: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!;
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0) {
      const sep = SEPARATORS.exec(value.slice(i));
      if (sep?.index === 0 && sep[0].length > 0) {
        pieces.push(value.slice(start, i));
        i += sep[0].length - 1;
        start = i + 1;
      }
    }
  }
  pieces.push(value.slice(start));
  return pieces.map((p) => p.trim()).filter(Boolean);
}

/** The names a list holds, one per item's first line (`Attending:` followed by `- Kriti`). */
function listNames(list: List, people: People): Mention[] {
  return list.children.flatMap((item) => {
    const first = item.children[0];
    const text = first?.type === 'paragraph' ? textLines(first)[0]?.text : undefined;
    return text ? parseAttendeeValue(text, people) : [];
  });
}

/**
 * Everyone listed as attending in these blocks: attendee lines anywhere (also inside list items
 * and per-topic sections), lists under an `Attendees:` label or heading, and "X and Y also
 * attended" sentences. Code blocks are examples, not attendance.
 */
export function attendeesIn(blocks: readonly RootContent[], people: People): Attendee[] {
  const found: Mention[] = [];
  const add = (mentions: Mention[]) => found.push(...mentions);
  const walk = (nodes: readonly RootContent[]) => {
    nodes.forEach((node, i) => {
      const next = nodes[i + 1];
      if (node.type === 'paragraph') readParagraph(node, next?.type === 'list' ? next : undefined);
      else if (node.type === 'heading') readHeading(node, next?.type === 'list' ? next : undefined);
      else if ('children' in node && node.type !== 'table') walk(node.children as RootContent[]);
    });
  };
  const readParagraph = (node: Paragraph, listBelow?: List) => {
    const lines = textLines(node);
    lines.forEach(({ text }, i) => {
      const label = LABEL.exec(text);
      if (label?.[1]) add(parseAttendeeValue(label[1], people));
      else if (label && i === lines.length - 1 && listBelow) add(listNames(listBelow, people));
      const also = ALSO_ATTENDED.exec(text);
      if (!label && also) add(parseAttendeeValue(also[1]!, people));
    });
  };
  const readHeading = (node: Heading, listBelow?: List) => {
    const text = textLines(node)[0]?.text ?? '';
    if (listBelow && HEADING_LABEL.test(text)) add(listNames(listBelow, people));
  };
  walk(blocks);
  return mergeAttendees(found);
}
