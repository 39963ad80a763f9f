import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { SKIP } from 'unist-util-visit';
import { eachElement } from './walk.ts';

/**
 * Block-level presentation Wiki.js adds after rendering: mermaid fences become `pre.mermaid`
 * (kept as readable source; no diagram script runs on note pages), and wide tables scroll inside a
 * container instead of breaking the layout. What scrolls on its own is focusable and named, so a
 * keyboard can scroll it too.
 */
export default function rehypeBlocks() {
  return (tree: Root) => {
    eachElement(tree, (node, index, parent) => {
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
      if (node.tagName === 'pre') {
        const language = languageOf(classes);
        Object.assign(node.properties, {
          tabIndex: 0,
          ariaLabel: language ? `Code (${language})` : 'Code',
          ...(language ? { dataLanguage: language } : {}),
        });
      }
      const callout = node.tagName === 'blockquote' ? calloutOf(node.properties.className) : undefined;
      if (callout) node.children.unshift(calloutLabel(callout));
      if (node.tagName === 'table') {
        // A header cell with nothing in it heads nothing: a plain cell, so no reader announces it.
        eachElement(node, (cell) => {
          if (cell.tagName === 'th' && !toString(cell).trim()) cell.tagName = 'td';
        });
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

/** A fenced block's language (`python` of `language-python`), shown over the code and in its name. */
function languageOf(classes: unknown) {
  const language = Array.isArray(classes)
    ? classes.find((c): c is string => typeof c === 'string' && c.startsWith('language-'))
    : undefined;
  return language?.slice('language-'.length);
}

/** Wiki.js's callouts (`{.is-info}` after a quote), by what they say. */
const CALLOUTS = {
  'is-info': 'Info',
  'is-success': 'Success',
  'is-warning': 'Warning',
  'is-danger': 'Danger',
} as const;
type Callout = keyof typeof CALLOUTS;
const calloutOf = (classes: unknown) =>
  Array.isArray(classes) ? classes.find((c): c is Callout => typeof c === 'string' && c in CALLOUTS) : undefined;

/** A callout's label, its icon drawn by the stylesheet: a reader hears "Warning" before the text. */
const calloutLabel = (callout: Callout): Element => ({
  type: 'element',
  tagName: 'p',
  properties: { className: ['callout-label'] },
  children: [{ type: 'text', value: CALLOUTS[callout] }],
});

/** A table's name for the region around it: its caption, else its header row (`Table: Name, Role`). */
function tableName(table: Element) {
  let caption: string | undefined;
  let header: string | undefined;
  eachElement(table, (node) => {
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
