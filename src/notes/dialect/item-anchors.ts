import type { Element, Root } from 'hast';
import type { VFile } from 'vfile';
import './data.ts';
import { eachElement } from './walk.ts';

// Never headings: their ids are Wiki.js's, and old deep links rely on them.
const BLOCKS = new Set(['li', 'p', 'td', 'th', 'blockquote']);

/**
 * Puts each extracted action item's and decision's id on the element of its source line (from
 * `file.data.anchors`: line → ids), so every index links to the exact place. The element starting
 * on the line wins (a list item before its paragraph); a line inside a paragraph gets that
 * paragraph. A second id on one element becomes an empty `<span id>` inside it.
 */
export default function rehypeItemAnchors() {
  return (tree: Root, file: VFile) => {
    const { anchors } = file.data;
    if (!anchors?.size) return;
    const starting = new Map<number, Element>();
    const containing = new Map<number, Element>();
    eachElement(tree, (node) => {
      const start = node.position?.start.line;
      const end = node.position?.end.line;
      if (!start || !end || !BLOCKS.has(node.tagName)) return;
      if (anchors.has(start) && !starting.has(start)) starting.set(start, node);
      // The innermost block spanning a line is visited last.
      for (let line = start + 1; line <= end; line++) if (anchors.has(line)) containing.set(line, node);
    });
    for (const [line, ids] of anchors) {
      const node = starting.get(line) ?? containing.get(line);
      if (!node) continue;
      const left = [...ids];
      if (!node.properties.id) node.properties.id = left.shift()!;
      node.properties.className = [...((node.properties.className as string[] | undefined) ?? []), 'item-anchor'];
      node.children.unshift(
        ...left.map((id): Element => ({ type: 'element', tagName: 'span', properties: { id }, children: [] })),
      );
    }
  };
}
