import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';

/**
 * Block-level presentation Wiki.js adds after rendering: mermaid fences become `pre.mermaid`
 * (kept as readable source; no diagram script runs on note pages), and wide tables scroll inside a
 * container instead of breaking the layout. What scrolls on its own is focusable and named, so a
 * keyboard can scroll it too.
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
          properties: { className: ['mermaid'], tabIndex: 0, ariaLabel: 'Diagram source (mermaid)' },
          children: [{ type: 'text', value: toString(code) }],
        };
        return SKIP;
      }
      if (node.tagName === 'pre') Object.assign(node.properties, { tabIndex: 0, ariaLabel: codeName(classes) });
      if (node.tagName === 'table') {
        parent.children[index] = {
          type: 'element',
          tagName: 'div',
          properties: { className: ['table-container'], tabIndex: 0, role: 'region', ariaLabel: tableName(node) },
          children: [node],
        };
        return SKIP;
      }
    });
  };
}

/** A code block's name: `Code (python)`, from its fence's language. */
function codeName(classes: unknown) {
  const language = Array.isArray(classes)
    ? classes.find((c): c is string => typeof c === 'string' && c.startsWith('language-'))
    : undefined;
  return language ? `Code (${language.slice('language-'.length)})` : 'Code';
}

/** A table's name for the region around it: its caption, else its header row (`Table: Name, Role`). */
function tableName(table: Element) {
  let caption: string | undefined;
  let header: string | undefined;
  visit(table, 'element', (node: Element) => {
    if (node.tagName === 'caption') caption ??= toString(node).trim();
    if (node.tagName === 'tr' && header === undefined)
      header = node.children
        .filter((c): c is Element => c.type === 'element')
        .map((c) => toString(c).trim())
        .filter(Boolean)
        .join(', ');
  });
  const name = caption || (header ? `Table: ${header}` : 'Table');
  return name.length > 100 ? `${name.slice(0, 99)}…` : name;
}
