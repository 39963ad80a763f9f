import type { Nodes, Parent, Root, Table, Text } from 'mdast';

/** What an attribute block may set: nothing else survives, so `{onclick=…}` adds nothing. */
export interface Attributes {
  className?: string[];
  id?: string;
  target?: string;
}

const BLOCK = /^\{([^{}\n]*)\}$/;
const NAME = /^[A-Za-z_][\w-]*$/;
const TARGETS = new Set(['_blank', '_self', '_parent', '_top']);

/** Parses `.a .b #id target=_blank`; returns undefined when the braces hold nothing usable. */
export function parseAttributes(source: string): Attributes | undefined {
  const attrs: Attributes = {};
  for (const token of source.trim().split(/\s+/)) {
    if (token.startsWith('.') && NAME.test(token.slice(1))) (attrs.className ??= []).push(token.slice(1));
    else if (token.startsWith('#') && NAME.test(token.slice(1))) attrs.id = token.slice(1);
    else {
      const target = /^target=(["']?)([^"']*)\1$/.exec(token)?.[2];
      if (target && TARGETS.has(target)) attrs.target = target;
    }
  }
  return Object.keys(attrs).length ? attrs : undefined;
}

function apply(node: Nodes, attrs: Attributes) {
  const data = (node.data ??= {});
  const props = (data.hProperties ??= {}) as Record<string, unknown>;
  if (attrs.className) props.className = [...((props.className as string[] | undefined) ?? []), ...attrs.className];
  if (attrs.id) props.id = attrs.id;
  if (attrs.target) props.target = attrs.target;
}

/** A trailing `{…}` at the end of `text`: the attributes and where the block starts. */
function trailingBlock(text: string) {
  const start = text.lastIndexOf('{');
  if (start === -1) return undefined;
  const match = BLOCK.exec(text.slice(start).trimEnd());
  const attrs = match && parseAttributes(match[1]!);
  return attrs ? { attrs, start } : undefined;
}

/**
 * markdown-it-attrs semantics, as Wiki.js uses them: `{.class #id target=…}`
 * at the end of a heading or paragraph, right after an inline element, or on the line after a
 * blockquote, list or table (where CommonMark makes it part of that block's last paragraph or row).
 */
export default function remarkAttributes() {
  return (tree: Root) => {
    visitNode(tree);
  };
}

/**
 * Each node before its children, as unist-util-visit-parents visits them, with its place among
 * its siblings at hand: looking it up, or removing an emptied paragraph right away, would cost a
 * pass over the siblings each (quadratic in a note of many paragraphs). Returns true when the
 * node was emptied and is to be dropped.
 */
function visitNode(node: Nodes, parent?: Parent, grandparent?: Parent, previous?: Nodes, last = false): boolean {
  if (node.type === 'table') tableRow(node);
  if ('children' in node) inline(node);
  if ((node.type === 'heading' || node.type === 'paragraph') && endOfBlock(node, parent, grandparent, previous, last))
    return true;
  if (!('children' in node)) return false;
  const children = node.children as Nodes[];
  const kept: Nodes[] = [];
  children.forEach((child, index) => {
    if (!visitNode(child, node, parent, kept.at(-1), index === children.length - 1)) kept.push(child);
  });
  if (kept.length !== children.length) (node as Parent).children = kept as Parent['children'];
  return false;
}

function tableRow(table: Table) {
  const last = table.children.at(-1);
  const cells = last?.children.filter((c) => c.children.length > 0) ?? [];
  if (table.children.length < 2 || cells.length !== 1 || cells[0]!.children.length !== 1) return;
  const only = cells[0]!.children[0]!;
  const attrs =
    only.type === 'text' && BLOCK.test(only.value.trim()) ? parseAttributes(only.value.trim().slice(1, -1)) : undefined;
  if (!attrs) return;
  table.children.pop();
  apply(table, attrs);
}

/** Applies a trailing block; true when the node was emptied (and is to leave its parent). */
function endOfBlock(
  node: Extract<Nodes, { type: 'heading' | 'paragraph' }>,
  parent: Parent | undefined,
  grandparent: Parent | undefined,
  previous: Nodes | undefined,
  last: boolean,
): boolean {
  const tail = node.children.at(-1);
  if (tail?.type !== 'text') return false;
  const found = trailingBlock(tail.value);
  if (!found) return false;
  const before = tail.value.slice(0, found.start);
  const ownLine = node.type === 'paragraph' && (before === '' ? node.children.length === 1 : before.endsWith('\n'));
  tail.value = trimTrailing(before);
  if (tail.value === '') node.children.pop();

  if (!ownLine || !parent) {
    apply(node, found.attrs);
    return false;
  }
  // `{…}` on a line of its own belongs to the enclosing block (the line was a lazy continuation)
  // or, when it stands alone, to the block before it.
  const empty = node.children.length === 0;
  if (parent.type === 'blockquote' && last) apply(parent as Nodes, found.attrs);
  else if (parent.type === 'listItem' && last && grandparent?.type === 'list') apply(grandparent as Nodes, found.attrs);
  else if (empty && previous) apply(previous, found.attrs);
  else apply(node, found.attrs);
  return empty;
}

/** Without trailing spaces, tabs and newlines (`/[ \t\n]+$/`, read from the end). */
function trimTrailing(text: string) {
  let end = text.length;
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t' || text[end - 1] === '\n')) end--;
  return text.slice(0, end);
}

function inline(node: Parent) {
  node.children.forEach((child, i) => {
    if (i === 0 || child.type !== 'text') return;
    const prev = node.children[i - 1]!;
    if (!['emphasis', 'strong', 'image', 'link', 'inlineCode', 'delete'].includes(prev.type)) return;
    const text = child as Text;
    const end = text.value.indexOf('}');
    if (!text.value.startsWith('{') || end === -1) return;
    const attrs = parseAttributes(text.value.slice(1, end));
    if (!attrs) return;
    apply(prev as Nodes, attrs);
    text.value = text.value.slice(end + 1);
  });
}
