import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';

/**
 * Block-level presentation Wiki.js adds after rendering: mermaid fences become `pre.mermaid`
 * (kept as readable source; no diagram script runs on note pages), and wide tables scroll inside a
 * container instead of breaking the layout.
 */
export default function rehypeBlocks() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (!parent || index === undefined) return;
      const code =
        node.tagName === 'pre'
          ? node.children.find((c): c is Element => c.type === 'element' && c.tagName === 'code')
          : undefined;
      const classes = code?.properties.className;
      if (code && Array.isArray(classes) && classes.includes('language-mermaid')) {
        parent.children[index] = {
          type: 'element',
          tagName: 'pre',
          properties: { className: ['mermaid'] },
          children: [{ type: 'text', value: toString(code) }],
        };
        return SKIP;
      }
      if (node.tagName === 'table') {
        parent.children[index] = {
          type: 'element',
          tagName: 'div',
          properties: { className: ['table-container'] },
          children: [node],
        };
        return SKIP;
      }
    });
  };
}
