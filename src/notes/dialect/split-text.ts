import type { Parent, PhrasingContent, Root, Text } from 'mdast';

/**
 * Replaces each text node by the parts `split` makes of it (undefined: left as it is), visiting
 * the tree as unist-util-visit does but rebuilding each parent's children once. Splicing parts in
 * one text node at a time costs a pass over the siblings each, and spreading them into `splice`
 * overflows the stack past some 100,000 parts (a paragraph of that many lines failed to render).
 * The parts are not visited.
 */
export function splitTextNodes(tree: Root, split: (node: Text) => PhrasingContent[] | undefined) {
  const walk = (parent: Parent) => {
    let children: Parent['children'] | undefined;
    parent.children.forEach((child, index) => {
      const parts = child.type === 'text' ? split(child) : undefined;
      if (parts) {
        children ??= parent.children.slice(0, index);
        for (const part of parts) children.push(part);
        return;
      }
      children?.push(child);
      if ('children' in child) walk(child);
    });
    if (children) parent.children = children;
  };
  walk(tree);
}

/**
 * remark-breaks: each line break in text becomes a `break` node (`<br>`), the text around it
 * new text nodes, as mdast-util-newline-to-break does; without its splice of every part at once.
 */
export default function remarkBreaks() {
  return (tree: Root) =>
    splitTextNodes(tree, (node) => {
      const parts: PhrasingContent[] = [];
      let start = 0;
      for (const m of node.value.matchAll(/\r?\n|\r/g)) {
        if (m.index > start) parts.push({ type: 'text', value: node.value.slice(start, m.index) });
        parts.push({ type: 'break' });
        start = m.index + m[0].length;
      }
      if (parts.length === 0) return undefined;
      if (start < node.value.length) parts.push({ type: 'text', value: node.value.slice(start) });
      return parts;
    });
}
