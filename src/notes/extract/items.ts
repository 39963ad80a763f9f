import { createHash } from 'node:crypto';
import type { List, ListItem, Paragraph } from 'mdast';
import { textLines } from './lines.ts';
import type { ItemStatus } from './status.ts';
import { spaceBefore, trimEndOf } from './text.ts';

export type ActionKind = 'will' | 'to' | 'colon' | 'person-section' | 'next-steps' | 'task';

/** An action item or a decision, with the line it is on. */
export interface Item {
  /** Anchor id in the rendered note, from the text: it survives edits elsewhere in the note. */
  id: string;
  noteId: string;
  /** 1-based line in the note file. */
  line: number;
  /** Canonical names; empty for decisions and for next steps that name nobody. */
  owners: string[];
  /** Groups named as owners, as written (`everyone`, `Finance committee`): no person page of their own. */
  groups?: string[];
  text: string;
  /** The topic it sits under: its parent bullet, else its section's heading. */
  topic?: string;
  status: ItemStatus;
  kind: ActionKind | 'decision';
}

export type Draft = Omit<Item, 'id' | 'noteId'>;

/** Ids `action-1a2b3c4` / `decision-…` from the text; a repeat in one note gets `-2`, `-3`… */
export function withIds(noteId: string, drafts: readonly Draft[]): Item[] {
  const seen = new Set<string>();
  // Where each base's numbering goes on (the numbers below are taken): repeats cost one lookup each.
  const next = new Map<string, number>();
  return [...drafts]
    .sort((a, b) => a.line - b.line)
    .map((d) => {
      const base = `${d.kind === 'decision' ? 'decision' : 'action'}-${createHash('sha1').update(d.text).digest('hex').slice(0, 7)}`;
      let id = base;
      let n = next.get(base) ?? 2;
      for (; seen.has(id); n++) id = `${base}-${n}`;
      next.set(base, n);
      seen.add(id);
      return { id, noteId, ...d };
    });
}

/** A list item's own text (its first paragraph, lines joined) and where it starts. */
export function itemText(item: ListItem): { text: string; line: number; paragraph?: Paragraph } {
  const first = item.children[0];
  const line = item.position?.start.line ?? 0;
  if (first?.type !== 'paragraph') return { text: '', line };
  return {
    text: textLines(first)
      .map((l) => l.text)
      .join(' '),
    line: first.position?.start.line ?? line,
    paragraph: first,
  };
}

export const nestedLists = (item: ListItem) => item.children.filter((c): c is List => c.type === 'list');

/** Struck through as a whole (`~~done~~`): the item is done. */
export function struckThrough(paragraph?: Paragraph) {
  const visible = paragraph?.children.filter((c) => !(c.type === 'text' && !c.value.trim())) ?? [];
  return visible.length > 0 && visible.every((c) => c.type === 'delete');
}

/** `**Label**` at the start of a paragraph, as written in bold (a label even without a colon). */
export function boldLead(paragraph?: Paragraph) {
  const first = paragraph?.children[0];
  return first?.type === 'strong'
    ? textLines({ children: first.children })
        .map((l) => l.text)
        .join(' ')
    : undefined;
}

/** Headings of the enclosing sections, outermost first. */
export class HeadingPath {
  private stack: { depth: number; text: string }[] = [];
  enter(depth: number, text: string) {
    while (this.stack.length && this.stack.at(-1)!.depth >= depth) this.stack.pop();
    this.stack.push({ depth, text });
  }
  get innermost() {
    return this.stack.at(-1)?.text;
  }
  get parent() {
    return this.stack.at(-2)?.text;
  }
}

/** Ends with `?`, maybe before a `)` (`/\?\s*\)?\s*$/`, read from the end). */
export function isQuestion(text: string) {
  let end = spaceBefore(text, text.length);
  if (text[end - 1] === ')') end = spaceBefore(text, end - 1);
  return text[end - 1] === '?';
}

/** The longest topic kept: a parent bullet can be a paragraph. */
const TOPIC_LENGTH = 120;

/** A bullet's or heading's text as the topic of the items under it, clipped at a word. */
export function topicOf(text: string | undefined): string | undefined {
  // Trimmed by a scan: a `[…]+$` pattern retries from every character of a long run.
  const plain = text && trimEndOf(text, ':–—-').trim();
  if (!plain) return undefined;
  if (plain.length <= TOPIC_LENGTH) return plain;
  const cut = plain.lastIndexOf(' ', TOPIC_LENGTH);
  return `${plain.slice(0, cut > TOPIC_LENGTH / 2 ? cut : TOPIC_LENGTH)}…`;
}
