/** Where an action item stands. `open` and `in-progress` are still to do; the others are closed. */
export type ItemStatus = 'open' | 'in-progress' | 'done' | 'moved' | 'cancelled';

export const isOpen = (status: ItemStatus) => status === 'open' || status === 'in-progress';

/** Box marks as teams use them beyond GitHub's `[ ]` and `[x]`: `[/]` started, `[>]` moved on, `[-]` dropped. */
const MARKS: Record<string, ItemStatus> = {
  '': 'open',
  x: 'done',
  '/': 'in-progress',
  '>': 'moved',
  '<': 'moved',
  '-': 'cancelled',
  '#': 'cancelled',
};

/** Words inside a box (`[TODO]`, `[DONE 9/28]`, `[In-Progress]`, `[TwOntDO]`), by their start. */
const WORDS: [RegExp, ItemStatus][] = [
  [/^(?:to-?do|open|new|pending|bump|decide)/i, 'open'],
  [/^(?:done|complete|finished|fixed|closed)/i, 'done'],
  [/^(?:in[- ]?progress|wip|doing|started|on-?going|in[- ]?review)/i, 'in-progress'],
  [/^(?:moved|deferred|postponed|carried|passed|handed)/i, 'moved'],
  [/^(?:cancell?ed|drop|won'?t|twontdo|wontfix|n\/a)/i, 'cancelled'],
];

/** A box at the start of an item: `[` up to 24 characters `]` and a space. */
const BOX = /^\[([^\]]{0,24})\]\s+/;
const CHECK = /^[✔✓☑✅]\s*/u;

/**
 * The status an item's own marker gives (`[/] draft it`, `[DONE] book the room`, `✔ sent`), and
 * the text after it; undefined when the item starts with no marker.
 */
export function leadingStatus(text: string): { status: ItemStatus; rest: string } | undefined {
  const check = CHECK.exec(text);
  if (check) return { status: 'done', rest: text.slice(check[0].length) };
  const box = BOX.exec(text);
  if (!box) return undefined;
  const inside = box[1]!.trim();
  const status = MARKS[inside.toLowerCase()] ?? WORDS.find(([word]) => word.test(inside))?.[1];
  return status && { status, rest: text.slice(box[0].length) };
}

/** `… - DONE`, `… -- Done`, `… (done)` at the end of an item. */
const DONE_AFTER = /(?:\s[-–—]{1,2}\s*|\s\()done\)?\.?$/i;
export const doneAfter = (text: string) => DONE_AFTER.test(text);
/** `text` without such a tail. */
export const withoutDoneAfter = (text: string) => text.replace(DONE_AFTER, '');
