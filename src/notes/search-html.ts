import type { Comment, Element, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { SKIP } from 'unist-util-visit';
import { eachElement } from './dialect/walk.ts';

/**
 * A note's HTML as the search index reads it, made from the tree its page was rendered from: the
 * line of each action item and decision is a heading (`Decision: …`), which makes it a sub-result
 * of its meeting that lands on its line, its words indexed once, where they are. What only the
 * whole folder knows is left to fill in (fillItems): an earlier mention of an action carried from
 * meeting to meeting is left out of the index, and an action's heading is followed by the meetings
 * that carried it before.
 */

/** What an item's heading starts with, by the start of its id (see extract/items.ts). */
const KINDS = { action: 'Action item', decision: 'Decision' } as const;
/**
 * How much an item's words weigh against the note's prose (1; Pagefind's own heading weights go
 * to 7): an item is what a meeting settled, and a hit lists the parts that weigh most.
 */
const ITEM_WEIGHT = '10';
/** Elements that end an item's own line inside its list item (its sub-list, a nested quote…). */
const BLOCK = new Set(['ul', 'ol', 'p', 'div', 'table', 'blockquote', 'pre', 'figure', 'details']);
/** The attribute marking the element that holds an item (its whole list item, or its paragraph). */
const HOLDER = 'data-minutes-item';
/** Where an action's earlier meetings go: a comment a note's own HTML cannot hold (sanitizing drops comments). */
const EARLIER = 'minutes-earlier:';

/** Turns the lines of the items `ids` into headings, in place, and serializes the tree. */
export function searchHtml(tree: Root, ids: ReadonlySet<string>): string {
  const left = new Set(ids);
  eachElement(tree, (node, index, parent) => {
    const id = String(node.properties.id ?? '');
    if (!left.delete(id)) return;
    const kind = id.startsWith('decision-') ? 'decision' : 'action';
    const label = `${KINDS[kind]}: `;
    const earlier: Comment[] = kind === 'action' ? [{ type: 'comment', value: `${EARLIER}${id}` }] : [];
    node.properties.dataMinutesItem = id;
    // A paragraph is the line itself: it becomes the heading, what follows it goes after.
    if (node.tagName === 'p') {
      node.tagName = 'h6';
      node.properties.dataPagefindWeight = ITEM_WEIGHT;
      node.children.unshift({ type: 'text', value: label });
      parent.children.splice(index + 1, 0, ...earlier);
      return SKIP;
    }
    // The item's own line: a loose list item's first paragraph, else what comes before its sub-list.
    const first = node.children[0];
    const inParagraph = first?.type === 'element' && first.tagName === 'p';
    const host = inParagraph ? first : node;
    const end = inParagraph
      ? host.children.length
      : host.children.findIndex((c) => c.type === 'element' && BLOCK.has(c.tagName));
    const line = host.children.splice(0, end === -1 ? host.children.length : end);
    host.children.unshift(h('h6', { id, dataPagefindWeight: ITEM_WEIGHT }, [label, ...line]), ...earlier);
    delete node.properties.id;
  });
  return toHtml(tree);
}

/**
 * The search HTML with what the folder knows of its items filled in: an action mentioned again at
 * a later meeting is left out here (`carried`: found once, at its latest), and each action's
 * earlier meetings, as `earlier` gives them, follow its heading.
 */
export function fillItems(html: string, items: readonly { id: string; carried: boolean; earlier?: Element }[]): string {
  let filled = html;
  for (const { id, carried, earlier } of items) {
    if (carried) filled = filled.replace(`${HOLDER}="${id}"`, `${HOLDER}="${id}" data-pagefind-ignore="all"`);
    else if (earlier) filled = filled.replace(`<!--${EARLIER}${id}-->`, toHtml(earlier));
  }
  return filled.replace(new RegExp(`<!--${EARLIER}[^>]*-->`, 'g'), '');
}
